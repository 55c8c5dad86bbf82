import type { Coverage, MatrixCell, MatrixRow } from './types.js';

/**
 * Coverage of one document: covered counts 1, partly 0.5, missing 0, over the cells of the tasks
 * that must be cascaded (`must` rows) that are covered, partly covered or missing. Mirrored,
 * not-applicable, unknown and blank cells do not count: mirroring is optional, a declared
 * exemption is not a gap, and what could not be judged is neither a pass nor a gap. Cells of
 * mirror rows count only as mirrored.
 */
export function columnCoverage(cells: readonly MatrixCell[], rows: readonly MatrixRow[]): Coverage {
  let covered = 0;
  let partly = 0;
  let missing = 0;
  let mirrored = 0;
  let notApplicable = 0;
  let unknown = 0;
  cells.forEach((c, i) => {
    if (c.status === 'mirrored') mirrored += 1;
    if (rows[i]?.kind !== 'must') return;
    if (c.status === 'covered') covered += 1;
    else if (c.status === 'partly') partly += 1;
    else if (c.status === 'missing') missing += 1;
    else if (c.status === 'not-applicable') notApplicable += 1;
    else if (c.status === 'unknown') unknown += 1;
  });
  return finish({ covered, partly, missing, mirrored, notApplicable, unknown });
}

/** Sum of several coverages (the same formula over the union of their cells). */
export function sumCoverage(parts: Iterable<Coverage>): Coverage {
  const t = { covered: 0, partly: 0, missing: 0, mirrored: 0, notApplicable: 0, unknown: 0 };
  for (const p of parts) {
    t.covered += p.covered;
    t.partly += p.partly;
    t.missing += p.missing;
    t.mirrored += p.mirrored;
    t.notApplicable += p.notApplicable;
    t.unknown += p.unknown;
  }
  return finish(t);
}

function finish(c: Omit<Coverage, 'counted' | 'percent'>): Coverage {
  const counted = c.covered + c.partly + c.missing;
  return { ...c, counted, percent: counted === 0 ? undefined : ((c.covered + 0.5 * c.partly) / counted) * 100 };
}

/** `87.5`-style text; `—` when nothing counts. Rounded down to one decimal, so 99.96 never shows 100. */
export function formatPercent(percent: number | undefined): string {
  if (percent === undefined) return '—';
  const floored = Math.floor(percent * 10) / 10;
  return Number.isInteger(floored) ? String(floored) : floored.toFixed(1);
}
