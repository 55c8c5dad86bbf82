import { join } from 'node:path';
import type { LayoutProfileInput } from '../docx/profile.js';
import { packDocx } from '../docx/pack.js';
import { aggregate, type ProgressSummary } from '../figures/aggregate.js';
import { chartDrawer, chartPages, chartSvg } from '../figures/chart.js';
import { goalTask } from '../figures/goal-task.js';
import { behindProblem, behindRows, summaryNotes } from '../figures/notes.js';
import { readFiguresFile } from '../figures/read.js';
import { targetOf } from '../figures/target.js';
import type { FigureProblem, FiguresData } from '../figures/types.js';
import { validateFigures, type FigureContext } from '../figures/validate.js';
import { dateVi, periodOf } from '../figures/words.js';
import type { Cascade } from '../load/cascade.js';
import type { UnitProvince } from '../load/units.js';
import type { Agency } from '../model/agency.js';
import type { Document } from '../model/document.js';
import type { Text } from '../report/diagnostic.js';
import { assemble } from '../render/assemble.js';
import type { TemplateSet } from '../render/template-set.js';
import { prepareReport, type ReportChart } from '../render/views/bao-cao.js';
import type { FiguresFile } from '../render/views/figures.js';
import { targetsInWay, writeOutputs } from '../output/write-outputs.js';
import { slugify } from '../text/slug.js';
import { generateEach } from './each.js';
import { BatchTargetsExistError, type BatchResult } from './generate.js';
import type { Progress } from './progress.js';
import { communesOf, recipientsOf } from './recipients.js';
import { nameClash } from './name-clash.js';

/** What `cascade report` works from. */
export interface ProgressReportInput {
  readonly cascade: Cascade;
  readonly templates: TemplateSet;
  /** The agency that reports (`gia-lai.ubnd`): its letter implementing the directive is the one reported on. */
  readonly issuer: string;
  /** The report's addressee, instead of the follow-up body of the letter's parent (`--to`). */
  readonly to?: string | undefined;
  /** Paths of the figures files, and how messages name them. */
  readonly figures: { readonly path: string; readonly name: string };
  readonly previous?: { readonly path: string; readonly name: string } | undefined;
  /** Date of the figures (ISO), when the file has no date column. */
  readonly date?: string | undefined;
  readonly previousDate?: string | undefined;
  /** A rate every unit is held to instead of the even pace to the target. */
  readonly minimum?: number | undefined;
  /** A group whose members must report, instead of the letter's addressees. */
  readonly expect?: string | undefined;
  readonly allowMissing?: boolean | undefined;
  readonly units: readonly UnitProvince[];
  readonly outDir: string;
  readonly force?: boolean | undefined;
  /** Stops the reminders' batch on SIGINT/SIGTERM; the report itself is then not written. */
  readonly signal?: AbortSignal | undefined;
  readonly threads?: number | undefined;
  /** The reminders' own date (ISO; default today, never before the figures) and number. */
  readonly letterDate?: string | undefined;
  /**
   * The day the report speaks as of (`--as-of`, ISO; default today): the figures' date must not be
   * after it, and the reminders are dated that day unless `letterDate` says otherwise.
   */
  readonly asOf?: string | undefined;
  readonly number?: string | undefined;
  /** Progress of the reminders, made once their number is known. */
  readonly progress?: ((total: number) => Progress) | undefined;
  readonly profile?: LayoutProfileInput | undefined;
  /** Draw the charts of each unit's rate in an appendix (default: yes). */
  readonly charts?: boolean | undefined;
  /** The SVG template of the charts (default: `templates/charts/tien-do.svg.hbs`). */
  readonly chartTemplate?: string | undefined;
}

/** What a report run did, or the problems that stopped it before anything was written. */
export type ProgressReportResult =
  | { readonly ok: false; readonly problems: readonly FigureProblem[] }
  | {
      readonly ok: true;
      /** Warnings (completed above enrolled, missing units allowed). */
      readonly problems: readonly FigureProblem[];
      readonly summary: ProgressSummary;
      readonly report: string;
      readonly remindersDir: string;
      readonly reminders: BatchResult;
    };

/** The report cannot start: an unknown agency, no letter to report on. */
export class ReportSetupError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'ReportSetupError';
  }
}

/** The issuer's letter that implements the directive (its addressees are the units that report). */
function letterOf(cascade: Cascade, issuer: string): Document {
  const letters = cascade.documents.filter((d) => d.issuer === issuer && d.implements.length > 0 && d.kind !== 'bao-cao');
  const letter = letters.find((d) => d.implements.includes('ct-14-ttg')) ?? letters[0];
  if (!letter) throw new ReportSetupError({ vi: `Không có văn bản triển khai nào do \`${issuer}\` ban hành`, en: `No implementing letter issued by \`${issuer}\`` });
  return letter;
}

function refId(ref: Document['to'][number]): string {
  return typeof ref === 'string' ? ref : ref.ref;
}

/** The units that must report: members of the letter's addressees (or of `expect`) in the issuer's province. */
function expectedUnits(cascade: Cascade, letter: Document, province: string, expect: string | undefined, communes: ReadonlyMap<string, Agency>): string[] {
  const refs = expect ? [expect] : letter.to.map(refId);
  const ids = refs.flatMap((ref) => cascade.members(cascade.resolveAgency?.(ref, letter) ?? ref));
  const inProvince = (id: string): boolean => (cascade.agencies.get(id) ?? communes.get(id))?.province === province;
  return [...new Set(ids)].filter((id) => id !== letter.issuer && inProvince(id));
}

