import type { CheckResult } from '../../check/engine.js';
import type { Cascade } from '../../load/cascade.js';
import type { Document } from '../../model/document.js';
import type { StatusCounts } from '../../matrix/aggregate.js';
import { columnCoverage, sumCoverage } from '../../matrix/coverage.js';
import { matrixGrid, type GridRow } from '../../matrix/grid.js';
import type { CellStatus, Coverage, CoverageMatrix } from '../../matrix/types.js';
import { matrixWords } from '../../report/matrix-labels.js';
import { percentText } from '../../report/matrix-cells.js';
import { nameAgency } from '../agencies.js';
import { cellMarkdown, escapeMarkdown } from '../escape.js';
import { citation, numberSymbol } from './cite.js';
import { longDate } from '../dates.js';
import { ACTIONS, auditCitation, proseFinding, proseNotEvaluated, type Action, type ProseFinding } from './finding-prose.js';
import { letterDate } from './letter-date.js';
import type { Prepared } from './document.js';
import { headerOf, type LayoutParts } from './layout.js';
import { draftSigner } from './signer-default.js';

/** One addressee's findings: per document, the sentences of an inspection report. */
export interface AuditGroupView {
  readonly heading: string;
  readonly documents: readonly { readonly heading: string; readonly findings: readonly string[] }[];
}

/** The data of the `bao-cao-kiem-tra` template: scope, results in words, findings by addressee, recommendations. */
export interface AuditReportView {
  readonly intro: string;
  readonly scope: readonly string[];
  readonly summary: readonly string[];
  readonly groups: readonly AuditGroupView[];
  readonly notEvaluated: readonly string[];
  readonly recommendations: readonly string[];
}

/** The data of the `bao-cao-kiem-tra-ma-tran` template: the coverage matrix, one row per addressee (its lower documents under it). */
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
  /** Id of the addressee (default: the directive's follow-up body, or its issuer when the auditor is that body). */
  readonly to?: string | undefined;
  /** The report's own date (ISO; default today) and number. */
  readonly date?: string | undefined;
  readonly number?: string | undefined;
}

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

/**
 * The printed matrix as the auditor reads it on screen (`matrixGrid`): one row per addressee of the
 * directive, with its own documents ("Chưa có văn bản" and a × in every cell it owes when it has
 * none), the documents of lower levels of its province under it (summed per province when a level
 * has many), the directive's tasks across, and each row's coverage.
 */
function matrixView(m: CoverageMatrix, cascade: Cascade): AuditMatrixView {
  const words = matrixWords('vi');
  const ids = m.rows.map((r) => cellMarkdown(r.id));
  let n = 0;
  const rows = matrixGrid(m).map((r) => {
    const marks = r.cells.map((c) => (c.counts ? printCounts(c.counts) : PRINT_MARK[c.status]));
    const top = r.kind === 'addressee';
    const label = sentenceCase(rowLabelOf(r, m, cascade));
    return `| ${top ? String(++n) : ''} | ${cellMarkdown(top ? label : `– ${label}`)} | ${marks.join(' | ')} | ${percentText(rowCoverage(r, m), 'vi')} |`;
  });
  const legend = Object.entries(PRINT_MARK)
    .map(([status, mark]) => `${mark} ${words.status[status as keyof typeof words.status]}`)
    .join('; ');
  return {
    header: `| STT | Cơ quan được giao, văn bản | ${ids.join(' | ')} | Bao phủ (%) |`,
    align: `|:---:|---|${ids.map(() => ':---:').join('|')}|:---:|`,
    rows,
    legend: escapeMarkdown(
      `Chú giải: ${legend}; số trước dấu là số văn bản của cấp đó trong tỉnh. ${words.formula} Cơ quan được giao chưa có văn bản được tính thiếu ở mọi nhiệm vụ phải thực hiện.`,
    ),
  };
}

