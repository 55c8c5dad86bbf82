import type { CheckResult } from '../../check/engine.js';
import type { Cascade } from '../../load/cascade.js';
import type { Document } from '../../model/document.js';
import type { CellStatus, CoverageMatrix } from '../../matrix/types.js';
import { countDiagnostics } from '../../report/counts.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import { matrixWords } from '../../report/matrix-labels.js';
import { percentText } from '../../report/matrix-cells.js';
import { nameAgency } from '../agencies.js';
import { cellMarkdown, escapeMarkdown } from '../escape.js';
import { citation } from './cite.js';
import type { Prepared } from './document.js';
import { headerOf, type LayoutParts } from './layout.js';
import { deputySigner } from './signer-default.js';

/** The data of the `bao-cao-kiem-tra` template: scope, summary, findings by document, recommendations. */
export interface AuditReportView {
  readonly intro: string;
  readonly scope: readonly string[];
  readonly summary: readonly string[];
  readonly documents: readonly { readonly heading: string; readonly findings: readonly string[] }[];
  readonly notEvaluated: readonly string[];
  readonly recommendations: readonly string[];
}

/** The data of the `bao-cao-kiem-tra-ma-tran` template: the coverage matrix, one row per document. */
export interface AuditMatrixView {
  readonly header: string;
  readonly align: string;
  readonly rows: readonly string[];
  readonly legend: string;
}

/** What the audit report is built from. */
export interface AuditReportInput {
  readonly check: CheckResult;
  readonly matrix: CoverageMatrix | undefined;
  /** Id of the auditing agency (default `bo-nv`, the directive's follow-up ministry, when the registry has it). */
  readonly auditor?: string | undefined;
}

const SEVERITY = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

/**
 * The statuses' marks in the printed matrix: characters Times New Roman has (Latin-1 and WGL4), as
 * has Liberation Serif, so no cell falls back to another font. Of the terminal and HTML marks,
 * ✓ ↗ ✗ are in neither and ◐ is not in Times New Roman; `½` also says what a partly covered cell counts for.
 */
export const PRINT_MARK: Readonly<Record<CellStatus, string>> = {
  covered: '√',
  partly: '½',
  mirrored: '→',
  'not-applicable': '–',
  missing: '×',
  unknown: '?',
  none: '·',
};

function short(abbrevOf: (id: string) => string | undefined, id: string): string {
  return abbrevOf(id) ?? 'VP';
}

