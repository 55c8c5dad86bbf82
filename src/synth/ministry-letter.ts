import type { BuiltLetter, DocumentInput } from './province-letter.js';
import { personName } from './names.js';
import type { Rng } from './prng.js';

/** The ministries (and bodies of ministerial rank) 14/CT-TTg addresses through "các bộ, cơ quan ngang bộ". */
export const SYNTH_MINISTRIES = [
  'vpcp', 'bo-nv', 'bo-tp', 'bo-tc', 'bo-ct', 'bo-nnmt', 'bo-xd', 'bo-khcn',
  'bo-vhttdl', 'bo-gddt', 'bo-yt', 'ttcp', 'bo-ngg', 'bo-dttg', 'bo-ca', 'bo-qp',
] as const;

// The tasks 14/CT-TTg gives some of them by name, with the directive's deadlines (or none).
const NAMED: Readonly<Record<string, readonly (readonly [string, string | undefined])[]>> = {
  'bo-gddt': [['3', 'Trước ngày 30/4/2026']],
  'bo-khcn': [['4', 'Năm 2026']],
  'bo-ca': [['5.a', undefined], ['5.b', 'Trước ngày 31/5/2026'], ['5.c', 'Định kỳ 6 tháng']],
  'bo-nv': [['6', undefined]],
};

// Every ministry's own share of 2.a–2.c (addressed to "các bộ … và UBND các tỉnh").
const COMMON: readonly (readonly [string, string, string | undefined])[] = [
  ['2.a', 'Tuyên truyền, nâng cao nhận thức của công chức, viên chức của Bộ về học tập, đánh giá kiến thức, kỹ năng số.', 'Thường xuyên'],
  ['2.b/2026', 'Tổ chức cho công chức, viên chức của Bộ học tập bộ học liệu trên nền tảng “Bình dân học vụ số”; đánh giá, xác nhận hoàn thành.', 'Năm 2026'],
  ['2.b/2027', 'Xây dựng, ban hành chương trình, học liệu kỹ năng số theo vị trí việc làm của ngành; đánh giá, xác nhận hoàn thành.', 'Năm 2027'],
  ['2.b/sau', 'Cập nhật chương trình, học liệu; đánh giá, xác nhận hoàn thành học tập hằng năm.', 'Năm 2028 và các năm tiếp theo'],
  ['2.c', 'Áp dụng Khung kiến thức, kỹ năng số cơ bản để khảo sát, đánh giá công chức, viên chức thuộc thẩm quyền quản lý.', undefined],
];

/** A ministry's plan implementing 14/CT-TTg: its share of 2.a–2.c and the tasks the directive names it for. */
export function ministryLetter(ministry: string, rng: Rng): BuiltLetter<undefined> {
  const number = String(100 + rng.int(900));
  const id = `${ministry}-kh-${number}`;
  const file = `documents/bo/${id}.yaml`;
  const body = [
    ...COMMON.map(([ref, text, deadline], i) => ({ task: String(i + 1), text, lead: [ministry], ...(deadline ? { deadline } : {}), implements: [`ct-14-ttg#${ref}`] })),
    ...(NAMED[ministry] ?? []).map(([ref, deadline], i) => ({
      task: String(COMMON.length + i + 1),
      text: `Thực hiện nhiệm vụ ${ref} được giao tại Chỉ thị số 14/CT-TTg.`,
      lead: [ministry],
      ...(deadline ? { deadline } : {}),
      implements: [`ct-14-ttg#${ref}`],
    })),
  ];
  const doc: DocumentInput = {
    id,
    kind: 'ke-hoach',
    number,
    symbol: `KH-${ministry.replace(/^bo-/, 'b').replace(/-/g, '').toUpperCase()}`,
    issuer: ministry,
    place: 'Hà Nội',
    // Before 14/CT-TTg's first deadline (30/4/2026), so that no take-up is late.
    date: `2026-04-${String(24 + rng.int(5)).padStart(2, '0')}`,
    subject: 'triển khai thực hiện Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ',
    implements: ['ct-14-ttg'],
    cites: [{ ref: 'ct-14-ttg', as: '14/CT-TTg', date: '2026-04-22' }],
    body: body as DocumentInput['body'],
    signer: { authority: 'KT', for: 'BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', name: personName(rng) },
    distribution: ['Văn phòng Chính phủ (b/c)', 'Bộ Nội vụ', 'Lưu: VT, TCCB'],
  };
  return { doc, file, ref: undefined };
}
