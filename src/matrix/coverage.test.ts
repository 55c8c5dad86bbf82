import { describe, expect, it } from 'vitest';
import { columnCoverage, formatPercent, sumCoverage } from './coverage.js';
import type { CellStatus, MatrixCell, MatrixRow } from './types.js';

const row = (kind: MatrixRow['kind']): MatrixRow => ({ ref: 'x', id: 'x', gist: '', kind, lead: [], leadIds: [] });
const cell = (status: CellStatus): MatrixCell => ({ status, tasks: [], reasons: [] });

describe('columnCoverage', () => {
  it('counts covered as 1 and partly as 0.5 over covered, partly and missing cells', () => {
    const rows = [row('must'), row('must'), row('must'), row('must')];
    const c = columnCoverage([cell('covered'), cell('partly'), cell('missing'), cell('covered')], rows);
    expect(c).toMatchObject({ covered: 2, partly: 1, missing: 1, counted: 4, percent: 62.5 });
  });

  it('leaves not-applicable, unknown and blank cells out of the count', () => {
    const rows = [row('must'), row('must'), row('must'), row('must')];
    const c = columnCoverage([cell('covered'), cell('not-applicable'), cell('unknown'), cell('none')], rows);
    expect(c).toMatchObject({ counted: 1, notApplicable: 1, unknown: 1, percent: 100 });
  });

  it('counts the ministry rows as mirrored only, never toward coverage', () => {
    const c = columnCoverage([cell('missing'), cell('mirrored'), cell('covered')], [row('must'), row('mirror'), row('mirror')]);
    expect(c).toMatchObject({ counted: 1, mirrored: 1, covered: 0, percent: 0 });
  });

  it('has no percentage when nothing counts', () => {
    expect(columnCoverage([cell('none')], [row('must')]).percent).toBeUndefined();
  });
});

describe('sumCoverage', () => {
  it('applies the formula to the union of the cells, not the mean of the percentages', () => {
    const rows = [row('must'), row('must')];
    const a = columnCoverage([cell('covered'), cell('covered')], rows);
    const b = columnCoverage([cell('missing'), cell('none')], rows);
    expect(sumCoverage([a, b]).percent).toBeCloseTo(66.67, 2);
  });
});

describe('formatPercent', () => {
  it('rounds down to one decimal, so a gap never shows as 100', () => {
    expect(formatPercent(99.96)).toBe('99.9');
    expect(formatPercent(100)).toBe('100');
    expect(formatPercent(62.5)).toBe('62.5');
    expect(formatPercent(undefined)).toBe('—');
  });
});
