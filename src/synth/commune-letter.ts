import { addDaysIso } from './dates.js';
import type { GapOrder } from './gaps.js';
import { letterCitation, linkTasks, lowerCites, numberTasks, seedLowerGap, type LowerTask } from './lower-letter.js';
import { communeKind, personName, placeOf } from './names.js';
import type { BuiltLetter, DocumentInput } from './province-letter.js';
import type { Rng } from './prng.js';
import { parentFor, type ProvinceLetterRef } from './roles.js';
import type { SynthCommune, SynthProvince } from './units.js';

const Y2026 = ['Năm 2026', 'Trước ngày 30/11/2026', 'Quý IV/2026', 'Trước ngày 31/12/2026', 'Trong tháng 10/2026'] as const;
const REPORT = ['Định kỳ 6 tháng', 'Hằng quý', 'Định kỳ 6 tháng', 'Hằng tháng'] as const;
const LOCAL = ['Trong tháng 7/2026', 'Quý III/2026', 'Trước ngày 30/9/2026'] as const;

/**
 * A commune's plan (or letter) implementing the provincial letter: five or six linked tasks with
 * leads, coordinators and deadlines, about 3–4 KB of YAML like a real one.
 */
export function communeLetter(
  p: SynthProvince,
  c: SynthCommune,
  letter: ProvinceLetterRef,
  rng: Rng,
  gap: GapOrder | undefined,
): BuiltLetter<undefined> {
  const plan = rng.next() < 0.6;
  const number = String(10 + rng.int(990));
  const id = `${p.slug}-${c.slug}-${number}`;
  const file = `documents/${p.slug}/xa/${id}.yaml`;
  const kind = communeKind(c.name);
  const tierName = `${p.tier} ${p.short}`;
  const tasks = communeTasks(p, c, kind, rng);
  numberTasks(tasks);
  linkTasks(tasks, letter);
  const cites = lowerCites(letter);
  const gapSite = { level: 'commune', doc: id, file } as const;
  const seeded = gap ? seedLowerGap(gap, tasks, cites, letter, gapSite) : undefined;
  const body = tasks.map((t, i) => ({ ...t.body, task: String(i + 1) }));
  const source = `${letterCitation(letter, tierName)} về triển khai Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ`;
  // Special zones (đặc khu) leave the 2027 curriculum to the department, with a reason.
  const year2027 = parentFor(letter, 'year-2027');
  const notApplicable =
    kind === 'đặc khu' && year2027
      ? [{ task: year2027, reason: 'Đặc khu không tổ chức xây dựng học liệu riêng; sử dụng chương trình, học liệu do Sở Khoa học và Công nghệ ban hành.' }]
      : [];
  const doc: DocumentInput = {
    id,
    kind: plan ? 'ke-hoach' : 'cong-van',
    number,
    symbol: plan ? 'KH-UBND' : rng.pick(['UBND-VHXH', 'UBND-VP']),
    issuer: c.agency,
    place: placeOf(c.name),
    date: addDaysIso(letter.date, 3 + rng.int(20)),
    subject: plan
      ? `Bồi dưỡng kiến thức, kỹ năng số cho cán bộ, công chức, viên chức năm 2026`
      : `triển khai Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ`,
    implements: [letter.id],
    cites,
    preamble: `Thực hiện ${source}, Ủy ban nhân dân ${kind} ${placeOf(c.name)} ${plan ? 'ban hành Kế hoạch triển khai' : 'triển khai'} thực hiện như sau:`,
    body: [
      {
        section: 'I',
        title: 'MỤC ĐÍCH, YÊU CẦU',
        items: [
          { p: 'Bảo đảm đến hết năm 2026, 100% cán bộ, công chức, viên chức có hiểu biết về chuyển đổi số; từ năm 2027, hằng năm hoàn thành bồi dưỡng theo chương trình cập nhật.' },
        ],
      },
      { section: 'II', title: 'NHIỆM VỤ, GIẢI PHÁP', items: body as NonNullable<DocumentInput['body']> },
      {
        section: 'III',
        title: 'TỔ CHỨC THỰC HIỆN',
        items: [{ p: `Văn phòng HĐND và UBND ${kind} theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch này.` }],
      },
    ],
    not_applicable: notApplicable,
    signer: { authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: personName(rng) },
    distribution: ['Sở Nội vụ (b/c)', `Đảng ủy ${kind} (b/c)`, 'CT, các PCT UBND', 'Lưu: VT, VHXH'],
  };
  return seeded ? { doc, file, ref: undefined, gap: seeded } : { doc, file, ref: undefined };
}

