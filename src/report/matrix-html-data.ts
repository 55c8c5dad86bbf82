import { formatPercent } from '../matrix/coverage.js';
import { LEVELS } from '../matrix/aggregate.js';
import { matrixGrid } from '../matrix/grid.js';
import type { CellStatus, CoverageMatrix, MatrixColumn } from '../matrix/types.js';
import { dueText } from './matrix-grid-text.js';
import type { Lang } from './diagnostic.js';
import { levelName, STATUS_MARK } from './matrix-labels.js';

/** One-letter status codes of the embedded data (one character per row in a column's string). */
export const STATUS_CODE: Readonly<Record<CellStatus, string>> = {
  covered: 'C',
  partly: 'P',
  mirrored: 'M',
  'not-applicable': 'A',
  missing: 'X',
  unknown: 'U',
  none: '.',
};

/** The data the page's script reads: compact (3,500 columns stay under a megabyte or two). */
export interface HtmlData {
  readonly lang: Lang;
  readonly root: { readonly label: string; readonly subject: string };
  /** [id, gist, must (1) or mirror (0), lead names, coordinator names, deadline as written, deadline as a ✗ or ◐ cell shows it]. */
  readonly rows: readonly (readonly [string, string, number, string, string, string, string])[];
  /** Cells (`column × rows + row`) only partly covered but carrying an error: kept by "only what is missing". */
  readonly errs: readonly number[];
  /** [name, slug]. */
  readonly provinces: readonly (readonly [string, string])[];
  /** Level names, indexed by the column's level number. */
  readonly levels: readonly string[];
  /** Agency kinds for the filter: [label, how many documents]. */
  readonly agencies: readonly (readonly [string, number])[];
  /**
   * [label, issuer name, level index, province index or -1, agency index, statuses (one code per
   * row), local task ids per row joined by `|`, document id, file].
   */
  readonly cols: readonly (readonly [string, string, number, number, number, string, string, string, string])[];
  /** Reasons: [column, row, rule, message]. */
  readonly why: readonly (readonly [number, number, string, string])[];
  readonly marks: Readonly<Record<string, string>>;
  readonly overall: string;
  readonly byLevel: readonly (readonly [string, string, number])[];
  /**
   * One row per addressee: [name, province index or -1, level name, statuses (one code per task),
   * local task ids per task joined by `|`, the task's deadline on a ✗ or ◐ cell joined by `|`,
   * `1` per task where a ◐ carries an error, no document (1) or not, its documents' labels,
   * known only by citation (1) or not].
   */
  readonly who: readonly (readonly [string, number, string, string, string, string, string, number, string, number])[];
}

/** The matrix as the page's data. */
export function htmlData(m: CoverageMatrix, lang: Lang): HtmlData {
  const provIndex = new Map(m.provinces.map((p, i) => [p.slug, i]));
  const agencyKeys: string[] = [];
  const agencyLabels: string[] = [];
  const agencyCounts: number[] = [];
  const agencyOf = (c: MatrixColumn): number => {
    const key = c.level === 'commune' ? 'commune' : c.issuerKey ?? c.issuer ?? c.doc;
    let i = agencyKeys.indexOf(key);
    if (i < 0) {
      i = agencyKeys.push(key) - 1;
      agencyLabels.push(agencyLabel(c, lang));
      agencyCounts.push(0);
    }
    agencyCounts[i] = (agencyCounts[i] ?? 0) + 1;
    return i;
  };
  const levelIndex = (l: MatrixColumn['level']): number => LEVELS.indexOf(l);
  const why: [number, number, string, string][] = [];
  const cols = m.columns.map((c, ci) => {
    const cells = m.cells[ci] ?? [];
    cells.forEach((cell, r) => {
      if (cell.note !== undefined) why.push([ci, r, 'not-applicable', cell.note]);
      for (const reason of cell.reasons) why.push([ci, r, reason.rule, reason.message[lang]]);
    });
    return [
      c.label,
      c.issuerName,
      levelIndex(c.level),
      c.province === undefined ? -1 : (provIndex.get(c.province) ?? -1),
      agencyOf(c),
      cells.map((x) => STATUS_CODE[x.status]).join(''),
      cells.map((x) => x.tasks.join(', ')).join('|'),
      c.doc,
      c.file ?? '',
    ] as const;
  });
  return {
    lang,
    root: { label: m.root.label, subject: m.root.subject ?? '' },
    rows: m.rows.map((r) => [r.id, r.gist, r.kind === 'must' ? 1 : 0, r.lead.join(', '), (r.coordinators ?? []).join(', '), r.deadline ?? '', dueText(r.dueDate ?? r.deadline ?? '', lang)] as const),
    errs: m.cells.flatMap((col, ci) => col.flatMap((cell, r) => (cell.status === 'partly' && cell.reasons.some((x) => x.severity === 'error') ? [ci * m.rows.length + r] : []))),
    provinces: m.provinces.map((p) => [p.name, p.slug] as const),
    levels: LEVELS.map((l) => levelName(l, lang)),
    agencies: agencyLabels.map((l, i) => [l, agencyCounts[i] ?? 0] as const),
    cols,
    why,
    marks: Object.fromEntries(Object.entries(STATUS_CODE).map(([s, code]) => [code, STATUS_MARK[s as CellStatus]])),
    overall: formatPercent(m.overall.percent),
    byLevel: [...m.byLevel].map(([level, cov]) => [levelName(level, lang), formatPercent(cov.percent), m.columns.filter((c) => c.level === level).length] as const),
    who: matrixGrid(m)
      .filter((g) => g.kind === 'addressee')
      .map((g) => [
        g.name,
        g.province === undefined ? -1 : (provIndex.get(g.province) ?? -1),
        levelName(g.level, lang),
        g.cells.map((c) => STATUS_CODE[c.status]).join(''),
        g.cells.map((c) => c.tasks.join(', ')).join('|'),
        g.cells.map((c) => (c.due !== undefined ? dueText(c.due, lang) : '')).join('|'),
        g.cells.map((c) => (c.status === 'partly' && c.reasons.some((x) => x.severity === 'error') ? '1' : '0')).join(''),
        g.noDocument ? 1 : 0,
        g.documents.join(', '),
        g.knownOnly ? 1 : 0,
      ] as const),
  };
}

/** What the agency filter calls a kind of issuer: the department's name, "UBND tỉnh, thành phố", "UBND xã, phường". */
function agencyLabel(c: MatrixColumn, lang: Lang): string {
  if (c.level === 'commune') return lang === 'vi' ? 'UBND xã, phường, đặc khu' : 'Commune People’s Committees';
  if (c.issuerKey === 'ubnd') return lang === 'vi' ? 'UBND tỉnh, thành phố' : 'Provincial People’s Committees';
  return c.issuerName;
}
