import type { Coverage, MatrixCell, MatrixRow } from './types.js';

/**
 * Coverage of a set of cells: covered counts 1, partly 0.5, missing 0, over the cells that are
 * covered, partly covered or missing. Mirrored, not-applicable and blank cells do not count:
 * mirroring is optional, and a declared exemption is not a gap.
 */
export function coverageOf(cells: Iterable<MatrixCell>): Coverage {
  let covered = 0;
  let partly = 0;
  let missing = 0;
  let mirrored = 0;
  let notApplicable = 0;
  for (const c of cells) {
    if (c.status === 'covered') covered += 1;
    else if (c.status === 'partly') partly += 1;
    else if (c.status === 'missing') missing += 1;
    else if (c.status === 'mirrored') mirrored += 1;
    else if (c.status === 'not-applicable') notApplicable += 1;
  }
  const counted = covered + partly + missing;
  const percent = counted === 0 ? undefined : ((covered + 0.5 * partly) / counted) * 100;
  return { covered, partly, missing, mirrored, notApplicable, counted, percent };
}

/** Sum of several coverages (the same formula over the union of their cells). */
export function sumCoverage(parts: Iterable<Coverage>): Coverage {
  let covered = 0;
  let partly = 0;
  let missing = 0;
  let mirrored = 0;
  let notApplicable = 0;
  for (const p of parts) {
    covered += p.covered;
    partly += p.partly;
    missing += p.missing;
    mirrored += p.mirrored;
    notApplicable += p.notApplicable;
  }
  const counted = covered + partly + missing;
  const percent = counted === 0 ? undefined : ((covered + 0.5 * partly) / counted) * 100;
  return { covered, partly, missing, mirrored, notApplicable, counted, percent };
}

/** Cells of one column that count toward coverage: mirror rows never do (mirroring is optional). */
export function countedCells(cells: readonly MatrixCell[], rows: readonly MatrixRow[]): MatrixCell[] {
  return cells.filter((_, i) => rows[i]?.kind === 'must' || cells[i]?.status === 'missing');
}

/** `87.5 %`-style text; `—` when nothing counts. Rounded down to one decimal, so 99.96 never shows 100. */
export function formatPercent(percent: number | undefined): string {
  if (percent === undefined) return '—';
  const floored = Math.floor(percent * 10) / 10;
  return Number.isInteger(floored) ? String(floored) : floored.toFixed(1);
}
