import { describe, expect, it } from 'vitest';
import { handMatrix } from '../../test/matrix/fixture.js';
import { formatMatrixTerminal } from './matrix-terminal.js';

const TABLE_LINE = /[│┼┆]/;

function tableLines(text: string): string[] {
  return text.split('\n').filter((l) => TABLE_LINE.test(l));
}

/** The cells of the table row whose label starts with `label`. */
function rowCells(text: string, label: string): string[] | undefined {
  const line = tableLines(text).find((l) => l.startsWith(label));
  return line?.split('│')[1]?.trim().split(/\s{2,}/);
}

describe('formatMatrixTerminal', () => {
  it('fits every table line in the width, cutting the tasks into pages', () => {
    for (const width of [120, 60]) {
      const text = formatMatrixTerminal(handMatrix(34, 3), { lang: 'vi', width });
      const widest = Math.max(...tableLines(text).map((l) => [...l].length));
      expect(widest).toBeLessThanOrEqual(width);
    }
    const narrow = formatMatrixTerminal(handMatrix(2, 1), { lang: 'en', width: 50 });
    // Three tasks do not fit beside the labels in 50 columns: the header comes twice.
    expect(tableLines(narrow).filter((l) => l.startsWith('Addressee · document')).length).toBeGreaterThan(1);
  });

  it('puts one addressee per row, the tasks across, the deadline beside a missing cell', () => {
    const text = formatMatrixTerminal(handMatrix(2, 1), { lang: 'en' });
    expect(tableLines(text)[0]).toMatch(/^Addressee · document\s+│ 2\.a\s+2\.b\/2026\s+5\.b\*$/);
    expect(rowCells(text, 'Số 0 · 100/UBND')).toEqual(['✓ 1', '✗ 2026-12-31', '↗ 4']);
    expect(rowCells(text, 'Số 1 · 104/UBND')).toEqual(['✓ 1', '✓ 2.1', '↗ 4']);
  });

  it('prints an addressee without a document as a row of ✗ "chưa có văn bản", with the deadlines', () => {
    const text = formatMatrixTerminal(handMatrix(2, 1), { lang: 'vi' });
    expect(rowCells(text, 'Im Lặng · chưa có văn bản')).toEqual(['✗', '✗ 31/12/2026', '·']);
    expect(text).toContain('Cơ quan được giao chưa có văn bản: 1');
  });

  it('puts the documents of lower levels under their province, summed per province when a level has many', () => {
    const few = formatMatrixTerminal(handMatrix(2, 1), { lang: 'en' });
    expect(rowCells(few, '└ sgddt · 101/UBND')).toEqual(['✓ 1', '✓ 2', '·']);
    expect(rowCells(few, '└ xa-0 · 103/UBND')).toEqual(['✓ 1', '◐ 2026-12-31', '·']);
    const many = formatMatrixTerminal(handMatrix(34, 3), { lang: 'en' });
    // One commune in three is partly covered in every province.
    const communes = tableLines(many).filter((l) => l.startsWith('└ Communes (3)'));
    expect(communes).toHaveLength(34);
    expect(rowCells(many, '└ Communes (3)')).toEqual(['✓', '1◐ 2026-12-31', '·']);
  });

  it('keeps only the missing cells and the partly covered ones with an error when asked', () => {
    const text = formatMatrixTerminal(handMatrix(3, 1), { lang: 'en', missingOnly: true });
    const labels = tableLines(text).slice(2).map((l) => l.split('│')[0]?.trim());
    expect(labels).toEqual(['Số 0 · 100/UBND', '└ xa-0 · 103/UBND', '└ xa-0 · 107/UBND', '└ xa-0 · 111/UBND', 'Im Lặng · no document yet']);
    expect(rowCells(text, 'Số 0 · 100/UBND')).toEqual(['·', '✗ 2026-12-31', '·']);
  });

  it('marks the ministry tasks and prints the legend, the formula and the list of gaps', () => {
    const text = formatMatrixTerminal(handMatrix(3, 1), { lang: 'vi' });
    expect(tableLines(text)[0]).toContain('5.b*');
    expect(text).toContain('✗ thiếu');
    expect(text).toContain('Ngày cạnh ô ✗ hoặc ◐ là thời hạn của nhiệm vụ cấp trên.');
    expect(text).toContain('Bao phủ = (số ô đã triển khai + 0,5 × số ô triển khai một phần)');
    expect(text).toMatch(/Các ô chưa đạt \(4\):\n {2}✗ 100\/UBND · Ủy ban nhân dân tỉnh Số 0 · 2\.b\/2026 \[hạn: Năm 2026\] — Thiếu 2\.b\/2026/);
  });

  it('colours the marks only when asked', () => {
    expect(formatMatrixTerminal(handMatrix(1, 1), { lang: 'vi' })).not.toContain('\u001b[');
    expect(formatMatrixTerminal(handMatrix(1, 1), { lang: 'vi', color: true })).toContain('\u001b[');
  });
});
