import { dueTasks } from '../check/coverage.js';
import { deadlineText, indexCascade, parseField, type CascadeIndex } from '../check/facts.js';
import { matrixAddressees, type MatrixAddressees } from './addressees.js';
import type { Cascade, TaskEntry } from '../load/cascade.js';
import type { Document } from '../model/document.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { carrierIndex, type CarrierIndex } from './carriers.js';
import { columnsOf, findRoot, rowsOf, tasksByDoc } from './columns.js';
import { columnCoverage, sumCoverage } from './coverage.js';
import { findingsByRef, type FindingIndex, type RefFinding } from './findings.js';
import type { CellReason, CellStatus, Coverage, CoverageMatrix, MatrixCell, MatrixColumn, MatrixLevel, MatrixProvince, MatrixRow, MatrixStamp } from './types.js';

/** Options of `buildMatrix`. */
export interface MatrixOptions {
  /** Id of the root directive (default: the first central document that implements nothing). */
  readonly root?: string;
  /** When it was made, as of which day, from which inputs: printed by every form. */
  readonly stamp?: MatrixStamp;
}

/** The rule whose findings say a parent task was not carried at all. */
const MISSING_RULE = 'central-task-missing';

/**
 * The coverage matrix of a cascade: for every central task (row) and implementing document
 * (column), whether the document carries it, and the audit's findings that make it partial.
 * `diagnostics` are the audit's (`runChecks(...).diagnostics`); the matrix re-derives no rule.
 * Undefined when the cascade has no root directive.
 */
export function buildMatrix(cascade: Cascade, diagnostics: readonly Diagnostic[], options: MatrixOptions = {}): CoverageMatrix | undefined {
  const root = findRoot(cascade, options.root);
  if (!root) return undefined;
  const byDoc = tasksByDoc(cascade);
  const rootTasks = byDoc.get(root.id) ?? [];
  const rows = rowsOf(cascade, rootTasks);
  const rowIndex = new Map(rows.map((r, i) => [r.ref, i]));
  const columns = columnsOf(cascade, root);
  const carriers = carrierIndex(cascade, root.id, rootTasks);
  const findings = findingsByRef(cascade, diagnostics);
  const index = indexCascade(cascade);
  const ctx: CellContext = { cascade, rows: withDeadlines(index, rootTasks, rows), rowIndex, carriers, findings, byDoc, rootId: root.id, index };
  const cells = columns.map((col) => cellsOf(ctx, col));
  const byColumn = cells.map((col) => columnCoverage(col, rows));
  const addressees = matrixAddressees(cascade, index, root, findings);
  // Coverage is over the addressees: a province without a letter counts its owed rows as missing.
  const silent = silentCells(addressees, new Set(rows.filter((r) => r.kind === 'must').map((r) => r.ref)));
  const byLevel = coverageByLevel(columns, byColumn);
  for (const [level, missing] of silent) byLevel.set(level, sumCoverage([byLevel.get(level) ?? sumCoverage([]), missingOnly(missing)]));
  const silentTotal = [...silent.values()].reduce((n, x) => n + x, 0);
  return {
    root: { doc: root.id, label: labelOf(root), ...(root.subject ? { subject: root.subject } : {}) },
    rows: ctx.rows,
    columns,
    cells,
    byColumn,
    byLevel,
    provinces: provincesOf(cascade, columns, byColumn),
    unplaced: columns.flatMap((c, i) => (c.province === undefined ? [i] : [])),
    overall: sumCoverage([...byColumn, missingOnly(silentTotal)]),
    addressees,
    ...(options.stamp ? { stamp: options.stamp } : {}),
  };
}

/** Missing cells of the addressees without a document, per level: the must rows each one owes. */
function silentCells(a: MatrixAddressees, mustRows: ReadonlySet<string>): Map<MatrixLevel, number> {
  const out = new Map<MatrixLevel, number>();
  for (const x of a.rows) {
    if (!x.evaluated || x.documents.length > 0) continue;
    const owed = x.owedRefs.filter((r) => mustRows.has(r)).length;
    if (owed > 0) out.set(x.level, (out.get(x.level) ?? 0) + owed);
  }
  return out;
}