function communeTasks(p: SynthProvince, c: SynthCommune, kind: string, rng: Rng): LowerTask[] {
  const self = c.agency;
  const s = p.slug;
  const tasks: LowerTask[] = [
    {
      role: 'propaganda',
      body: {
        task: '',
        text: `Quán triệt, tuyên truyền Chỉ thị số 14/CT-TTg đến cán bộ, công chức, viên chức và người lao động của ${kind}; cán bộ lãnh đạo, quản lý gương mẫu trong việc học tập, nâng cao kỹ năng số.`,
        lead: [self],
        coordinators: [`${s}.snv`],
        deadline: 'Thường xuyên',
      },
    },
    {
      role: 'year-2026',
      body: {
        task: '',
        text: 'Chỉ đạo 100% cán bộ, công chức, viên chức hoàn thành khóa học phổ cập kỹ năng số trên nền tảng “Bình dân học vụ số” bằng tài khoản VNeID, sử dụng bộ học liệu theo Quyết định số 522/QĐ-BGDĐT; đánh giá, xác nhận kết quả học tập.',
        lead: [self],
        coordinators: [`${s}.ca`, `${s}.sgddt`],
        deadline: rng.pick(Y2026),
        target: { text: 'đến hết năm 2026, 100% cán bộ, công chức, viên chức hoàn thành khóa học', percent: 100, by: 2026 },
      },
    },
    {
      role: 'year-2027',
      body: {
        task: '',
        text: 'Phối hợp với Sở Khoa học và Công nghệ triển khai chương trình, học liệu kỹ năng số theo vị trí việc làm; đánh giá, xác nhận hoàn thành theo quy định.',
        lead: [self],
        coordinators: [`${s}.skhcn`],
        deadline: 'Năm 2027',
        target: { text: 'từ năm 2027, 100% cán bộ, công chức, viên chức hoàn thành bồi dưỡng', percent: 100, from: 2027 },
      },
    },
    {
      role: 'framework',
      body: {
        task: '',
        text: 'Áp dụng Khung kiến thức, kỹ năng số cơ bản (Quyết định số 757/QĐ-BKHCN) để khảo sát, đánh giá mức độ phổ cập kỹ năng số của cán bộ, công chức, viên chức.',
        lead: [self],
        coordinators: [`${s}.skhcn`],
        deadline: 'Thường xuyên',
      },
    },
    {
      role: 'report',
      body: {
        task: '',
        text: `Tổng hợp kết quả học tập trên nền tảng “Bình dân học vụ số” của cán bộ, công chức, viên chức ${kind}; báo cáo Ủy ban nhân dân ${p.tier} (qua Sở Nội vụ).`,
        lead: [self],
        coordinators: [`${s}.snv`],
        deadline: rng.pick(REPORT),
      },
    },
  ];
  if (kind === 'đặc khu') tasks.splice(2, 1);
  if (rng.next() < 0.5) {
    // A task the commune adds on its own: no parent, which the audit reports as information only.
    tasks.push({
      body: {
        task: '',
        text: 'Kiện toàn Tổ công nghệ số cộng đồng để hướng dẫn người dân sử dụng các nền tảng, dịch vụ số.',
        lead: [self],
        deadline: rng.pick(LOCAL),
      },
    });
  }
  return tasks;
}
