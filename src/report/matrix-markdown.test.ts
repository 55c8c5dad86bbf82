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
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) {
      const widths = t.split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('escapes a pipe in a task’s text so it cannot break the table', () => {
    const text = formatMatrixMarkdown(handMatrix(1, 1), { lang: 'vi' });
    expect(text).toContain('Tuyên truyền \\| nâng cao nhận thức');
  });

  it('groups a level of many documents by province and lists every gap with its reason and rule', () => {
    const text = formatMatrixMarkdown(handMatrix(20, 2), { lang: 'en' });
    expect(text).toContain('grouped by province');
    expect(text).toContain('| **2.b/2026** | 1◐ | 1◐ |');
    expect(text).toMatch(/## Cells not met \(27\)/);
    expect(text).toContain('- ✗ **2.b/2026** — 100/UBND · Ủy ban nhân dân tỉnh Số 0 (`documents/tinh-0-letter.yaml`) — Missing 2.b/2026 `central-task-missing`');
  });
});
