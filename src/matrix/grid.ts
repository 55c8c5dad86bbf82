import type { MatrixAddressee } from './addressees.js';
import { countStatuses, type StatusCounts } from './aggregate.js';
import type { CellReason, CellStatus, CoverageMatrix, MatrixCell, MatrixLevel, MatrixRow } from './types.js';

/** One cell of the grid: what an addressee (or a document below it) did with one task of the root. */
export interface GridCell {
  readonly status: CellStatus;
  /** Local task ids that carry it. */
  readonly tasks: readonly string[];
  readonly reasons: readonly CellReason[];
  readonly note?: string;
  /** The root task's deadline, on a missing or partly covered cell: by when it was owed. */
  readonly due?: string;
  /** Several documents summed (a level of many documents in one province): how many of each status. */
  readonly counts?: StatusCounts;
}

/**
 * A row of the grid: an addressee of the root (its own documents merged), or under it a document
 * of a lower level of the same province, or those documents summed when a level has many.
 */
export interface GridRow {
  readonly kind: 'addressee' | 'document' | 'documents';
  /** "Ủy ban nhân dân tỉnh Gia Lai", "Sở Giáo dục và Đào tạo", "Cấp xã (97)". */
  readonly name: string;
  readonly level: MatrixLevel;
  readonly province?: string;
  /** Labels of its documents (`5900/UBND-NC`); empty for an addressee without one. */
  readonly documents: readonly string[];
  /** Matrix columns it stands for. */
  readonly columns: readonly number[];
  /** One per root task (`m.rows`). */
  readonly cells: readonly GridCell[];
  /** An addressee without a document: ✗ "chưa có văn bản" in every cell it owes. */
  readonly noDocument?: boolean;
  /** Its documents are known only by citation: what it owes cannot be judged. */
  readonly knownOnly?: boolean;
  readonly addressee?: MatrixAddressee;
}

/** Options of `matrixGrid`. */
export interface GridOptions {
  /** A level with more lower documents than this is summed per province in one row (default 16). */
  readonly maxDocuments?: number;
  /** Keep only rows with a cell that is missing, or partly covered with an error, and only those cells. */
  readonly missingOnly?: boolean;
}

const ORDER: readonly MatrixLevel[] = ['central', 'province', 'department', 'commune', 'unit', 'other'];
const BLANK: GridCell = { status: 'none', tasks: [], reasons: [] };

/**
 * The matrix as the auditor reads it: one row per addressee of the root whose level is judged
 * (a province without a letter is a row of ✗ "chưa có văn bản"), the documents of lower levels
 * of its province under it, the root's tasks as columns, the task's deadline beside each ✗ and ◐.
 * Documents no addressee stands for come last. Without addressees (a matrix built by hand), every
 * document is a row.
 */
export function matrixGrid(m: CoverageMatrix, options: GridOptions = {}): GridRow[] {
  const max = options.maxDocuments ?? 16;
  const claimed = new Set<number>();
  const colOf = new Map(m.columns.map((c, i) => [c.doc, i]));
  const tops: GridRow[] = [];
  for (const a of m.addressees?.rows ?? []) {
    if (!a.evaluated) continue;
    const cols = a.documents.flatMap((d) => (colOf.has(d.id) ? [colOf.get(d.id) as number] : []));
    for (const c of cols) claimed.add(c);
    tops.push(addresseeRow(m, a, cols));
  }
  const rest = m.columns.map((_, i) => i).filter((i) => !claimed.has(i));
  const byLevel = new Map<MatrixLevel, number>();
  for (const i of rest) byLevel.set(m.columns[i]?.level ?? 'other', (byLevel.get(m.columns[i]?.level ?? 'other') ?? 0) + 1);
  const byProvinceTop = new Map<string, GridRow>();
  for (const t of tops) if (t.province !== undefined && !byProvinceTop.has(t.province)) byProvinceTop.set(t.province, t);
  const under = new Map<GridRow | undefined, number[]>();
  for (const i of rest) {
    const province = m.columns[i]?.province;
    push(under, province === undefined ? undefined : byProvinceTop.get(province), i);
  }
  const out: GridRow[] = [];
  const below = (cols: readonly number[]): GridRow[] =>
    ORDER.flatMap((level) => {
      const mine = cols.filter((i) => m.columns[i]?.level === level);
      if (mine.length === 0) return [];
      if ((byLevel.get(level) ?? 0) <= max) return mine.map((i) => documentRow(m, i));
      const byProvince = new Map<string | undefined, number[]>();
      for (const i of mine) push(byProvince, m.columns[i]?.province, i);
      return [...byProvince.values()].map((cols) => summedRow(m, level, cols));
    });
  for (const t of tops) out.push(t, ...below(under.get(t) ?? []));
  out.push(...below(under.get(undefined) ?? []));
  return options.missingOnly ? out.flatMap((r) => wantingOnly(r)) : out;
}