function missingOnly(missing: number): Coverage {
  return sumCoverage([{ covered: 0, partly: 0, missing, mirrored: 0, notApplicable: 0, unknown: 0, counted: missing, percent: undefined }]);
}

/** Rows with their deadline (own or inherited) and coordinators, as the forms print and search them. */
function withDeadlines(index: CascadeIndex, rootTasks: readonly TaskEntry[], rows: readonly MatrixRow[]): MatrixRow[] {
  const byRef = new Map(rootTasks.map((t) => [t.ref, t]));
  return rows.map((r) => {
    const t = byRef.get(r.ref);
    const field = t ? index.deadline(t) : undefined;
    const parsed = field ? parseField(index, field.value) : undefined;
    const dueDate = parsed?.ok && parsed.value.recurrence === undefined ? parsed.value.latest : undefined;
    return {
      ...r,
      ...(field ? { deadline: deadlineText(field.value) } : {}),
      ...(dueDate !== undefined ? { dueDate } : {}),
    };
  });
}

interface CellContext {
  readonly cascade: Cascade;
  readonly rows: readonly MatrixRow[];
  readonly rowIndex: ReadonlyMap<string, number>;
  readonly carriers: CarrierIndex;
  readonly findings: FindingIndex;
  readonly byDoc: ReadonlyMap<string, readonly TaskEntry[]>;
  readonly rootId: string;
  /** The audit's indexes, so that "addressed to" means what the rules mean by it. */
  readonly index: CascadeIndex;
}

/** Mutable state of one cell while the column is read. */
interface Draft {
  implementers: string[];
  mirrors: string[];
  reasons: CellReason[];
  missing: CellReason[];
  due: boolean;
  /** Must rows whose addressing cannot be told: a parent known only by citation. */
  unknowable: boolean;
  note?: string;
}

function cellsOf(ctx: CellContext, col: MatrixColumn): MatrixCell[] {
  const doc = ctx.cascade.documentsById.get(col.doc) as Document;
  const blind = doc.implements.some((id) => !ctx.cascade.documentsById.has(id));
  const drafts: Draft[] = ctx.rows.map((row) => ({ implementers: [], mirrors: [], reasons: [], missing: [], due: false, unknowable: blind && row.kind === 'must' }));
  const rowsFor = (ref: string): readonly number[] => rowsOfRef(ctx, ref);
  for (const entry of ctx.byDoc.get(doc.id) ?? []) {
    const partial = (ctx.findings.byRef.get(entry.ref) ?? []).filter(isGap).map((f) => reasonOf(f));
    for (const carry of ctx.carriers.carried(entry.ref)) {
      const d = drafts[ctx.rowIndex.get(carry.row) ?? -1];
      if (!d) continue;
      (carry.how === 'implements' ? d.implementers : d.mirrors).push(entry.task.task);
      d.reasons.push(...partial);
      if (entry.task.not_applicable !== undefined) d.note = entry.task.not_applicable;
    }
  }
  for (const na of doc.not_applicable) for (const r of rowsFor(na.task)) (drafts[r] as Draft).note = na.reason;
  for (const r of dueRows(ctx, doc)) (drafts[r] as Draft).due = true;
  for (const f of ctx.findings.byRef.get(doc.id) ?? []) {
    // The finding's related place is the parent task left out: the rows it stands for are missing,
    // unless the finding was waived, which shows as not applicable with the waiver's reason.
    const d = f.diagnostic;
    const parent = d.rule === MISSING_RULE ? d.related?.map((x) => ctx.findings.taskAt(x.place)).find((x) => x !== undefined) : undefined;
    if (parent === undefined) continue;
    for (const r of rowsFor(parent)) {
      const draft = drafts[r] as Draft;
      if (d.waived !== undefined) draft.note ??= d.waived;
      else draft.missing.push(reasonOf(f));
    }
  }
  return drafts.map(finish);
}

