import { columnCoverage, sumCoverage } from './coverage.js';
import type { CellStatus, Coverage, CoverageMatrix, MatrixCell, MatrixLevel } from './types.js';

/** Counts of one row over a set of columns, by status. */
export type StatusCounts = Readonly<Record<CellStatus, number>>;

/** One province's documents of one level, summed row by row. */
export interface LevelGroup {
  readonly province: string | undefined;
  readonly name: string;
  readonly level: MatrixLevel;
  readonly columns: readonly number[];
  /** Per row: how many documents are covered, partly, missing, … */
  readonly counts: readonly StatusCounts[];
  readonly coverage: Coverage;
}

/** Levels in the order the cascade runs. */
export const LEVELS: readonly MatrixLevel[] = ['province', 'department', 'commune', 'unit', 'central', 'other'];

/** Counts of the statuses of a list of cells. */
export function countStatuses(cells: Iterable<MatrixCell>): StatusCounts {
  const out: Record<CellStatus, number> = { covered: 0, partly: 0, mirrored: 0, 'not-applicable': 0, missing: 0, unknown: 0, none: 0 };
  for (const c of cells) out[c.status] += 1;
  return out;
}

/** Columns of a level, grouped by province (columns with no province last), each with row counts. */
export function groupsOfLevel(m: CoverageMatrix, level: MatrixLevel): LevelGroup[] {
  const groups: LevelGroup[] = [];
  const make = (province: string | undefined, name: string, columns: number[]): LevelGroup => {
    const counts = m.rows.map((_, r) => countStatuses(columns.map((c) => m.cells[c]?.[r] as MatrixCell)));
    const coverage = sumCoverage(columns.map((c) => columnCoverage(m.cells[c] ?? [], m.rows)));
    return { province, name, level, columns, counts, coverage };
  };
  for (const p of m.provinces) {
    const cols = p.columns.filter((c) => m.columns[c]?.level === level);
    if (cols.length > 0) groups.push(make(p.slug, p.name, cols));
  }
  const rest = m.unplaced.filter((c) => m.columns[c]?.level === level);
  if (rest.length > 0) groups.push(make(undefined, '', rest));
  return groups;
}

/** Column indexes of a level, in matrix order. */
export function columnsOfLevel(m: CoverageMatrix, level: MatrixLevel): number[] {
  return m.columns.flatMap((c, i) => (c.level === level ? [i] : []));
}

/** The levels that have at least one column, in cascade order. */
export function levelsPresent(m: CoverageMatrix): MatrixLevel[] {
  return LEVELS.filter((l) => m.columns.some((c) => c.level === l));
}
