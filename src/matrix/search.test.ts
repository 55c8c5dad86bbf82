import { describe, expect, it } from 'vitest';
import { handMatrix, matrixOf } from '../../test/matrix/fixture.js';
import { formatMatrixMarkdown } from '../report/matrix-markdown.js';
import { formatMatrixTerminal } from '../report/matrix-terminal.js';
import { matrixGrid } from './grid.js';
import { searchMatrix } from './search.js';

describe('searchMatrix', () => {
  const m = handMatrix(3, 2);
  const grid = matrixGrid(m);

  it('keeps the addressee a query names, with the lower documents of its province under it, and every task', () => {
    const s = searchMatrix(m, grid, 'tinh so 1');
    expect(s.by).toBe('addressees');
    expect(s.matrix.rows.map((r) => r.id)).toEqual(['2.a', '2.b/2026', '5.b']);
    expect(s.grid.map((r) => `${r.kind}:${r.name}`)).toEqual([
      'addressee:Ủy ban nhân dân tỉnh Số 1',
      'document:sgddt',
      'document:snv',
      'document:xa-0',
      'document:xa-1',
    ]);
  });

  it('ignores accents, letter case and tone placement (NFD input too)', () => {
    for (const q of ['Tỉnh Số 1', 'TỈNH SỐ 1', 'tinh so 1', 'Tỉnh Số 1'.normalize('NFD')]) {
      expect(searchMatrix(m, grid, q).grid[0]?.name).toBe('Ủy ban nhân dân tỉnh Số 1');
    }
    expect(searchMatrix(m, grid, 'im lang').grid.map((r) => r.name)).toEqual(['Ủy ban nhân dân tỉnh Im Lặng']);
  });

  it('finds a document by its number', () => {
    const label = m.columns[4]?.label ?? '';
    const s = searchMatrix(m, grid, label);
    expect(s.by).toBe('addressees');
    expect(s.grid.flatMap((r) => r.documents)).toContain(label);
  });

  it('matches tasks by a coordinating agency, narrowing the columns and every row’s cells alike', () => {
    const s = searchMatrix(m, grid, 'bộ nội vụ');
    expect(s.by).toBe('tasks');
    expect(s.matrix.rows.map((r) => r.id)).toEqual(['5.b']);
    expect(s.grid).toHaveLength(grid.length);
    expect(s.grid.every((r) => r.cells.length === 1)).toBe(true);
    const letter = s.grid.find((r) => r.kind === 'addressee' && r.name.endsWith('Số 0'));
    expect(letter?.cells[0]?.status).toBe('mirrored');
    expect(s.matrix.cells.every((col) => col.length === 1)).toBe(true);
  });

  it('matches tasks by lead, by id and by text', () => {
    expect(searchMatrix(m, grid, 'bo cong an').matrix.rows.map((r) => r.id)).toEqual(['5.b']);
    expect(searchMatrix(m, grid, '2.b/2026').matrix.rows.map((r) => r.id)).toEqual(['2.b/2026']);
    expect(searchMatrix(m, grid, 'nen tang').matrix.rows.map((r) => r.id)).toEqual(['2.b/2026', '5.b']);
  });

  it('says when nothing matches, and keeps everything for an empty query', () => {
    expect(searchMatrix(m, grid, 'không có gì như thế')).toMatchObject({ by: 'none', grid: [] });
    expect(searchMatrix(m, grid, '   ').grid).toHaveLength(grid.length);
  });
});

describe('the search in the terminal and Markdown forms', () => {
  it('narrows the table of the bundled directives to Hà Nội, a province without a letter', async () => {
    const m = await matrixOf(['directives/']);
    const text = formatMatrixTerminal(m, { lang: 'vi', search: 'ha noi' });
    expect(text).toContain('Tìm “ha noi”: 1 dòng khớp');
    const rows = text.split('\n').filter((l) => l.includes('│') && !l.startsWith('Cơ quan được giao'));
    expect(rows.map((l) => l.split('│')[0]?.trim())).toEqual(['Hà Nội · chưa có văn bản']);
    // The headline still speaks of the whole folder.
    expect(text).toContain('Cấp tỉnh: 3/34 tỉnh có văn bản');
  });

  it('keeps the tasks Bộ Nội vụ leads or coordinates in Markdown, and says so in English', async () => {
    const m = await matrixOf(['directives/']);
    const wanted = m.rows.filter((r) => [...r.leadIds, ...(r.coordinatorIds ?? [])].includes('bo-nv')).map((r) => r.id);
    expect(wanted.length).toBeGreaterThan(0);
    const text = formatMatrixMarkdown(m, { lang: 'en', search: 'Bộ Nội vụ' });
    expect(text).toContain(`Search “Bộ Nội vụ”: ${wanted.length} task`);
    const head = text.split('\n').find((l) => l.startsWith('| Addressee · document'));
    expect(head?.split('|').slice(2, -1).map((c) => c.trim().replace(/ ↗$/, '').replace(/\\/g, ''))).toEqual(wanted);
  });

  it('prints no table when nothing matches', () => {
    const text = formatMatrixTerminal(handMatrix(2, 1), { lang: 'en', search: 'zzz' });
    expect(text).toContain('Search “zzz”: no addressee, document or task matches.');
    expect(text.split('\n').some((l) => l.startsWith('Addressee · document'))).toBe(false);
  });
});
