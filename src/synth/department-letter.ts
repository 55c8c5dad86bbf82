import type { GapOrder } from './gaps.js';
import { linkTasks, numberTasks, letterCitation, lowerCites, seedLowerGap, type LowerTask } from './lower-letter.js';
import { addDaysIso } from './dates.js';
import { personName } from './names.js';
import type { BuiltLetter, DocumentInput } from './province-letter.js';
import type { Rng } from './prng.js';
import type { ProvinceLetterRef } from './roles.js';
import type { SynthProvince } from './units.js';

/** The departments that write their own letter in every synthetic province. */
export const SYNTH_DEPARTMENTS = ['sgddt', 'snv', 'skhcn'] as const;
/** One of the departments that write a letter in the synthetic cascade. */
export type SynthDepartment = (typeof SYNTH_DEPARTMENTS)[number];

const PROFILE: Readonly<Record<SynthDepartment, { name: string; symbol: string; unit: string }>> = {
  sgddt: { name: 'Sở Giáo dục và Đào tạo', symbol: 'SGDĐT-TCCB', unit: 'TCCB' },
  snv: { name: 'Sở Nội vụ', symbol: 'SNV-CCVC', unit: 'CCVC' },
  skhcn: { name: 'Sở Khoa học và Công nghệ', symbol: 'SKHCN-CĐS', unit: 'CĐS' },
};

const Y2026 = ['Năm 2026', 'Trước ngày 30/11/2026', 'Quý IV/2026', 'Trước ngày 31/12/2026'] as const;
const REPORT = ['Định kỳ 6 tháng', 'Hằng quý', 'Định kỳ 6 tháng'] as const;

/** A department's letter implementing the provincial letter's tasks that the department leads or joins. */
export function departmentLetter(
  p: SynthProvince,
  dep: SynthDepartment,
  letter: ProvinceLetterRef,
  rng: Rng,
  gap: GapOrder | undefined,
): BuiltLetter<undefined> {
  const prof = PROFILE[dep];
  const number = String(100 + rng.int(3000));
  const id = `${p.slug}-${dep}-${number}`;
  const file = `documents/${p.slug}/so/${id}.yaml`;
  const self = `${p.slug}.${dep}`;
  const tasks = departmentTasks(p, dep, self, rng);
  numberTasks(tasks);
  linkTasks(tasks, letter);
  const cites = lowerCites(letter);
  const seeded = gap ? seedLowerGap(gap, tasks, cites, letter, { level: 'department', doc: id, file }) : undefined;
  const tierName = `${p.tier} ${p.short}`;
  const doc: DocumentInput = {
    id,
    kind: 'cong-van',
    number,
    symbol: prof.symbol,
    issuer: self,
    place: p.short,
    date: addDaysIso(letter.date, 2 + rng.int(9)),
    subject: `triển khai thực hiện ${letterCitation(letter, tierName)}`,
    to: [`${p.slug}.ubnd-xa`],
    implements: [letter.id],
    cites,
    preamble: `Thực hiện Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ và ${letterCitation(letter, tierName)} về việc triển khai thực hiện Chỉ thị số 14/CT-TTg, ${prof.name} đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:`,
    fields: { style: 'letters', lead: 'Đơn vị chủ trì', coordinators: 'Đơn vị phối hợp', deadline: 'Thời gian hoàn thành' },
    body: tasks.map((t, i) => ({ ...t.body, task: String(i + 1) })) as DocumentInput['body'],
    closing: 'Trong quá trình triển khai, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Sở để được hướng dẫn./.',
    signer: { authority: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: personName(rng) },
    distribution: ['Như trên', `UBND ${p.tier} (b/c)`, 'Giám đốc, các PGĐ Sở', `Lưu: VT, ${prof.unit}`],
  };
  return seeded ? { doc, file, ref: undefined, gap: seeded } : { doc, file, ref: undefined };
}