// The audit's messages mark quoted text as code (`5900/UBND-NC`); a letter quotes it.
function quoted(message: string): string {
  return message.replace(/`([^`]*)`/g, '“$1”');
}

function finding(d: Diagnostic): string {
  const at = d.place ? ` (${d.place.file}:${d.place.line})` : '';
  return escapeMarkdown(`[${SEVERITY[d.severity]}] ${quoted(d.message.vi)}${d.waived ? ` — đã miễn trừ: ${d.waived}` : ''}${at}`);
}

function documentOf(cascade: Cascade, d: Diagnostic): Document | undefined {
  return d.place ? cascade.documents.find((doc) => cascade.locate(doc)?.file === d.place?.file) : undefined;
}

function matrixView(m: CoverageMatrix): AuditMatrixView {
  const words = matrixWords('vi');
  const ids = m.rows.map((r) => cellMarkdown(r.id));
  const rows = m.columns.map((col, c) => {
    const marks = m.rows.map((_, r) => PRINT_MARK[m.cells[c]?.[r]?.status ?? 'none']);
    const cov = m.byColumn[c];
    return `| ${c + 1} | ${cellMarkdown(`${col.label} (${col.issuerName})`)} | ${marks.join(' | ')} | ${cov ? percentText(cov, 'vi') : ''} |`;
  });
  const legend = Object.entries(PRINT_MARK)
    .map(([status, mark]) => `${mark} ${words.status[status as keyof typeof words.status]}`)
    .join('; ');
  return {
    header: `| STT | Văn bản | ${ids.join(' | ')} | Bao phủ (%) |`,
    align: `|:---:|---|${ids.map(() => ':---:').join('|')}|:---:|`,
    rows,
    legend: escapeMarkdown(`Chú giải: ${legend}. ${words.formula}`),
  };
}

/**
 * The audit report of a cascade (báo cáo kết quả kiểm tra), signed by the auditing agency:
 * the documents checked, the counts and the overall coverage, the errors and warnings by document
 * with their place in the YAML, what could not be evaluated, and the coverage matrix as a
 * landscape appendix (documents down, central tasks across).
 */
export function prepareAuditReport(cascade: Cascade, input: AuditReportInput): Prepared<AuditReportView> {
  const rootId = input.matrix?.root.doc ?? cascade.documents.find((d) => d.kind === 'chi-thi')?.id;
  const root = rootId ? cascade.documentsById.get(rootId) : undefined;
  const auditor = input.auditor ?? (cascade.agencies.has('bo-nv') ? 'bo-nv' : (root?.issuer ?? 'bo-nv'));
  const auditorName = nameAgency(auditor, cascade).name;
  const abbrev = (id: string) => cascade.agencies.get(id)?.variants.find((v) => /^[A-ZĐ]{2,6}$/u.test(v));
  const rootCited = root ? citation(root, cascade) : 'chỉ thị';
  const counts = countDiagnostics(input.check.diagnostics);
  const audited = cascade.documents.filter((d) => d.id !== root?.id);
  const byDoc = new Map<string, Diagnostic[]>();
  for (const d of input.check.diagnostics) {
    if (d.severity === 'info') continue;
    const doc = documentOf(cascade, d);
    const key = doc?.id ?? '';
    byDoc.set(key, [...(byDoc.get(key) ?? []), d]);
  }
  const report: Document = {
    id: 'bao-cao-kiem-tra',
    kind: 'bao-cao',
    issuer: auditor,
    symbol: `BC-${short(abbrev, auditor)}`,
    date: root?.date?.slice(0, 4),
    subject: `Kết quả kiểm tra việc triển khai thực hiện ${rootCited}`,
    to: [],
    implements: [],
    cites: [],
    body: [],
    footnotes: {},
    not_applicable: [],
    distribution: [],
  };
  const rootIssuer = root?.issuer ? nameAgency(root.issuer, cascade).name : undefined;
  const overall = input.matrix ? percentText(input.matrix.overall, 'vi') : undefined;
  const view: AuditReportView = {
    intro: escapeMarkdown(`Thực hiện nhiệm vụ theo dõi, đôn đốc, kiểm tra việc thực hiện ${rootCited}, ${auditorName} báo cáo kết quả kiểm tra việc triển khai của các cơ quan, địa phương như sau:`),
    scope: audited.map((d) => escapeMarkdown(`${citation(d, cascade)}${d.number || d.unknown?.includes('number') ? '' : ' (dự thảo)'}`)),
    summary: [
      escapeMarkdown(`Số văn bản được kiểm tra: ${audited.length}.`),
      escapeMarkdown(`Phát hiện: ${counts.errors} lỗi, ${counts.warnings} cảnh báo, ${counts.infos} thông tin; ${input.check.notEvaluated.length} nội dung chưa đánh giá được.`),
      ...(overall !== undefined ? [escapeMarkdown(`Mức độ bao phủ các nhiệm vụ giao cho địa phương: ${overall}% (chi tiết tại Phụ lục).`)] : []),
    ],
    documents: [...byDoc].map(([id, list], i) => {
      const doc = cascade.documentsById.get(id);
      return { heading: escapeMarkdown(`${i + 1}. ${doc ? citation(doc, cascade) : 'Danh mục và cấu hình'}`), findings: list.map(finding) };
    }),
    notEvaluated: input.check.notEvaluated.map((n) => escapeMarkdown(`${n.rule}: ${quoted(n.reason.vi)}${n.at ? ` (${n.at})` : ''}`)),
    recommendations: [
      'Các cơ quan, địa phương có phát hiện ở mức lỗi rà soát, sửa đổi, bổ sung văn bản triển khai, bảo đảm mỗi nhiệm vụ có cơ quan chủ trì, thời hạn không muộn hơn và chỉ tiêu không thấp hơn chỉ tiêu cấp trên giao.',
      'Các văn bản còn ở dạng dự thảo khẩn trương hoàn thiện, ban hành.',
      escapeMarkdown(`${auditorName} tiếp tục theo dõi, đôn đốc và tổng hợp, báo cáo theo quy định.`),
    ],
  };
  const layout: LayoutParts = {
    header: headerOf(report, cascade),
    to: rootIssuer ? [rootIssuer] : [],
    bases: [],
    signer: deputySigner(auditorName),
    distribution: [...(rootIssuer ? ['Như trên'] : []), 'Lưu: VT'],
  };
  return {
    template: 'bao-cao-kiem-tra',
    view,
    layout,
    appendices: input.matrix
      ? [{ template: 'bao-cao-kiem-tra-ma-tran', view: matrixView(input.matrix), title: 'PHỤ LỤC\nMA TRẬN BAO PHỦ NHIỆM VỤ', subtitle: `(Kèm theo Báo cáo kết quả kiểm tra của ${auditorName})`, landscape: true }]
      : [],
  };
}
