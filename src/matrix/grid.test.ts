import { beforeAll, describe, expect, it } from 'vitest';
import { matrixOf } from '../../test/matrix/fixture.js';
import { matrixGrid, type GridRow } from './grid.js';
import type { CoverageMatrix } from './types.js';

describe('matrixGrid on the bundled directives', () => {
  let m: CoverageMatrix;
  let grid: GridRow[];
  beforeAll(async () => {
    m = await matrixOf(['directives/']);
    grid = matrixGrid(m);
  });
  const row = (name: string) => grid.find((r) => r.name === name);
  const cell = (r: GridRow | undefined, task: string) => r?.cells[m.rows.findIndex((x) => x.id === task)];

  it('has one row per province the directive addresses, and the ministries are left out while no ministry letter is in the folder', () => {
    const addressees = grid.filter((r) => r.kind === 'addressee');
    expect(addressees).toHaveLength(34);
    expect(new Set(addressees.map((r) => r.level))).toEqual(new Set(['province']));
    expect(addressees.filter((r) => r.noDocument)).toHaveLength(31);
  });

  it('makes a province without a letter a row of ✗ on the tasks it owes, each with the task’s deadline', () => {
    const hanoi = row('Ủy ban nhân dân thành phố Hà Nội');
    expect(hanoi?.documents).toEqual([]);
    expect(cell(hanoi, '2.a')).toMatchObject({ status: 'missing' });
    expect(cell(hanoi, '2.a')?.due).toBeUndefined();
    expect(cell(hanoi, '2.b/2026')).toMatchObject({ status: 'missing', due: '2026-12-31' });
    expect(cell(hanoi, '5.b')).toMatchObject({ status: 'none' });
  });

  it('reads a province’s own letter in its row, and puts the documents of its departments under it', () => {
    expect(cell(row('Ủy ban nhân dân tỉnh Gia Lai'), '2.b/2026')).toMatchObject({ status: 'covered', tasks: ['2.1'] });
    const hcm = grid.findIndex((r) => r.name === 'Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(grid[hcm]).toMatchObject({ knownOnly: true, documents: ['3978/UBND-VX'] });
    expect(cell(grid[hcm], '2.a')?.status).toBe('unknown');
    expect(grid[hcm + 1]).toMatchObject({ kind: 'document', name: 'Sở Giáo dục và Đào tạo', level: 'department' });
    expect(cell(grid[hcm + 1], '2.b/2026')).toMatchObject({ status: 'partly', due: '2026-12-31' });
  });

  it('keeps, with missingOnly, the rows with a ✗ or an ◐ carrying an error, and blanks their other cells', () => {
    const only = matrixGrid(m, { missingOnly: true });
    expect(only.map((r) => r.name)).toEqual(grid.filter((r) => r.noDocument).map((r) => r.name));
    expect(only.every((r) => r.cells.every((c) => c.status === 'missing' || c.status === 'none'))).toBe(true);
  });
});
