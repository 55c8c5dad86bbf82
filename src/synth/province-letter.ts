import type { z } from 'zod';
import type { Document } from '../model/document.js';
import type { GapOrder, SeededGap } from './gaps.js';
import { personName, shortDate } from './names.js';
import type { Rng } from './prng.js';
import { ROLE_LINKS, type ProvinceLetterRef, type ProvinceRole } from './roles.js';
import type { SynthProvince } from './units.js';

/** A document as written in YAML (defaults not yet applied). */
export type DocumentInput = z.input<typeof Document>;
type Body = NonNullable<DocumentInput['body']>;
type TaskInput = Record<string, unknown> & { task: string };

/** One generated letter: its YAML object, where it goes, what lower letters need, the gap it carries. */
export interface BuiltLetter<R> {
  readonly doc: DocumentInput;
  readonly file: string;
  readonly ref: R;
  readonly gap?: SeededGap;
}

const SYMBOLS = ['UBND-NC', 'UBND-VX', 'UBND-KGVX', 'UBND-TH'] as const;
// Roles a province may leave out, so that the gap is a central task addressed to it.
const DROPPABLE: readonly ProvinceRole[] = ['propaganda', 'year-2027', 'framework'];

/** The provincial letter implementing 14/CT-TTg, modelled on Gia Lai's 5900/UBND-NC. */
export function provinceLetter(p: SynthProvince, rng: Rng, gap: GapOrder | undefined): BuiltLetter<ProvinceLetterRef> {
  const number = String(1000 + rng.int(8000));
  const symbol = rng.pick(SYMBOLS);
  const date = `2026-05-${String(4 + rng.int(15)).padStart(2, '0')}`;
  const id = `${p.slug}-${number}`;
  const file = `documents/${p.slug}/${id}.yaml`;
  const s = p.slug;
  const tier = p.tier;
  const all = `${s}.ca-so-xa`;
  const common = { ref: all, as: 'các cơ quan, đơn vị, địa phương' };

  const tasks: Record<ProvinceRole, TaskInput> = {
    propaganda: {
      task: '',
      title: 'Công tác tuyên truyền, phổ biến',
      text: `Đẩy mạnh tuyên truyền, nâng cao nhận thức của các cơ quan, đơn vị, địa phương và đội ngũ cán bộ, công chức, viên chức về sự cần thiết học tập, nâng cao và đánh giá kiến thức, kỹ năng số trong bối cảnh đẩy mạnh chuyển đổi số quốc gia và của ${tier}. Cán bộ, công chức, viên chức giữ các chức vụ lãnh đạo, quản lý phải gương mẫu, nghiêm túc trong việc học tập, nâng cao trình độ, kỹ năng số, coi đây là nhiệm vụ thường xuyên, quan trọng.`,
      lead: [all],
      deadline: 'Thường xuyên',
    },
    'year-2026': {
      task: '2.1',
      text: `Các cơ quan, đơn vị, địa phương sử dụng bộ học liệu dành cho cán bộ, công chức, viên chức, người lao động trong các cơ quan nhà nước được ban hành theo Quyết định số 522/QĐ-BGDĐT ngày 10/3/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo để tổ chức cho cán bộ, công chức, viên chức thuộc thẩm quyền quản lý chủ động, tự học tập, bồi dưỡng kiến thức, kỹ năng số; chỉ đạo hoàn thành khóa học trực tuyến trên nền tảng “Bình dân học vụ số” bằng tài khoản VNeID. Đánh giá, xác nhận cán bộ, công chức, viên chức hoàn thành học tập.`,
      lead: [all],
      coordinators: [`${s}.sgddt`, `${s}.skhcn`, `${s}.snv`, `${s}.ca`],
      deadline: 'Năm 2026',
      target: { text: 'đến hết năm 2026, 100% cán bộ, công chức, viên chức có hiểu biết về chuyển đổi số', percent: 100, by: 2026 },
    },
    'year-2027': {
      task: '2.2',
      text: 'Xây dựng, ban hành và đăng tải chương trình, học liệu kiến thức, kỹ năng số để cán bộ, công chức, viên chức chủ động, tự học tập, bồi dưỡng, đáp ứng yêu cầu vị trí việc làm. Đánh giá, xác nhận cán bộ, công chức, viên chức hoàn thành học tập chương trình, học liệu kiến thức, kỹ năng số theo quy định.',
      lead: [`${s}.skhcn`],
      coordinators: [`${s}.ca`, `${s}.sgddt`, `${s}.snv`, common],
      deadline: 'Năm 2027',
      target: { text: 'từ năm 2027, 100% cán bộ, công chức, viên chức hoàn thành bồi dưỡng', percent: 100, from: 2027 },
    },
    'later-years': {
      task: '2.3',
      text: 'Cập nhật và đăng tải chương trình, học liệu để cán bộ, công chức, viên chức chủ động, tự học tập. Đánh giá, xác nhận cán bộ, công chức, viên chức hoàn thành học tập chương trình, học liệu kiến thức, kỹ năng số theo quy định.',
      lead: [`${s}.skhcn`],
      coordinators: [`${s}.ca`, `${s}.sgddt`, `${s}.snv`, common],
      deadline: 'Năm 2028 và các năm tiếp theo',
      target: { text: 'từ năm 2027 và các năm tiếp theo, 100% cán bộ, công chức, viên chức hoàn thành bồi dưỡng', percent: 100, from: 2027 },
    },
    framework: {
      task: '',
      text: `Áp dụng Quyết định 757/QĐ-BKHCN ngày 29/4/2025 của Bộ trưởng Bộ Khoa học và Công nghệ ban hành Khung kiến thức, kỹ năng số cơ bản và Hướng dẫn đánh giá, xác nhận hoàn thành mức độ phổ cập kỹ năng số, để khảo sát, đánh giá, xác nhận việc hoàn thành học tập chương trình, học liệu kiến thức, kỹ năng số của cán bộ, công chức, viên chức trên địa bàn ${tier}.`,
      lead: [`${s}.skhcn`],
      coordinators: [`${s}.snv`, `${s}.ca`, `${s}.sgddt`, common],
      deadline: 'Thường xuyên',
    },
    guide: {
      task: '',
      text: `Hướng dẫn sử dụng nền tảng “Bình dân học vụ số” trên cơ sở phân quyền, hướng dẫn của Bộ Công an để các cơ quan, đơn vị, địa phương trên địa bàn ${tier} thực hiện các nhiệm vụ được giao tại điểm b khoản 2 Chỉ thị 14/CT-TTg của Thủ tướng Chính phủ.`,
      lead: [`${s}.ca`],
      coordinators: [`${s}.skhcn`, `${s}.snv`, common],
      deadline: 'Năm 2026 (Sau khi có hướng dẫn của Bộ Công an)',
    },
    'police-report': {
      task: '',
      text: `Định kỳ 6 tháng, tổng hợp, báo cáo kết quả bồi dưỡng kiến thức, kỹ năng số trên nền tảng “Bình dân học vụ số” của các cơ quan, đơn vị, địa phương trên địa bàn ${tier}; gửi Sở Nội vụ theo dõi, tổng hợp báo cáo Ủy ban nhân dân ${tier}, Bộ Nội vụ theo quy định.`,
      lead: [`${s}.ca`],
      coordinators: [`${s}.snv`],
      deadline: 'Định kỳ 6 tháng',
      products: ['Báo cáo kết quả bồi dưỡng kiến thức, kỹ năng số định kỳ 6 tháng'],
    },
    assistant: {
      task: '',
      text: 'Chủ trì, phối hợp với các cơ quan có liên quan tham mưu triển khai trợ lý ảo hỗ trợ học tập kiến thức, kỹ năng số cho cán bộ, công chức, viên chức theo chỉ đạo, hướng dẫn của Bộ Khoa học và Công nghệ.',
      lead: [`${s}.skhcn`],
      deadline: 'Trong năm 2026',
    },
    materials: {
      task: '',
      text: 'Hướng dẫn các cơ quan, đơn vị, địa phương khai thác, sử dụng bộ học liệu kiến thức, kỹ năng số do Bộ Giáo dục và Đào tạo ban hành theo Quyết định số 522/QĐ-BGDĐT ngày 10/3/2026.',
      lead: [`${s}.sgddt`],
      deadline: 'Trong tháng 6/2026',
    },
    report: {
      task: '',
      text: `Các cơ quan, đơn vị, địa phương định kỳ 6 tháng báo cáo kết quả bồi dưỡng kiến thức, kỹ năng số của cán bộ, công chức, viên chức thuộc thẩm quyền quản lý, gửi Sở Nội vụ và Công an ${tier} để tổng hợp.`,
      lead: [all],
      coordinators: [`${s}.snv`, `${s}.ca`],
      deadline: 'Định kỳ 6 tháng',
      products: ['Báo cáo kết quả bồi dưỡng kiến thức, kỹ năng số định kỳ 6 tháng'],
    },
  };
  for (const [role, t] of Object.entries(tasks) as [ProvinceRole, TaskInput][]) {
    const link = ROLE_LINKS[role];
    if (link.how !== 'none' && link.central) t[link.how] = [link.central];
  }

  const cites = [
    { ref: 'ct-14-ttg', as: '14/CT-TTg', date: '2026-04-22' },
    { ref: 'qd-522-bgddt', as: '522/QĐ-BGDĐT', date: '2026-03-10' },
    { ref: 'qd-757-bkhcn', as: '757/QĐ-BKHCN', date: '2025-04-29' },
  ];
  const seeded = gap ? seedProvinceGap(gap, tasks, cites, { id, file }) : undefined;
  const { body, roles, deadlines } = numberBody(tasks, seeded?.dropped);

  const doc: DocumentInput = {
    id,
    kind: 'cong-van',
    number,
    symbol,
    issuer: `${s}.ubnd`,
    place: p.short,
    date,
    subject: 'triển khai thực hiện Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ',
    to: [`${s}.ca`, `${s}.cac-so-dvsn`, `${s}.ubnd-xa`],
    implements: ['ct-14-ttg'],
    cites,
    preamble: `Thực hiện Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ về việc đẩy mạnh bồi dưỡng và đánh giá kiến thức, kỹ năng số đối với cán bộ, công chức, viên chức, Chủ tịch Ủy ban nhân dân ${tier} yêu cầu Công an ${tier}, các sở, ngành, đơn vị sự nghiệp công lập thuộc ${tier}, Ủy ban nhân dân các xã, phường (gọi chung là các cơ quan, đơn vị, địa phương) triển khai thực hiện một số nội dung sau:`,
    fields: { style: 'letters', lead: 'Cơ quan thực hiện', coordinators: 'Cơ quan phối hợp', deadline: 'Thời gian thực hiện' },
    body,
    closing: 'Thủ trưởng các cơ quan, đơn vị, địa phương tổ chức triển khai thực hiện./.',
    signer: { authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: personName(rng) },
    distribution: ['Như trên', `Thường trực ${tier === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy'}`, `Thường trực HĐND ${tier}`, `CT, các PCT UBND ${tier}`, 'CVP, PVPVX', `Lưu: VT, ${symbol.split('-')[1] ?? 'TH'}`],
  };
  const ref: ProvinceLetterRef = { id, file, number, symbol, date, roles, deadlines };
  return seeded ? { doc, file, ref, gap: seeded.gap } : { doc, file, ref };
}

