import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFiguresFile } from '../../src/figures/read.js';
import { validateFigures } from '../../src/figures/validate.js';
import { countVi, percentVi } from '../../src/figures/words.js';
import type { Cascade } from '../../src/load/cascade.js';
import { bundled } from '../docx/seeds.js';
import { giaLai } from '../figures/context.js';

let cascade: Cascade;
const dir = mkdtempSync(join(tmpdir(), 'cascade-figures-plausible-'));
beforeAll(async () => ({ cascade } = await bundled()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Đơn vị,Tổng số,Đã đăng ký,Đã hoàn thành,Ngày số liệu\n';
const ALL = [
  'Xã Ia Grai,120,100,80',
  'Phường Quy Nhơn,1200,900,600',
  'Phường Quy Nhơn Bắc,300,200,100',
  'Phường Quy Nhơn Tây,300,200,100',
  'Phường Quy Nhơn Nam,300,200,100',
  'Phường Quy Nhơn Đông,300,200,100',
];

async function problems(rows: readonly string[], date = '30/6/2026', today = '2026-07-15', raw?: Buffer): Promise<string[]> {
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, raw ?? HEADER + rows.map((r) => (r === '' ? '' : `${r},${date}`)).join('\n'));
  const read = await readFiguresFile(path, 'so-lieu.csv');
  if (!read.ok) return [`${read.problem.rule} row ${read.problem.row ?? '-'}: ${read.problem.message.en}`];
  return validateFigures(read.table, giaLai(cascade, { today })).problems.map((p) => `${p.severity} ${p.rule} row ${p.row ?? '-'}: ${p.message.en}`);
}

describe('figures that read as numbers but are not plausible', () => {
  it('a 20-digit staff count', async () => {
    expect(await problems([`Xã Ia Grai,${'1'.repeat(20)},100,80`, ...ALL.slice(1)])).toContain(
      'error figures-number-implausible row 2: The number is too large to be a count of people (20 digits): check this cell',
    );
  });

  it('a number that would print as ∞ (hundreds of digits)', async () => {
    expect(await problems([`Xã Ia Grai,${'9'.repeat(400)},100,80`, ...ALL.slice(1)])).toContain(
      'error figures-number-implausible row 2: The number is too large to be a count of people (over 21 digits): check this cell',
    );
  });

  it('a staff over the ceiling, which its environment variable raises', async () => {
    expect(await problems([`Xã Ia Grai,250000,100,80`, ...ALL.slice(1)])).toContain(
      'error figures-number-implausible row 2: A staff of 250000 is over the ceiling of 200000 for one unit (raise it with the environment variable CASCADE_MAX_STAFF=<n>)',
    );
  });

  it('dates outside the reporting period: 2099 and 2020 are errors, a few months out a warning', async () => {
    expect(await problems(ALL, '30/6/2099')).toContain('error figures-date-outside-period row -: The date of the figures 2099-06-30 is in the future (today is 2026-07-15), far');
    expect(await problems(ALL, '30/6/2020')).toContain('error figures-date-outside-period row -: The date of the figures 2020-06-30 is before the reporting period (from 2025-01-01), far');
    expect(await problems(ALL, '30/9/2026')).toContain('warning figures-date-outside-period row -: The date of the figures 2026-09-30 is in the future (today is 2026-07-15)');
    expect((await problems(ALL)).filter((p) => p.includes('outside-period'))).toEqual([]);
  });

  it('a unit with 0 staff is listed apart, as a warning', async () => {
    expect(await problems(['Xã Ia Grai,0,0,0', ...ALL.slice(1)])).toContain('warning figures-no-staff row 2: Xã Ia Grai reports 0 staff: no reminder sent, listed apart');
  });

  it('rows are numbered as the spreadsheet numbers them, blank lines counted', async () => {
    const found = await problems(['Xã Ia Grai,120,100,80', '', '', 'Phường Quy Nhơn,100,200,50', ...ALL.slice(2)]);
    expect(found).toContain('error figures-enrolled-over-staff row 5: Enrolled (200) is more than the staff (100)');
  });

  it('a Windows-1258 CSV names its encoding once, at the row of its first such byte (the header)', async () => {
    const bytes = readFileSync('test/fixtures/hostile/not-ok-figures-cp1258.csv');
    expect(await problems([], undefined, undefined, bytes)).toEqual([
      "figures-encoding row 1: The text is not UTF-8: it seems to be in the Windows-1258 encoding; convert with: iconv -f CP1258 -t UTF-8 'so-lieu.csv' | uconv -x any-nfc > 'so-lieu.csv.utf8' (or Unikey's converter), then run again",
    ]);
  });

  it('numbers that cannot be printed in a letter are refused, not printed as ∞', () => {
    expect(() => countVi(Number.POSITIVE_INFINITY)).toThrow('the number Infinity cannot be printed in a letter (infinite, not a number, or in scientific notation)');
    expect(() => percentVi(Number.NaN)).toThrow('the number NaN cannot be printed');
    expect(() => countVi(1e21)).toThrow('the number 1e+21 cannot be printed');
    expect(countVi(1234567)).toBe('1.234.567');
  });
});

describe('figures from a device', () => {
  it('/dev/zero is not read', async () => {
    const r = await readFiguresFile('/dev/zero.csv'.replace('.csv', ''), 'zero.csv');
    expect(r.ok ? 'read' : r.problem.message.en).toBe('A figures file must be .csv or .xlsx: `zero.csv`');
  });
});
