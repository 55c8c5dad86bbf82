import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/helpers/run-cli.js';

const run = runCli;

const tmp = mkdtempSync(join(tmpdir(), 'cascade-matrix-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cascade matrix', () => {
  it('prints the terminal table of the bundled documents by default', async () => {
    const r = await run('matrix', 'directives/', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Coverage matrix — 14/CT-TTg · 3 documents');
    // One row per addressee, the directive's tasks across; a province without a letter is a row of ✗.
    expect(r.out).toMatch(/^Gia Lai · 5900\/UBND-NC\s+│ ✓ 1\s+✓ 2\.1\s+✓ 2\.2/m);
    expect(r.out).toMatch(/^Hà Nội · no document yet\s+│ ✗\s+✗ 2026-12-31\s+✗ 2027-12-31/m);
    // Hồ Chí Minh City's letter is known only by citation; its department's draft sits under it.
    expect(r.out).toMatch(/^Hồ Chí Minh · 3978\/UBND-VX\s+│ \?\s+\?/m);
    expect(r.out).toMatch(/^└ Sở Giáo dục và Đào tạo · hcm-sg…\s+│ ✓ 1\s+◐ 2026-12-31/m);
  });

  it('prints Markdown', async () => {
    const r = await run('matrix', 'directives/', '--format', 'markdown', '--as-of', '2027-01-05');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('# Ma trận bao phủ — 14/CT-TTg\n')).toBe(true);
    expect(r.out).toMatch(/^> Lập lúc \d{4}-\d{2}-\d{2} \d{2}:\d{2} · tính đến ngày 05\/01\/2027 · đầu vào: directives\/$/m);
    expect(r.out).toContain('- **Cấp tỉnh: 3/34 tỉnh có văn bản**');
    expect(r.out).toContain('## Cơ quan được giao chưa có văn bản (31)');
    expect(r.out).toContain('| Ủy ban nhân dân thành phố Hà Nội | ✗ chưa có văn bản | 2.a, 2.b/2026, 2.b/2027, 2.b/sau, 2.c | Năm 2026 (2.b/2026) |');
  });

  it('says on the terminal when, as of which day and from what it was made; who has no document; the deadline beside each gap', async () => {
    const r = await run('matrix', 'directives/', '--as-of', '2027-01-05');
    const lines = r.out.split('\n');
    expect(lines[1]).toMatch(/^Lập lúc .* · tính đến ngày 05\/01\/2027 · đầu vào: directives\/$/);
    expect(lines.slice(2, 4)).toEqual(['Cấp bộ: chưa đánh giá được (không có văn bản nào trong thư mục; 16 bộ được giao)', 'Cấp tỉnh: 3/34 tỉnh có văn bản']);
    expect(r.out).toContain('Cơ quan được giao chưa có văn bản: 31 (các dòng ✗ “chưa có văn bản” ở bảng trên)');
    expect(r.out).toMatch(/◐ hcm-sgddt-draft-2026 · Sở Giáo dục và Đào tạo · 2\.b\/2026 \[hạn: Năm 2026\]/);
    // Coverage over the addressees: the provinces without a letter count their owed rows as missing.
    expect(r.out).toMatch(/^ {2}Cấp tỉnh {11}6 % /m);
  });

  it('keeps only the missing cells with --missing-only', async () => {
    const r = await run('matrix', 'directives/', '--missing-only', '--as-of', '2027-01-05');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/^Gia Lai · /m);
    expect(r.out).toMatch(/^Cà Mau · chưa có văn bản\s+│ ✗\s+✗ 31\/12\/2026/m);
    // The department's ◐ carries a warning only (no deadline), not an error: it is left out.
    expect(r.out).not.toMatch(/^└ Sở Giáo dục/m);
  });

  it('narrows the table to what --search names, and refuses it with XLSX (exit 2)', async () => {
    const r = await run('matrix', 'directives/', '--search', 'gia lai', '--as-of', '2027-01-05');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tìm “gia lai”: 1 dòng khớp');
    expect(r.out).toMatch(/^Gia Lai · 5900\/UBND-NC\s+│ ✓ 1/m);
    expect(r.out).not.toMatch(/^Hà Nội · /m);
    const x = await run('matrix', 'directives/', '--search', 'gia lai', '--format', 'xlsx', '--out', join(tmp, 'searched.xlsx'));
    expect(x.code).toBe(2);
    expect(x.err).toContain('`--search` dùng với --format terminal, markdown hoặc html');
    expect(() => statSync(join(tmp, 'searched.xlsx'))).toThrow();
  });

  it('writes the HTML file, and refuses to overwrite it without --force', async () => {
    const out = join(tmp, 'matrix.html');
    const first = await run('matrix', 'directives/', '--format', 'html', '--out', out);
    expect(first.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    writeFileSync(out, 'kept');
    const second = await run('matrix', 'directives/', '--format', 'html', '--out', out);
    expect(second.code).toBe(2);
    expect(second.err).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('kept');
    const third = await run('matrix', 'directives/', '--format', 'html', '--out', out, '--force');
    expect(third.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(10_000);
  });

  it('writes an XLSX workbook that opens', async () => {
    const out = join(tmp, 'matrix.xlsx');
    expect((await run('matrix', 'directives/', '--format', 'xlsx', '--out', out, '--as-of', '2027-01-05')).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Cơ quan được giao', 'Ma trận', 'Cấp tỉnh', 'Cấp sở, ngành']);
    // The grid: 34 provinces, Hồ Chí Minh City's department under its province; it says as of which day.
    const grid = wb.getWorksheet('Ma trận');
    expect(String(grid?.getCell('A1').value)).toMatch(/tính đến ngày 05\/01\/2027/);
    expect(grid?.rowCount).toBe(2 + 34 + 1);
    // The summary sheet says as of which day and from which inputs; one row per addressee (34 provinces, 16 ministries).
    expect(String(wb.getWorksheet('Tổng hợp')?.getCell('C1').value)).toMatch(/tính đến ngày 05\/01\/2027 · đầu vào: directives\/ · .*Cấp tỉnh: 3\/34 tỉnh có văn bản/);
    const who = wb.getWorksheet('Cơ quan được giao');
    expect(who?.rowCount).toBe(2 + 16 + 34);
    const rows = who?.getSheetValues().slice(3).map((r) => (Array.isArray(r) ? r.slice(1, 4).map(String) : []));
    expect(rows).toContainEqual(['Ủy ban nhân dân tỉnh Gia Lai', 'Cấp tỉnh', 'gia-lai-5900']);
    expect(rows).toContainEqual(['Ủy ban nhân dân thành phố Hà Nội', 'Cấp tỉnh', '✗ chưa có văn bản']);
    expect(rows?.find((r) => r[0] === 'Ủy ban nhân dân tỉnh An Giang')?.[2]).toBe('an-giang-draft-2026-05 (dự thảo)');
    expect(rows?.find((r) => r[0] === 'Ủy ban nhân dân thành phố Hồ Chí Minh')?.[2]).toBe('hcm-3978-ubnd-vx (chỉ biết qua trích dẫn)');
  });

  it('is a usage error (exit 2) when the root asked for does not exist', async () => {
    const r = await run('matrix', 'directives/', '--root', 'khong-co');
    expect(r.code).toBe(2);
    expect(r.err).toContain('không tìm thấy văn bản gốc `khong-co`');
  });
});