/** Applies a gap to the provincial tasks; returns what was seeded and the role left out, if any. */
function seedProvinceGap(
  order: GapOrder,
  tasks: Record<ProvinceRole, TaskInput>,
  cites: { ref: string; as: string; date: string }[],
  at: { id: string; file: string },
): { gap: SeededGap; dropped?: ProvinceRole } {
  const base = { kind: order.kind, level: 'province', file: at.file, doc: at.id } as const;
  const y26 = tasks['year-2026'];
  switch (order.kind) {
    case 'missing-task': {
      const role = DROPPABLE[order.variant % DROPPABLE.length] as ProvinceRole;
      const parent = ROLE_LINKS[role].central;
      return { gap: { ...base, ...(parent ? { parent } : {}), detail: `left out the task of role ${role}` }, dropped: role };
    }
    case 'later-deadline':
      y26.deadline = order.variant % 2 ? 'Năm 2027' : 'Trước ngày 31/3/2027';
      return { gap: { ...base, task: `${at.id}#2.1`, parent: 'ct-14-ttg#2.b/2026', detail: `deadline ${String(y26.deadline)} under Năm 2026` } };
    case 'missing-lead':
      delete tasks['year-2027'].lead;
      return { gap: { ...base, task: `${at.id}#2.2`, detail: 'no lead' } };
    case 'weaker-target':
      y26.target = order.variant % 2
        ? { text: 'đến hết năm 2026, 90% cán bộ, công chức, viên chức có hiểu biết về chuyển đổi số', percent: 90, by: 2026 }
        : { text: 'đến hết năm 2027, 100% cán bộ, công chức, viên chức có hiểu biết về chuyển đổi số', percent: 100, by: 2027 };
      return { gap: { ...base, task: `${at.id}#2.1`, parent: 'ct-14-ttg#2.b/2026', detail: `target ${JSON.stringify(y26.target)}` } };
    case 'citation-variant': {
      const c = cites[0] as { ref: string; as: string; date: string };
      if (order.variant % 2) c.date = '2025-04-22';
      else c.as = '14/CT-TT';
      return { gap: { ...base, cited: 'ct-14-ttg', detail: `cites 14/CT-TTg as ${c.as} of ${c.date}` } };
    }
    case 'missing-deadline':
      delete tasks.framework.deadline;
      return { gap: { ...base, task: `${at.id}#3`, detail: 'no deadline' } };
    case 'rarer-report':
      // Provincial report tasks mirror the ministry's, where a rarer rhythm is not a finding; seed at a lower level.
      throw new RangeError('rarer-report is seeded below the province');
    case 'no-document':
      // A letter left out is not written at all: `buildLetters` drops it, no text to change here.
      throw new RangeError('no-document drops the letter; it is not seeded inside one');
  }
}

