import { stripDiacritics } from '../text/normalize.js';
import type { GridRow } from './grid.js';
import type { CoverageMatrix, MatrixRow } from './types.js';

/** What a search of the matrix's grid kept, and by what it matched. */
export interface MatrixSearch {
  /** The query as typed. */
  readonly query: string;
  /**
   * `addressees` when it names an addressee or a document (a province, a number, an agency: those
   * rows are kept, with every task); `tasks` when it names tasks (by id, text, lead or coordinating
   * agency: those columns are kept, with every row); `none` when nothing matches.
   */
  readonly by: 'addressees' | 'tasks' | 'none';
  /** The matrix with only the matching tasks as `rows` and in `cells` when `by` is `tasks`; else as it was. */
  readonly matrix: CoverageMatrix;
  /** The grid's rows that are kept, their cells narrowed as the matrix's tasks are. */
  readonly grid: readonly GridRow[];
}

/**
 * The search of the matrix's terminal and Markdown forms, as the HTML page's box does it: accents,
 * letter case and tone placement ignored ("ha noi" finds Hà Nội; "Hoà" and "Hòa" alike). A query
 * that names an addressee or a document (a province, a number, an agency) keeps those rows, and
 * under a matching addressee the rows of its province's lower documents; else a query that names
 * tasks (id, text, lead or coordinating agency, by name or id) keeps those tasks for every row.
 */
export function searchMatrix(m: CoverageMatrix, grid: readonly GridRow[], query: string): MatrixSearch {
  const q = fold(query);
  if (q.length === 0) return { query, by: 'addressees', matrix: m, grid };
  const provinceNames = new Map(m.provinces.map((p) => [p.slug, p.name]));
  const matches = (r: GridRow): boolean =>
    fold([r.name, r.province === undefined ? '' : (provinceNames.get(r.province) ?? r.province), r.addressee?.agency ?? '', ...r.documents].join(' ')).includes(q);
  const rows: GridRow[] = [];
  let top: GridRow | undefined;
  let topMatches = false;
  for (const r of grid) {
    if (r.kind === 'addressee') {
      top = r;
      topMatches = matches(r);
      if (topMatches) rows.push(r);
      continue;
    }
    const under = topMatches && top?.province !== undefined && r.province === top.province;
    if (under || matches(r)) rows.push(r);
  }
  if (rows.length > 0) return { query, by: 'addressees', matrix: m, grid: rows };
  const kept = m.rows.flatMap((row, i) => (taskKey(row).includes(q) ? [i] : []));
  if (kept.length === 0) return { query, by: 'none', matrix: m, grid: [] };
  const pick = <T>(list: readonly T[]): T[] => kept.flatMap((i) => (i < list.length ? [list[i] as T] : []));
  return {
    query,
    by: 'tasks',
    matrix: { ...m, rows: pick(m.rows), cells: m.cells.map(pick) },
    grid: grid.map((r) => ({ ...r, cells: pick(r.cells) })),
  };
}

function taskKey(row: MatrixRow): string {
  return fold([row.id, row.gist, ...row.lead, ...row.leadIds, ...(row.coordinators ?? []), ...(row.coordinatorIds ?? [])].join(' '));
}

/** Accent-, case- and space-blind: "Hà Nội", "ha  noi" and "HÀ NỘI" (either tone placement) fold alike. */
function fold(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();
}