/** Missing, or partly covered with an error: what "only what is missing" keeps. */
export function isWanting(c: GridCell): boolean {
  if (c.counts) return c.counts.missing > 0;
  return c.status === 'missing' || (c.status === 'partly' && c.reasons.some((r) => r.severity === 'error'));
}

function wantingOnly(r: GridRow): GridRow[] {
  if (!r.cells.some(isWanting)) return [];
  return [{ ...r, cells: r.cells.map((c) => (isWanting(c) ? c : BLANK)) }];
}

function addresseeRow(m: CoverageMatrix, a: MatrixAddressee, cols: readonly number[]): GridRow {
  const owed = new Set(a.owedRefs);
  const base = { kind: 'addressee' as const, name: a.name, level: a.level, ...(a.province !== undefined ? { province: a.province } : {}), documents: a.documents.map((d) => d.label), columns: cols, addressee: a };
  if (a.documents.length === 0) {
    const cells = m.rows.map((row): GridCell => (owed.has(row.ref) ? withDue(row, { status: 'missing', tasks: [], reasons: [] }) : BLANK));
    return { ...base, cells, noDocument: true };
  }
  if (cols.length === 0) {
    // Known only by citation: what it owes cannot be told from here (never a pass).
    const cells = m.rows.map((row): GridCell => (owed.has(row.ref) ? { status: 'unknown', tasks: [], reasons: [] } : BLANK));
    return { ...base, cells, knownOnly: true };
  }
  return { ...base, cells: m.rows.map((row, r) => withDue(row, merged(cols.map((c) => m.cells[c]?.[r] ?? BLANK)))) };
}

function documentRow(m: CoverageMatrix, i: number): GridRow {
  const c = m.columns[i];
  return {
    kind: 'document',
    name: c?.issuerName ?? '',
    level: c?.level ?? 'other',
    ...(c?.province !== undefined ? { province: c.province } : {}),
    documents: [c?.label ?? ''],
    columns: [i],
    cells: m.rows.map((row, r) => withDue(row, m.cells[i]?.[r] ?? BLANK)),
  };
}

function summedRow(m: CoverageMatrix, level: MatrixLevel, cols: readonly number[]): GridRow {
  const province = m.columns[cols[0] as number]?.province;
  return {
    kind: 'documents',
    name: level,
    level,
    ...(province !== undefined ? { province } : {}),
    documents: cols.map((i) => m.columns[i]?.label ?? ''),
    columns: cols,
    cells: m.rows.map((row, r) => {
      const counts = countStatuses(cols.map((c) => (m.cells[c]?.[r] ?? BLANK) as MatrixCell));
      const status: CellStatus = counts.missing > 0 ? 'missing' : counts.partly > 0 ? 'partly' : counts.covered > 0 ? 'covered' : counts.mirrored > 0 ? 'mirrored' : counts['not-applicable'] > 0 ? 'not-applicable' : counts.unknown > 0 ? 'unknown' : 'none';
      return withDue(row, { status, tasks: [], reasons: [], counts });
    }),
  };
}

/** Several documents of one addressee on one task: the best of them, with every reason. */
function merged(cells: readonly MatrixCell[]): GridCell {
  const rank: readonly CellStatus[] = ['covered', 'partly', 'mirrored', 'not-applicable', 'missing', 'unknown', 'none'];
  const best = [...cells].sort((a, b) => rank.indexOf(a.status) - rank.indexOf(b.status))[0] ?? BLANK;
  if (cells.length <= 1) return best;
  const note = cells.find((c) => c.note !== undefined)?.note;
  return {
    status: best.status,
    tasks: [...new Set(cells.flatMap((c) => c.tasks))],
    reasons: best.status === 'covered' ? [] : cells.flatMap((c) => c.reasons),
    ...(note !== undefined ? { note } : {}),
  };
}

/** The cell with its task's deadline beside it, when it is missing or partly covered. */
function withDue(row: MatrixRow, c: GridCell): GridCell {
  if (c.status !== 'missing' && c.status !== 'partly') return c;
  const due = row.dueDate ?? row.deadline;
  return due === undefined ? c : { ...c, due };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