function departmentTasks(p: SynthProvince, dep: SynthDepartment, self: string, rng: Rng): LowerTask[] {
  const tier = p.tier;
  const mk = (role: LowerTask['role'], fields: Record<string, unknown>): LowerTask =>
    role ? { role, body: { task: '', lead: [self], ...fields } } : { body: { task: '', lead: [self], ...fields } };
  const common: LowerTask[] = [
    mk('propaganda', {
      text: `Quán triệt, tuyên truyền nội dung Chỉ thị số 14/CT-TTg đến toàn thể cán bộ, công chức, viên chức và người lao động của Sở và các đơn vị trực thuộc; lãnh đạo các phòng, đơn vị gương mẫu trong việc học tập, nâng cao kiến thức, kỹ năng số.`,
      deadline: 'Thường xuyên',
    }),
    mk('year-2026', {
      text: 'Chỉ đạo 100% cán bộ, công chức, viên chức, người lao động của Sở và các đơn vị trực thuộc đăng ký tài khoản và hoàn thành khóa học “Chương trình Phổ cập kỹ năng số dành cho cán bộ, công chức, viên chức và người lao động trong cơ quan nhà nước” trên nền tảng “Bình dân học vụ số” bằng tài khoản VNeID.',
      coordinators: [`${p.slug}.ca`],
      deadline: rng.pick(Y2026),
      target: { text: 'đến hết năm 2026, 100% cán bộ, công chức, viên chức hoàn thành khóa học', percent: 100, by: 2026 },
    }),
  ];
  const own: Record<SynthDepartment, LowerTask[]> = {
    sgddt: [
      mk('materials', {
        text: 'Hướng dẫn các cơ sở giáo dục công lập trực thuộc và các cơ quan, đơn vị khai thác, sử dụng bộ học liệu ban hành theo Quyết định số 522/QĐ-BGDĐT ngày 10/3/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
        deadline: 'Trong tháng 6/2026',
      }),
    ],
    snv: [
      {
        body: {
          task: '',
          text: `Theo dõi, đôn đốc, tổng hợp kết quả bồi dưỡng kiến thức, kỹ năng số của các cơ quan, đơn vị, địa phương; tham mưu Ủy ban nhân dân ${tier} báo cáo Bộ Nội vụ theo quy định.`,
          lead: [self],
          coordinators: [`${p.slug}.ca`],
          deadline: 'Định kỳ 6 tháng',
          mirrors: ['ct-14-ttg#6'],
        },
      },
    ],
    skhcn: [
      mk('year-2027', {
        text: 'Xây dựng, ban hành và đăng tải chương trình, học liệu kiến thức, kỹ năng số theo vị trí việc làm; tổ chức đánh giá, xác nhận hoàn thành học tập.',
        coordinators: [`${p.slug}.sgddt`, `${p.slug}.snv`],
        deadline: 'Năm 2027',
        target: { text: 'từ năm 2027, 100% cán bộ, công chức, viên chức hoàn thành bồi dưỡng', percent: 100, from: 2027 },
      }),
      mk('later-years', {
        text: 'Cập nhật chương trình, học liệu hằng năm; đánh giá, xác nhận cán bộ, công chức, viên chức hoàn thành học tập theo quy định.',
        deadline: 'Năm 2028 và các năm tiếp theo',
        target: { text: 'hằng năm, 100% cán bộ, công chức, viên chức hoàn thành bồi dưỡng', percent: 100, from: 2027 },
      }),
      mk('framework', {
        text: `Hướng dẫn áp dụng Khung kiến thức, kỹ năng số cơ bản ban hành theo Quyết định số 757/QĐ-BKHCN ngày 29/4/2025 để khảo sát, đánh giá mức độ phổ cập kỹ năng số của cán bộ, công chức, viên chức trên địa bàn ${tier}.`,
        deadline: 'Thường xuyên',
      }),
      mk('assistant', {
        text: 'Nghiên cứu, triển khai trợ lý ảo hỗ trợ học tập kiến thức, kỹ năng số theo hướng dẫn của Bộ Khoa học và Công nghệ.',
        deadline: 'Trong năm 2026',
      }),
    ],
  };
  const report = mk('report', {
    text: `Định kỳ 6 tháng, báo cáo kết quả bồi dưỡng kiến thức, kỹ năng số của Sở và các đơn vị trực thuộc, gửi Sở Nội vụ và Công an ${tier} để tổng hợp.`,
    coordinators: [],
    deadline: rng.pick(REPORT),
    products: ['Báo cáo kết quả bồi dưỡng kiến thức, kỹ năng số'],
  });
  delete report.body.coordinators;
  return [...common, ...own[dep], report];
}