function finish(d: Draft): MatrixCell {
  const tasks = [...new Set([...d.implementers, ...d.mirrors])];
  const reasons = uniqueReasons([...d.missing, ...d.reasons]);
  const status: CellStatus =
    d.note !== undefined
      ? 'not-applicable'
      : d.missing.length > 0
        ? 'missing'
        : d.implementers.length > 0
          ? d.reasons.length > 0
            ? 'partly'
            : 'covered'
          : d.mirrors.length > 0
            ? 'mirrored'
            : d.due
              ? 'missing'
              : d.unknowable
                ? 'unknown'
                : 'none';
  return { status, tasks, reasons, ...(d.note !== undefined ? { note: d.note } : {}) };
}

/** Rows a ref stands for: a root task's leaves, or what a lower task carries by implementing. */
function rowsOfRef(ctx: CellContext, ref: string): number[] {
  const refs = ref.startsWith(`${ctx.rootId}#`)
    ? ctx.carriers.leavesOf(ref)
    : ctx.carriers.carried(ref).filter((c) => c.how === 'implements').map((c) => c.row);
  return refs.flatMap((r) => {
    const i = ctx.rowIndex.get(r);
    return i === undefined ? [] : [i];
  });
}

/**
 * Rows addressed to the document's issuer: the parent documents' tasks the audit's
 * `central-task-missing` holds it to (`dueTasks`), mapped to rows.
 */
function dueRows(ctx: CellContext, doc: Document): number[] {
  const issuer = doc.issuer;
  if (issuer === undefined) return [];
  return doc.implements.flatMap((parentId) => {
    const parent = ctx.cascade.documentsById.get(parentId);
    return parent ? dueTasks(ctx.index, parent, issuer, ctx.cascade).flatMap((t) => rowsOfRef(ctx, t.ref)) : [];
  });
}

/** A finding that makes a carried task a partial one: an error or warning not waived. */
function isGap(f: RefFinding): boolean {
  const d = f.diagnostic;
  return d.rule !== MISSING_RULE && d.severity !== 'info' && d.waived === undefined;
}

function reasonOf(f: RefFinding): CellReason {
  const d = f.diagnostic;
  return { rule: d.rule, severity: d.severity, message: d.message, at: f.at };
}

function uniqueReasons(list: readonly CellReason[]): CellReason[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.rule} ${r.at} ${r.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function coverageByLevel(columns: readonly MatrixColumn[], byColumn: readonly Coverage[]): Map<MatrixLevel, Coverage> {
  const groups = new Map<MatrixLevel, Coverage[]>();
  columns.forEach((c, i) => {
    const list = groups.get(c.level) ?? [];
    list.push(byColumn[i] as Coverage);
    groups.set(c.level, list);
  });
  return new Map([...groups].map(([level, list]) => [level, sumCoverage(list)]));
}

function provincesOf(cascade: Cascade, columns: readonly MatrixColumn[], byColumn: readonly Coverage[]): MatrixProvince[] {
  const order: string[] = [];
  const members = new Map<string, number[]>();
  columns.forEach((c, i) => {
    if (c.province === undefined) return;
    if (!members.has(c.province)) {
      order.push(c.province);
      members.set(c.province, []);
    }
    members.get(c.province)?.push(i);
  });
  return order.map((slug) => {
    const cols = members.get(slug) ?? [];
    return { slug, name: provinceName(cascade, slug), columns: cols, coverage: sumCoverage(cols.map((i) => byColumn[i] as Coverage)) };
  });
}

/** "Gia Lai" from the registry's "Ủy ban nhân dân tỉnh Gia Lai". */
function provinceName(cascade: Cascade, slug: string): string {
  const name = cascade.nameOf(`${slug}.ubnd`);
  return name ? name.replace(/^(?:Ủy ban nhân dân|UBND)\s+/iu, '').replace(/^(?:tỉnh|thành phố)\s+/iu, '') : slug;
}

function labelOf(d: Document): string {
  const number = d.number?.trim();
  return number && d.symbol ? `${number}/${d.symbol}` : d.id;
}