/** "Ủy ban nhân dân tỉnh Gia Lai: Công văn số 5900/UBND-NC ngày …", "… : chưa có văn bản", "cấp xã (97 văn bản)". */
function rowLabelOf(r: GridRow, m: CoverageMatrix, cascade: Cascade): string {
  if (r.kind === 'documents') return `${LEVEL_NAMES[r.level] ?? r.level} (${r.documents.length} văn bản)`;
  const cite = (i: number): string => {
    const col = m.columns[i];
    const doc = col ? cascade.documentsById.get(col.doc) : undefined;
    return doc ? auditCitation(doc, cascade) : (col?.label ?? '');
  };
  if (r.kind === 'document') return r.columns.map(cite).join('; ');
  // "UBND tỉnh Gia Lai", as tables in reports write it.
  const name = r.name.replace(/^Ủy ban nhân dân /u, 'UBND ');
  if (r.noDocument) return `${name}: chưa có văn bản`;
  const known = (r.addressee?.documents ?? []).filter((d) => d.known).map((d) => `${d.label} (chỉ biết qua trích dẫn)`);
  // Its own documents, without the "của <issuer>" the row's name already says.
  const own = r.columns.map((i) => cite(i).replace(` của ${r.name}`, ''));
  return `${name}: ${[...own, ...known].join('; ')}`;
}

const LEVEL_NAMES: Readonly<Record<string, string>> = { central: 'cấp bộ', province: 'cấp tỉnh', department: 'cấp sở, ngành', commune: 'cấp xã', unit: 'cấp đơn vị', other: 'văn bản khác' };

/** A summed cell in print marks: `3×`, `2½`, or the mark of the best status. */
function printCounts(c: StatusCounts): string {
  const parts: string[] = [];
  if (c.missing > 0) parts.push(`${c.missing}${PRINT_MARK.missing}`);
  if (c.partly > 0) parts.push(`${c.partly}${PRINT_MARK.partly}`);
  if (parts.length > 0) return parts.join(' ');
  if (c.covered > 0) return PRINT_MARK.covered;
  if (c.mirrored > 0) return PRINT_MARK.mirrored;
  if (c['not-applicable'] > 0) return PRINT_MARK['not-applicable'];
  if (c.unknown > 0) return PRINT_MARK.unknown;
  return PRINT_MARK.none;
}

/** A row's coverage: its documents' cells (each summed document's own), or its owed cells counted missing. */
function rowCoverage(r: GridRow, m: CoverageMatrix): Coverage {
  if (r.kind === 'addressee') return columnCoverage(r.cells, m.rows);
  return sumCoverage(r.columns.flatMap((i) => (m.byColumn[i] ? [m.byColumn[i]] : [])));
}

/** `02 văn bản`: counts below ten take a leading zero, as reports write them. */
export function countOf(n: number, noun: string): string {
  return `${n < 10 ? `0${n}` : n} ${noun}`;
}