const ORDER: readonly (ProvinceRole | '2')[] = ['propaganda', '2', 'framework', 'guide', 'police-report', 'assistant', 'materials', 'report'];
const YEARS: readonly ProvinceRole[] = ['year-2026', 'year-2027', 'later-years'];

/** Numbers the tasks as Gia Lai does (1, 2.1–2.3 under the heading 2, then 3, 4, …), leaving one role out. */
function numberBody(
  tasks: Record<ProvinceRole, TaskInput>,
  dropped: ProvinceRole | undefined,
): { body: Body; roles: Partial<Record<ProvinceRole, string>>; deadlines: Partial<Record<ProvinceRole, string>> } {
  const body: Body = [];
  const roles: Partial<Record<ProvinceRole, string>> = {};
  const deadlines: Partial<Record<ProvinceRole, string>> = {};
  const keep = (role: ProvinceRole, id: string): TaskInput => {
    const t: TaskInput = { ...tasks[role], task: id };
    roles[role] = id;
    if (typeof t.deadline === 'string') deadlines[role] = t.deadline;
    return t;
  };
  let n = 0;
  for (const item of ORDER) {
    if (item === dropped) continue;
    n += 1;
    if (item !== '2') {
      body.push(keep(item, String(n)) as Body[number]);
      continue;
    }
    let k = 0;
    const items = YEARS.filter((r) => r !== dropped).map((r) => keep(r, `${n}.${++k}`) as Body[number]);
    body.push({ section: String(n), title: 'Sử dụng nền tảng “Bình dân học vụ số”', items });
  }
  return { body, roles, deadlines };
}
