import type { CellStatus, MatrixLevel } from '../matrix/types.js';
import type { Lang } from './diagnostic.js';

/** One-character marks of the statuses, shared by the terminal, Markdown, HTML and XLSX forms. */
export const STATUS_MARK: Readonly<Record<CellStatus, string>> = {
  covered: '✓',
  partly: '◐',
  mirrored: '↗',
  'not-applicable': '–',
  missing: '✗',
  unknown: '?',
  none: '·',
};

const WORDS = {
  vi: {
    title: 'Ma trận bao phủ',
    status: {
      covered: 'đã triển khai',
      partly: 'triển khai một phần',
      mirrored: 'phản chiếu (nhiệm vụ của Bộ)',
      'not-applicable': 'không áp dụng (có lý do)',
      missing: 'thiếu',
      unknown: 'chưa đánh giá được (văn bản cấp trên chỉ biết qua trích dẫn)',
      none: 'không giao cho cấp này',
    },
    level: { central: 'Trung ương', province: 'Cấp tỉnh', department: 'Cấp sở, ngành', commune: 'Cấp xã', unit: 'Đơn vị trực thuộc', other: 'Khác' },
    task: 'Nhiệm vụ',
    coverage: 'Bao phủ',
    overall: 'Toàn hệ thống',
    documents: 'văn bản',
    document: 'Văn bản',
    issuer: 'Cơ quan ban hành',
    province: 'Tỉnh, thành phố',
    localTasks: 'Nhiệm vụ địa phương',
    reason: 'Lý do',
    legend: 'Chú giải',
    formula: 'Bao phủ = (số ô đã triển khai + 0,5 × số ô triển khai một phần) ÷ (đã triển khai + một phần + thiếu), chỉ tính các nhiệm vụ phải triển khai (giao chung cho một nhóm, như 2.a, 2.b, 2.c của 14/CT-TTg); ô phản chiếu, không áp dụng, chưa đánh giá được và không giao không tính.',
    mirrorRow: 'nhiệm vụ của Bộ, phản chiếu không bắt buộc',
    mustRow: 'giao cho các bộ và UBND các tỉnh (bắt buộc triển khai)',
    columnsKey: 'Các cột (nhiệm vụ)',
    rowsKey: 'Các dòng',
    aggregated: (n: number) => `gộp theo tỉnh: ô ghi số văn bản thiếu (✗) hoặc một phần (◐) trong ${n} văn bản`,
    gaps: 'Các ô chưa đạt',
    more: (n: number) => `… và ${n} ô khác (xem bản HTML hoặc XLSX)`,
    noGaps: 'Không có ô thiếu hoặc triển khai một phần.',
    summary: 'Tổng hợp',
    counted: 'Ô được tính',
    addressee: 'Cơ quan được giao · văn bản',
    documentsKey: 'Các văn bản',
    missingOnlyNote: 'Chỉ hiện ô thiếu: các ô ✗ và các ô ◐ có lỗi; ô khác để trống.',
    dueNote: 'Ngày cạnh ô ✗ hoặc ◐ là thời hạn của nhiệm vụ cấp trên.',
    search: (q: string, by: 'addressees' | 'tasks' | 'none', rows: number, tasks: number) =>
      by === 'none'
        ? `Tìm “${q}”: không có cơ quan, văn bản hay nhiệm vụ nào khớp.`
        : by === 'addressees'
          ? `Tìm “${q}”: ${rows} dòng khớp (cơ quan, tỉnh, số văn bản); mọi nhiệm vụ.`
          : `Tìm “${q}”: ${tasks} nhiệm vụ khớp (số hiệu, nội dung, cơ quan chủ trì hoặc phối hợp); mọi dòng.`,
  },
  en: {
    title: 'Coverage matrix',
    status: {
      covered: 'covered',
      partly: 'partly covered',
      mirrored: 'mirrored (a ministry’s task)',
      'not-applicable': 'not applicable (with reason)',
      missing: 'missing',
      unknown: 'cannot be judged (the parent is known only by citation)',
      none: 'not addressed to this level',
    },
    level: { central: 'Central', province: 'Provinces', department: 'Departments', commune: 'Communes', unit: 'Units', other: 'Other' },
    task: 'Task',
    coverage: 'Coverage',
    overall: 'Overall',
    documents: 'documents',
    document: 'Document',
    issuer: 'Issuer',
    province: 'Province',
    localTasks: 'Local tasks',
    reason: 'Reason',
    legend: 'Legend',
    formula: 'Coverage = (covered cells + 0.5 × partly covered cells) ÷ (covered + partly + missing), over the tasks that must be cascaded (addressed to a group, like 2.a, 2.b, 2.c of 14/CT-TTg); mirrored, not-applicable, unjudged and unaddressed cells do not count.',
    mirrorRow: 'a ministry’s task, mirroring optional',
    mustRow: 'addressed to ministries and provinces (must be cascaded)',
    columnsKey: 'Columns (tasks)',
    rowsKey: 'Rows',
    aggregated: (n: number) => `grouped by province: cells count the documents missing (✗) or partly covering (◐) the task, out of ${n}`,
    gaps: 'Cells not met',
    more: (n: number) => `… and ${n} more cells (see the HTML or XLSX form)`,
    noGaps: 'No missing or partly covered cell.',
    summary: 'Summary',
    counted: 'Counted cells',
    addressee: 'Addressee · document',
    documentsKey: 'Documents',
    missingOnlyNote: 'Missing only: the ✗ cells and the ◐ cells that carry an error; other cells left blank.',
    dueNote: 'The date beside a ✗ or ◐ cell is the parent task’s deadline.',
    search: (q: string, by: 'addressees' | 'tasks' | 'none', rows: number, tasks: number) =>
      by === 'none'
        ? `Search “${q}”: no addressee, document or task matches.`
        : by === 'addressees'
          ? `Search “${q}”: ${rows} row${rows === 1 ? '' : 's'} match (agency, province, document number); every task.`
          : `Search “${q}”: ${tasks} task${tasks === 1 ? '' : 's'} match (id, text, lead or coordinating agency); every row.`,
  },
} as const;

/** The words of the matrix in one language. */
export type MatrixWords = (typeof WORDS)[Lang];

/** The words of the matrix forms. */
export function matrixWords(lang: Lang): MatrixWords {
  return WORDS[lang];
}

/** Name of a level in a language. */
export function levelName(level: MatrixLevel, lang: Lang): string {
  return WORDS[lang].level[level];
}
