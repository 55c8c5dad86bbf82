import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFiguresFile } from '../../src/figures/read.js';
import type { RawTable } from '../../src/figures/types.js';
import { validateFigures } from '../../src/figures/validate.js';
import type { Cascade } from '../../src/load/cascade.js';
import { bundled } from '../docx/seeds.js';
import { EXPECTED, giaLai } from './context.js';

const FIXTURES = 'test/fixtures/figures';
let cascade: Cascade;
let tmp: string;

beforeAll(async () => {
  ({ cascade } = await bundled());
  tmp = await mkdtemp(join(tmpdir(), 'figures-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function table(path: string): Promise<RawTable> {
  const read = await readFiguresFile(path);
  if (!read.ok) throw new Error(read.problem.message.en);
  return read.table;
}

describe('validateFigures', () => {
  it('accepts Vietnamese headers, names as units write them and grouped thousands', async () => {
    const data = validateFigures(await table(join(FIXTURES, 'ok-figures.csv')), giaLai(cascade));
    expect(data.problems).toEqual([]);
    expect(data.date).toBe('2026-06-30');
    expect(data.records.map((r) => r.unit)).toEqual([...EXPECTED]);
    expect(data.records[1]).toMatchObject({ row: 3, staff: 1200, enrolled: 900, completed: 600 });
  });

  it('reports every problem of a bad file at once, each with its row', async () => {
    const data = validateFigures(await table(join(FIXTURES, 'not-ok-figures.csv')), giaLai(cascade));
    const found = data.problems.map((p) => [p.rule, p.row]);
    expect(found).toEqual([
      ['figures-number-text', 3],
      ['figures-unit-other-province', 4],
      ['figures-unit-unknown', 5],
      ['figures-completed-over-staff', 6],
      ['figures-enrolled-over-staff', 7],
      ['figures-number-negative', 8],
      ['figures-duplicate-unit', 9],
      ['figures-unit-missing', undefined],
    ]);
    expect(data.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(data.problems[1]?.message.en).toMatch(/Xã Ea H'Leo” is Ủy ban nhân dân xã Ea H'Leo \(dak-lak\), not of gia-lai/);
    expect(data.problems[6]?.message.vi).toBe('Ủy ban nhân dân xã Ia Grai đã có số liệu ở dòng 2');
    expect(data.problems[7]?.message.en).toBe('Ủy ban nhân dân phường Quy Nhơn Đông sent no figures');
    expect(data.records.map((r) => r.row)).toEqual([2]);
  });

  it('names a missing column, and the date when no --date is given', async () => {
    const data = validateFigures(await table(join(FIXTURES, 'not-ok-missing-column.csv')), giaLai(cascade, { expected: ['gia-lai.xa-ia-grai'] }));
    expect(data.problems.filter((p) => p.rule === 'figures-missing-column').map((p) => [p.column, p.row])).toEqual([
      ['Đã đăng ký', 1],
      ['Ngày số liệu', 1],
    ]);
    expect(data.problems.find((p) => p.column === 'Đã đăng ký')?.message.en).toBe('Missing column `enrolled` / `Đã đăng ký`');
  });

  it('takes --date when the file has no date column', async () => {
    const data = validateFigures(await table(join(FIXTURES, 'ok-previous.csv')), giaLai(cascade, { date: '2026-01-05' }));
    expect(data.date).toBe('2026-01-05');
    expect(data.problems).toEqual([]);
  });

  it('reads the same figures from an XLSX file, with its own row numbers', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Số liệu');
    sheet.addRow(['Đơn vị', 'Tổng số', 'Đã đăng ký', 'Đã hoàn thành', 'Ngày số liệu']);
    sheet.addRow(['Xã Ia Grai', 120, 100, 80, new Date(Date.UTC(2026, 5, 30))]);
    sheet.addRow(['Phường Quy Nhơn', 200, 150, 'nhiều', '30/6/2026']);
    const path = join(tmp, 'figures.xlsx');
    await book.xlsx.writeFile(path);
    const data = validateFigures(await table(path), giaLai(cascade, { expected: ['gia-lai.xa-ia-grai', 'gia-lai.phuong-quy-nhon'] }));
    expect(data.records).toMatchObject([{ unit: 'gia-lai.xa-ia-grai', row: 2, completed: 80 }]);
    expect(data.problems.map((p) => [p.rule, p.row, p.message.en])).toEqual([
      ['figures-number-text', 3, 'The “completed” column needs a number, found “nhiều”'],
    ]);
    expect(data.date).toBe('2026-06-30');
  });

  it('refuses a 100,000-row file with a clear message, reading no further than the limit', async () => {
    const lines = ['unit,staff,enrolled,completed,date'];
    for (let i = 0; i < 100_000; i++) lines.push(`Xã Ia Grai,${i},0,0,30/6/2026`);
    const path = join(tmp, 'huge.csv');
    await writeFile(path, lines.join('\n'));
    const read = await readFiguresFile(path, 'huge.csv');
    expect(read).toMatchObject({ ok: false, problem: { rule: 'figures-too-many-rows' } });
    if (!read.ok) expect(read.problem.message.en).toMatch(/^The figures file has more than 20,000 rows: .* Nothing was written\.$/);
  });

  it('refuses a file that is neither CSV nor XLSX', async () => {
    expect(await readFiguresFile('figures.ods')).toMatchObject({ ok: false, problem: { rule: 'figures-format' } });
  });
});
