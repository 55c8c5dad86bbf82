import { describe, expect, it } from 'vitest';
import { handMatrix } from '../../test/matrix/fixture.js';
import { formatMatrixTerminal } from './matrix-terminal.js';

const TABLE_LINE = /[│┼┆]/;

function tableLines(text: string): string[] {
  return text.split('\n').filter((l) => TABLE_LINE.test(l));
}

describe('formatMatrixTerminal', () => {
  it('fits every table line in 120 columns with 34 provinces', () => {
    const text = formatMatrixTerminal(handMatrix(34, 3), { lang: 'vi' });
    const widest = Math.max(...tableLines(text).map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(120);
    expect(widest).toBeGreaterThan(90);
  });

  it('shows few documents one per column, with their task ids', () => {
    const text = formatMatrixTerminal(handMatrix(2, 1), { lang: 'en' });
    const row = tableLines(text).find((l) => l.startsWith('2.b/2026'));
    expect(row).toMatch(/^2\.b\/2026\s+│ ✗\s+✓ 2\.1/);
  });

  it('groups a level of many documents by province, counting the missing ones', () => {
    const text = formatMatrixTerminal(handMatrix(34, 3), { lang: 'en' });
    expect(text).toContain('grouped by province');
    const communeTable = text.slice(text.indexOf('Communes —'));
    const row = tableLines(communeTable).find((l) => l.startsWith('2.b/2026'));
    // One commune in three is partly covered in every province.
    expect(row?.split('│')[1]?.trim().split(/\s+/).slice(0, 3)).toEqual(['1◐', '1◐', '1◐']);
  });

  it('marks the ministry rows and prints the legend, the formula and the list of gaps', () => {
    const text = formatMatrixTerminal(handMatrix(3, 1), { lang: 'vi' });
    expect(tableLines(text).some((l) => l.startsWith('5.b*'))).toBe(true);
    expect(text).toContain('✗ thiếu');
    expect(text).toContain('Bao phủ = (số ô đã triển khai + 0,5 × số ô triển khai một phần)');
    expect(text).toMatch(/Các ô chưa đạt \(4\):\n {2}✗ 100\/UBND · Ủy ban nhân dân tỉnh Số 0 · 2\.b\/2026 — Thiếu 2\.b\/2026/);
  });

  it('colours the marks only when asked', () => {
    expect(formatMatrixTerminal(handMatrix(1, 1), { lang: 'vi' })).not.toContain('\u001b[');
    expect(formatMatrixTerminal(handMatrix(1, 1), { lang: 'vi', color: true })).toContain('\u001b[');
  });
});