function sentenceCase(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

const ACTION_COUNTS: Readonly<Record<Action, string>> = {
  issue: 'văn bản chưa được ban hành',
  cascade: 'nhiệm vụ cấp trên giao chưa được triển khai',
  lead: 'nhiệm vụ chưa xác định cơ quan chủ trì',
  deadline: 'nhiệm vụ chưa xác định hoặc chưa bảo đảm thời hạn hoàn thành',
  target: 'chỉ tiêu thấp hơn chỉ tiêu cấp trên giao',
  report: 'chế độ báo cáo chưa theo yêu cầu của cấp trên',
  cite: 'trích dẫn sai số, ký hiệu hoặc ngày của văn bản',
  review: 'nội dung khác cần rà soát',
};

interface Grouped {
  readonly agency: string;
  readonly docs: Map<Document, ProseFinding[]>;
}

// Findings by the agency that must act (the issuer of the document), then by document, each sentence once.
function groupFindings(findings: readonly ProseFinding[]): Grouped[] {
  const groups = new Map<string, Grouped>();
  for (const f of findings) {
    const agency = f.doc.issuer ?? '';
    const g = groups.get(agency) ?? { agency, docs: new Map<Document, ProseFinding[]>() };
    groups.set(agency, g);
    const list = g.docs.get(f.doc) ?? [];
    if (!list.some((x) => x.sentence === f.sentence)) list.push(f);
    g.docs.set(f.doc, list);
  }
  return [...groups.values()];
}

/**
 * The audit report of a cascade (báo cáo kết quả kiểm tra), written as an inspection report:
 * the documents checked by number and date, the results counted in words, the findings grouped by
 * the agency that must act, each task pointed to as the document prints it, what could not be
 * judged and why, and what each agency is asked to do. The coverage matrix is a landscape
 * appendix. No file, rule id, slug or severity word reaches the paper: those stay in `cascade check`.
 */
export function prepareAuditReport(cascade: Cascade, input: AuditReportInput): Prepared<AuditReportView> {
  const rootId = input.matrix?.root.doc ?? cascade.documents.find((d) => d.kind === 'chi-thi')?.id;
  const root = rootId ? cascade.documentsById.get(rootId) : undefined;
  const auditor = input.auditor ?? root?.follow_up ?? (cascade.agencies.has('bo-nv') ? 'bo-nv' : (root?.issuer ?? 'bo-nv'));
  const auditorName = nameAgency(auditor, cascade).name;
  const addressee = input.to ?? (root?.follow_up && root.follow_up !== auditor ? root.follow_up : root?.issuer);
  const addresseeName = addressee ? nameAgency(addressee, cascade).name : undefined;
  const abbrev = (id: string) => cascade.agencies.get(id)?.variants.find((v) => /^[A-ZĐ]{2,6}$/u.test(v));
  const rootCited = root ? citation(root, cascade) : 'chỉ thị';
  const audited = cascade.documents.filter((d) => d.id !== root?.id);
  const findings = input.check.diagnostics
    .filter((d) => d.severity !== 'info' && d.waived === undefined)
    .map((d) => proseFinding(d, cascade))
    .filter((f): f is ProseFinding => f !== undefined);
  const groups = groupFindings(findings);
  const unique = groups.flatMap((g) => [...g.docs.values()].flat());
  const drafts = audited.filter((d) => !d.number?.trim() && !d.unknown?.includes('number')).length;
  const unsure = audited.filter((d) => d.unknown?.includes('number')).length;
  const issuers = new Set(audited.map((d) => d.issuer)).size;
  const byAction = (Object.keys(ACTION_COUNTS) as Action[])
    .map((a) => [a, unique.filter((f) => f.action === a).length] as const)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => countOf(n, ACTION_COUNTS[a]));
  const withFindings = new Set(unique.map((f) => f.doc)).size;
  const facts = cascade.documents.map((d) => d.date);
  const report: Document = {
    id: 'bao-cao-kiem-tra',
    kind: 'bao-cao',
    issuer: auditor,
    number: input.number,
    symbol: `BC-${short(abbrev, auditor)}`,
    date: letterDate(input.date, facts),
    subject: `Kết quả kiểm tra việc triển khai thực hiện ${rootCited}`,
    to: [],
    implements: [],
    cites: [],
    body: [],
    footnotes: {},
    not_applicable: [],
    distribution: [],
  };
  const overall = input.matrix ? percentText(input.matrix.overall, 'vi') : undefined;
  const done = `Đã kiểm tra ${countOf(audited.length, 'văn bản')} của ${countOf(issuers, 'cơ quan, địa phương')} triển khai ${rootCited}, trong đó ${countOf(audited.length - drafts - unsure, 'văn bản')} đã ban hành, ${countOf(drafts, 'dự thảo')}${unsure > 0 ? `, ${countOf(unsure, 'văn bản')} chưa xác định được số, ngày ban hành` : ''}.`;
  const view: AuditReportView = {
    intro: escapeMarkdown(`Thực hiện nhiệm vụ theo dõi, đôn đốc, kiểm tra việc thực hiện ${rootCited}, ${auditorName} báo cáo kết quả kiểm tra việc triển khai của các cơ quan, địa phương như sau:`),
    scope: audited.map((d) => escapeMarkdown(`${sentenceCase(auditCitation(d, cascade))}.`)),
    summary: [
      escapeMarkdown(done),
      ...asOfSentences(input.matrix),
      ...(overall !== undefined ? [escapeMarkdown(`Các văn bản đã triển khai ${overall}% số nhiệm vụ được giao cho địa phương (chi tiết tại Phụ lục).`)] : []),
      escapeMarkdown(
        withFindings === 0
          ? 'Chưa phát hiện nội dung cần sửa đổi, bổ sung.'
          : `Có ${countOf(withFindings, 'văn bản')} còn nội dung cần sửa đổi, bổ sung, gồm: ${byAction.join('; ')}.`,
      ),
    ],
    groups: groups.map((g, i) => ({
      heading: escapeMarkdown(`${String.fromCharCode(0x61 + i)}) ${g.agency ? nameAgency(g.agency, cascade).name : 'Văn bản chưa xác định cơ quan ban hành'}`),
      documents: [...g.docs].map(([doc, list]) => ({
        heading: escapeMarkdown(`${sentenceCase(auditCitation(doc, cascade))}:`),
        findings: list.map((f, k) => escapeMarkdown(`${sentenceCase(f.sentence)}${k === list.length - 1 ? '.' : ';'}`)),
      })),
    })),
    notEvaluated: [...new Set(input.check.notEvaluated.map((n) => {
      const p = proseNotEvaluated(n, cascade);
      return escapeMarkdown(`${p.doc ? `${sentenceCase(auditCitation(p.doc, cascade))}: ` : ''}${p.doc ? p.sentence : sentenceCase(p.sentence)}.`);
    }))],
    recommendations: [
      ...groups.map((g) => {
        const name = g.agency ? nameAgency(g.agency, cascade).name : 'Các cơ quan ban hành văn bản';
        const actions = [...new Set([...g.docs.values()].flat().map((f) => ACTIONS[f.action]))];
        const ask = g.agency === root?.issuer ? `Kiến nghị ${name} xem xét` : `Đề nghị ${name}`;
        return escapeMarkdown(`${ask} ${actions.join('; ')}.`);
      }),
      escapeMarkdown(`${auditorName} tiếp tục theo dõi, đôn đốc và tổng hợp, báo cáo theo quy định.`),
    ],
  };
  const layout: LayoutParts = {
    header: headerOf(report, cascade),
    to: addresseeName ? [addresseeName] : [],
    bases: [],
    signer: draftSigner(auditorName),
    distribution: [...(addresseeName ? ['Như trên'] : []), 'Lưu: VT'],
  };
  return {
    template: 'bao-cao-kiem-tra',
    view,
    layout,
    appendices: input.matrix
      ? [{ template: 'bao-cao-kiem-tra-ma-tran', view: matrixView(input.matrix, cascade), title: 'PHỤ LỤC\nMA TRẬN BAO PHỦ NHIỆM VỤ', subtitle: `(Kèm theo Báo cáo ${numberSymbol(report)} ${longDate(report.date)} của ${auditorName})`, landscape: true }]
      : [],
  };
}

const LEVEL_WORDS: Partial<Record<string, string>> = { central: 'bộ, cơ quan ngang bộ', province: 'tỉnh, thành phố', department: 'sở, ngành', commune: 'xã, phường, đặc khu' };

/** "Tính đến ngày 05/01/2027, 3/34 tỉnh, thành phố có văn bản triển khai.": coverage over the addressees as of the audit's day. */
function asOfSentences(matrix: CoverageMatrix | undefined): string[] {
  const asOf = matrix?.stamp?.asOf;
  if (!matrix || asOf === undefined) return [];
  const parts = (matrix.addressees?.coverage ?? []).filter((c) => c.evaluated && LEVEL_WORDS[c.level] !== undefined).map((c) => `${c.withDocument}/${c.addressees} ${LEVEL_WORDS[c.level] ?? ''}`);
  const [y, m, d] = asOf.split('-');
  return [escapeMarkdown(`Tính đến ngày ${d}/${m}/${y}${parts.length > 0 ? `, ${parts.join('; ')} có văn bản triển khai` : ''}.`)];
}
