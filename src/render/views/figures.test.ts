import { describe, expect, it } from 'vitest';
import { figureRows, percentOf } from './figures.js';

describe('figureRows', () => {
  it('computes the rate with a decimal comma and totals the columns', () => {
    const rows = figureRows([
      { unit: 'Phường A', staff: 200, enrolled: 190, completed: 171 },
      { unit: 'Xã B', staff: 1000, enrolled: 900, completed: 800 },
    ]);
    expect(rows.map((r) => r.percent)).toEqual(['85,5', '80,0', '80,9']);
    expect(rows.at(-1)).toMatchObject({ unit: '**Tổng cộng**', staff: '1.200', completed: '971' });
  });

  it('leaves a figure blank when it is not given, and the total of that column too', () => {
    const rows = figureRows([{ unit: 'Phường A', staff: 10 }, { unit: 'Xã B' }], 2);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ staff: '10', completed: '', percent: '' });
    expect(rows[2]).toMatchObject({ stt: '3', unit: '' });
    expect(rows.at(-1)).toMatchObject({ staff: '', percent: '' });
  });

  it('has no rate without staff', () => {
    expect(percentOf(5, 0)).toBe('');
  });
});
