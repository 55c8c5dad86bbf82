import { describe, expect, it } from 'vitest';
import { handMatrix } from '../../test/matrix/fixture.js';
import { formatMatrixMarkdown } from './matrix-markdown.js';

describe('formatMatrixMarkdown', () => {
  it('starts with a summary table: one line per level and the overall coverage', () => {
    const text = formatMatrixMarkdown(handMatrix(3, 1), { lang: 'en' });
    expect(text).toContain('| Provinces | 3 | 5 | 0 | 1 | 3 | 0 | 83.3 % |');
    expect(text).toContain('| **Overall** | 12 | 20 | 3 | 1 | 3 | 0 | **89.5 %** |');
  });

  it('puts every row of a table in the same number of cells', () => {
    const text = formatMatrixMarkdown(handMatrix(3, 1), { lang: 'vi' });
    const tables = text.split('\n\n').filter((b) => b.startsWith('| '));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const t of tables) {
      const widths = t.split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('escapes a pipe in a task’s text so it cannot break the table', () => {
    const text = formatMatrixMarkdown(handMatrix(1, 1), { lang: 'vi' });
    expect(text).toContain('Tuyên truyền \\| nâng cao nhận thức');
  });

  it('puts one addressee per row, the tasks across, and an addressee without a document as a row of ✗', () => {
    const text = formatMatrixMarkdown(handMatrix(2, 1), { lang: 'vi' });
    expect(text).toContain('| Cơ quan được giao · văn bản | **2.a** | **2.b/2026** | 5.b ↗ |');
    expect(text).toContain('| **Số 0 · 100/UBND** | ✓ 1 | ✗ 31/12/2026 | ↗ 4 |');
    expect(text).toContain('| **Im Lặng · chưa có văn bản** | ✗ | ✗ 31/12/2026 | · |');
    expect(text).toContain('| └ xa-0 · 103/UBND | ✓ 1 | ◐ 31/12/2026 | · |');
  });

  it('keeps only the missing cells and the partly covered ones with an error when asked', () => {
    const text = formatMatrixMarkdown(handMatrix(2, 1), { lang: 'en', missingOnly: true });
    const table = text.slice(text.indexOf('## By addressee'), text.indexOf('## Addressees without'));
    expect(table.split('\n').filter((l) => l.startsWith('| ')).slice(1)).toEqual([
      '| **Số 0 · 100/UBND** | · | ✗ 2026-12-31 | · |',
      '| └ xa-0 · 103/UBND | · | ◐ 2026-12-31 | · |',
      '| └ xa-0 · 107/UBND | · | ◐ 2026-12-31 | · |',
      '| **Im Lặng · no document yet** | ✗ | ✗ 2026-12-31 | · |',
    ]);
  });

  it('sums a level of many documents per province and lists every gap with its reason and rule', () => {
    const text = formatMatrixMarkdown(handMatrix(20, 2), { lang: 'en' });
    expect(text.split('\n').filter((l) => l.startsWith('| └ Communes (2) | ✓ | 1◐ 2026-12-31 | · |'))).toHaveLength(20);
    expect(text).toMatch(/## Cells not met \(27\)/);
    expect(text).toContain('- ✗ **2.b/2026** (due: Năm 2026) — 100/UBND · Ủy ban nhân dân tỉnh Số 0 (`documents/tinh-0-letter.yaml`) — Missing 2.b/2026 `central-task-missing`');
  });
});