async function readAndCheck(file: { path: string; name: string }, ctx: FigureContext): Promise<FiguresData> {
  const read = await readFiguresFile(file.path, file.name);
  if (!read.ok) return { file: file.name, records: [], problems: [read.problem] };
  return validateFigures(read.table, ctx);
}

/**
 * The charts of the report's appendix: per group, each unit's rate from the lowest up, as PNG
 * pictures with their captions (`Biểu đồ 1. …`).
 */
export async function reportCharts(summary: ProgressSummary, template?: string): Promise<ReportChart[]> {
  const draw = await chartDrawer();
  return chartPages(summary).map((p, i) => {
    const part = p.pages > 1 ? ` (phần ${p.page}/${p.pages})` : '';
    return {
      name: `bieu-do-${i + 1}.png`,
      caption: `Biểu đồ ${i + 1}. ${p.group.name}: tỷ lệ hoàn thành bồi dưỡng đến ngày ${dateVi(summary.date)}${part}, ${p.view.rows.length} đơn vị, ${p.view.behindCount} đơn vị chậm`,
      picture: { png: draw(chartSvg(p.view, template)), widthPx: p.view.width, heightPx: p.view.height },
    };
  });
}

/**
 * `cascade report`: reads and checks the figures (and the previous period's), and only when no error
 * is found writes the six-monthly report with its summary table and comparison, and one reminder
 * letter to each unit behind the pace to goal 1.a. A bad file writes nothing.
 */
export async function runProgressReport(input: ProgressReportInput): Promise<ProgressReportResult> {
  const { cascade } = input;
  const issuer = cascade.agencies.get(input.issuer);
  if (!issuer?.province) throw new ReportSetupError({ vi: `Không có cơ quan cấp tỉnh \`${input.issuer}\``, en: `No provincial agency \`${input.issuer}\`` });
  const province = issuer.province;
  const letter = letterOf(cascade, input.issuer);
  const communes = new Map(communesOf(input.units).map((c) => [c.agency.id, c.agency] as const));
  const agencies = new Map(cascade.agencies);
  for (const [id, a] of communes) agencies.set(id, a);
  const codes = new Map(communesOf(input.units).filter((c) => c.agency.province === province).map((c) => [c.code, c.agency.id] as const));
  const expected = expectedUnits(cascade, letter, province, input.expect, communes);
  const base = { province, agencies: [...agencies.values()], expected, codes };
  const today = input.asOf !== undefined ? { today: input.asOf } : {};
  const now = await readAndCheck(input.figures, { ...base, ...today, date: input.date, allowMissing: input.allowMissing });
  const before = input.previous ? await readAndCheck(input.previous, { ...base, ...today, date: input.previousDate, allowMissing: true }) : undefined;
  const problems = [...now.problems, ...(before?.problems ?? [])];
  if (problems.some((p) => p.severity === 'error') || !now.date) return { ok: false, problems };

  const groupOf = (a: Agency) => {
    const id = a.level === 'commune' ? `${province}.ubnd-xa` : `${province}.cac-so`;
    return { id, name: cascade.nameOf(id) ?? id };
  };
  const summary = aggregate({
    records: now.records,
    date: now.date,
    previous: before ? { records: before.records, date: before.date } : undefined,
    agencies,
    groupOf,
    target: targetOf(cascade),
    total: { id: issuer.id, name: issuer.name },
    minimum: input.minimum,
  });
  const reportName = `bao-cao-${slugify(input.issuer)}-${now.date}.docx`;
  const report = join(input.outDir, reportName);
  const remindersDir = join(input.outDir, `don-doc-${now.date}`);
  // The report may replace the tool's own earlier one; anything else in its way stops the run now.
  const inWay = await targetsInWay(input.outDir, [reportName]);
  if (inWay.conflicts.length > 0 && !input.force) throw new BatchTargetsExistError([report]);
  const figures: FiguresFile = {
    period: periodOf(now.date),
    asOf: `ngày ${dateVi(now.date)}`,
    rows: summary.units.map((u) => ({ unit: u.name, staff: u.staff, enrolled: u.enrolled, completed: u.completed })),
    notes: summaryNotes(summary),
    behind: behindRows(summary),
  };
  // Drawn and filled before anything is written: a chart or template that fails leaves no half-done output.
  const charts = input.charts === false ? [] : await reportCharts(summary, input.chartTemplate);
  const reportInput = assemble(prepareReport(letter, cascade, figures, charts, { to: input.to }), input.templates).input;
  // A unit with no staff has nobody to remind (listed apart among the problems).
  const behind = summary.units.filter((u) => u.behind && u.staff > 0);
  const recipients = recipientsOf(behind.map((u) => u.id), { agencies, groups: cascade.groups }, input.units);
  const clash = nameClash(recipients);
  if (clash) throw new ReportSetupError(clash.message);
  const reminders = await generateEach({
    kind: 'don-doc',
    doc: letter,
    recipients,
    cascade,
    templates: input.templates,
    profile: input.profile,
    outDir: remindersDir,
    force: input.force,
    threads: input.threads,
    progress: input.progress?.(recipients.length),
    reminders: new Map(behind.map((u) => [u.id, { problem: behindProblem(u, summary), task: goalTask(cascade, letter, summary.target) }] as const)),
    // The reminders cite the figures: they are dated no earlier than the figures' own date.
    letterDate: input.letterDate ?? input.asOf,
    number: input.number,
    facts: [now.date],
    signal: input.signal,
  });
  const docx = await packDocx(reportInput, input.profile);
  await writeOutputs(input.outDir, [{ name: reportName, kind: 'bao-cao', data: docx }], { force: input.force === true });
  return { ok: true, problems, summary, report, remindersDir, reminders };
}
