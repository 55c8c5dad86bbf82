import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/figures/aggregate.js';
import { DEFAULT_TARGET, expectedPercent } from '../../src/figures/target.js';
import type { FigureRecord } from '../../src/figures/types.js';
import type { Agency } from '../../src/model/agency.js';

const agency = (id: string, level: Agency['level']): Agency => ({ id, name: id.toUpperCase(), variants: [], level, province: 'p' });
const agencies = new Map([agency('p.a', 'commune'), agency('p.b', 'commune'), agency('p.s', 'department')].map((a) => [a.id, a] as const));
const rec = (unit: string, staff: number, enrolled: number, completed: number): FigureRecord => ({ row: 2, unit, written: unit, staff, enrolled, completed });
const groupOf = (a: Agency) => (a.level === 'commune' ? { id: 'p.ubnd-xa', name: 'Communes' } : { id: 'p.cac-so', name: 'Departments' });

describe('expectedPercent', () => {
  it('goes evenly from 0% on the directive’s date to 100% at the end of 2026', () => {
    expect(expectedPercent(DEFAULT_TARGET, '2026-04-22')).toBe(0);
    expect(expectedPercent(DEFAULT_TARGET, '2026-06-30')).toBe(27.3);
    expect(expectedPercent(DEFAULT_TARGET, '2026-12-31')).toBe(100);
    expect(expectedPercent(DEFAULT_TARGET, '2027-03-01')).toBe(100);
  });
});

describe('aggregate', () => {
  const summary = aggregate({
    records: [rec('p.a', 200, 150, 100), rec('p.b', 100, 30, 20), rec('p.s', 50, 50, 50)],
    date: '2026-06-30',
    previous: { records: [rec('p.a', 200, 100, 40), rec('p.b', 100, 10, 10), rec('p.s', 50, 40, 25)], date: '2025-12-31' },
    agencies,
    groupOf,
    target: DEFAULT_TARGET,
    total: { id: 'p.ubnd', name: 'Province' },
  });

  it('rates each unit and compares it with the pace and its previous figures', () => {
    expect(summary.expected).toBe(27.3);
    expect(summary.units.map((u) => [u.id, u.percent, u.change, u.behind])).toEqual([
      ['p.a', 50, 30, false],
      ['p.b', 20, 10, true],
      ['p.s', 100, 50, false],
    ]);
  });

  it('sums per group and for the province', () => {
    expect(summary.groups.map((g) => [g.id, g.staff, g.enrolled, g.completed, g.percent, g.units, g.behind, g.change])).toEqual([
      ['p.ubnd-xa', 300, 180, 120, 40, 2, 1, 23.3],
      ['p.cac-so', 50, 50, 50, 100, 1, 0, 50],
    ]);
    expect(summary.total).toMatchObject({ staff: 350, enrolled: 230, completed: 170, percent: 48.6, units: 3, behind: 1, change: 27.2 });
  });

  it('holds every unit to --min when given', () => {
    const strict = aggregate({ records: [rec('p.a', 200, 150, 100)], date: '2026-06-30', agencies, groupOf, target: DEFAULT_TARGET, total: { id: 'x', name: 'x' }, minimum: 60 });
    expect(strict.units[0]?.behind).toBe(true);
    expect(strict.total.previous).toBeUndefined();
  });
});
