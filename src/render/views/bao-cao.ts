import type { Picture } from '../../docx/layout-input.js';
import type { Document } from '../../model/document.js';
import { nameAgency } from '../agencies.js';
import { cellMarkdown, escapeMarkdown } from '../escape.js';
import { longDate } from '../dates.js';
import { citable, citation, numberSymbol, type CitationSource } from './cite.js';
import type { Prepared } from './document.js';
import { figureRows, type FiguresFile, type FigureRowView } from './figures.js';
import { headerOf, signerOf, type LayoutParts } from './layout.js';
import { taskRows } from './task-rows.js';

/** The data of the `bao-cao` template: a six-monthly report on a letter's tasks, with its summary table. */
export interface ReportView {
  readonly intro: string;
  /** Each task of the letter, and a line for its result to be written in. */
  readonly tasks: readonly { readonly task: string; readonly result: string }[];
  readonly asOf: string;
  readonly rows: readonly FigureRowView[];
  /** True when no figures were given: the table is a blank to fill in. */
  readonly blank: boolean;
  /** Paragraphs under the table (`FiguresFile.notes`). */
  readonly notes: readonly string[];
  /** The units behind the pace, a table under the notes (`FiguresFile.behind`). */
  readonly behind: readonly BehindRowView[];
}

// Dots for the drafter to write on, as printed forms leave them: what fits after the label on a line.
const DOTS = '…'.repeat(22);

function withStop(s: string): string {
  return /[.!?:;]$/u.test(s.trim()) ? s.trim() : `${s.trim()}.`;
}

function office(doc: Document): string {
  return (doc.symbol ?? 'UBND').split('-')[0] ?? 'UBND';
}

/**
 * Who the report goes to: the body that follows up the document the letter implements (14/CT-TTg:
 * Bộ Nội vụ, its `follow_up`), else that document's issuer (a department reports to the committee
 * whose letter it carries out).
 */
export function reportRecipient(doc: Document, source: CitationSource): string | undefined {
  for (const id of doc.implements) {
    const parent = source.documentsById.get(id);
    const body = parent?.follow_up ?? citable(id, source)?.issuer;
    if (body) return body;
  }
  return undefined;
}

/** What a report needs beyond its letter, figures and charts. */
export interface ReportOptions {
  /** The agency it goes to, instead of the directive's follow-up body (`cascade report --to`). */
  readonly to?: string | undefined;
}

/** The data of the table of units behind the pace under the notes. */
export interface BehindRowView {
  readonly stt: string;
  readonly unit: string;
  readonly percent: string;
}

/** A chart to print in the report's appendix: its picture and its caption. */
export interface ReportChart {
  /** The name its picture goes by (`bieu-do-1.png`). */
  readonly name: string;
  readonly caption: string;
  readonly picture: Picture;
}

/** The data of the `bao-cao-bieu-do` template: the charts, one after another. */
export interface ReportChartsView {
  readonly charts: readonly { readonly name: string; readonly caption: string }[];
}

/**
 * The six-monthly report (báo cáo định kỳ 6 tháng) of the issuer of a letter on carrying it out:
 * the letter's tasks with their lead agencies and a line for the result, and the summary table
 * (Đơn vị · Tổng số CBCCVC · Đã đăng ký · Đã hoàn thành · Tỷ lệ %) from the figures given, or
 * blank rows for the letter's addressees when none are.
 */
export function prepareReport(
  doc: Document,
  source: CitationSource,
  figures?: FiguresFile,
  charts: readonly ReportChart[] = [],
  options: ReportOptions = {},
): Prepared<ReportView> {
  const year = (doc.date ?? '2026').slice(0, 4);
  const period = figures?.period ?? `6 tháng đầu năm ${year}`;
  const units = figures && figures.rows.length > 0 ? figures.rows : doc.to.map((ref) => ({ unit: nameAgency(ref, source).name }));
  const parents = doc.implements.map((id) => citable(id, source)).filter((d) => d !== undefined);
  const basis = [...parents.map((p) => citation(p, source, true)), citation(doc, source)].join('; ');
  const report: Document = {
    ...doc,
    kind: 'bao-cao',
    number: undefined,
    symbol: `BC-${office(doc)}`,
    date: doc.date?.slice(0, 4),
    subject: `Kết quả bồi dưỡng kiến thức, kỹ năng số cho cán bộ, công chức, viên chức ${period}`,
  };
  const issuerName = nameAgency(doc.issuer ?? '', source).name;
  const toId = options.to ?? reportRecipient(doc, source);
  const to = toId ? nameAgency(toId, source).name : undefined;
  const view: ReportView = {
    intro: escapeMarkdown(`Thực hiện ${basis}, ${issuerName} báo cáo kết quả thực hiện ${period} như sau:`),
    // Each task in full as the letter prints it, with its lead: a clerk reports on what was asked.
    tasks: taskRows(doc, source).map((r) => ({
      task: escapeMarkdown(`${withStop(r.task)}${r.lead ? ` Cơ quan chủ trì: ${r.lead}.` : ''}`),
      result: `Kết quả thực hiện: ${DOTS}`,
    })),
    asOf: figures?.asOf !== undefined ? escapeMarkdown(figures.asOf) : DOTS,
    rows: figureRows(units),
    blank: !figures || figures.rows.length === 0,
    notes: (figures?.notes ?? []).map(escapeMarkdown),
    behind: (figures?.behind ?? []).map((b, i) => ({ stt: String(i + 1), unit: cellMarkdown(b.unit), percent: cellMarkdown(b.percent) })),
  };
  const layout: LayoutParts = {
    header: headerOf(report, source),
    to: to ? [to] : [],
    bases: [],
    // The letter's signing office signs its report too; a drafter changes the name if need be.
    signer: doc.signer ? signerOf(doc) : { lines: [] },
    distribution: [...(to ? ['Như trên'] : []), 'Lưu: VT'],
  };
  if (charts.length === 0) return { template: 'bao-cao', view, layout };
  const chartsView: ReportChartsView = { charts: charts.map((c) => ({ name: c.name, caption: escapeMarkdown(c.caption) })) };
  return {
    template: 'bao-cao',
    view,
    layout,
    appendices: [
      {
        template: 'bao-cao-bieu-do',
        view: chartsView,
        title: 'PHỤ LỤC\nTỶ LỆ HOÀN THÀNH CỦA TỪNG ĐƠN VỊ',
        subtitle: `(Kèm theo Báo cáo ${numberSymbol(report)} ${longDate(report.date)} của ${issuerName})`,
        landscape: false,
      },
    ],
    pictures: new Map(charts.map((c) => [c.name, c.picture])),
  };
}
