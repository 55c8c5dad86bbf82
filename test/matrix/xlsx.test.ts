import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { XLSX_COLORS, formatMatrixXlsx } from '../../src/report/matrix-xlsx.js';
import { handMatrix } from './fixture.js';

let wb: ExcelJS.Workbook;

beforeAll(async () => {
  const bytes = await formatMatrixXlsx(handMatrix(3, 2), { lang: 'vi' });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
});

function sheet(name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('the matrix as XLSX, read back', () => {
  it('has a summary sheet, the addressees, the grid and one sheet per level', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Cơ quan được giao', 'Ma trận', 'Cấp tỉnh', 'Cấp sở, ngành', 'Cấp xã']);
  });

  it('gives the grid one row per addressee, its lower documents under it, the tasks across, the deadline beside a gap', () => {
    const ws = sheet('Ma trận');
    expect(ws.getRow(2).values).toEqual([undefined, 'Cơ quan được giao', 'Văn bản', '2.a', '2.b/2026', '5.b ↗']);
    const rows = ws.getSheetValues().slice(3).map((r) => (Array.isArray(r) ? r.slice(1).map(String) : []));
    // 3 provinces × (letter, 2 departments, 2 communes), then the province without a letter.
    expect(rows).toHaveLength(3 * 5 + 1);
    expect(rows[0]).toEqual(['Ủy ban nhân dân tỉnh Số 0', '100/UBND', '✓ 1', '✗ 31/12/2026', '↗ 4']);
    expect(rows[3]).toEqual(['└ xa-0', '103/UBND', '✓ 1', '◐ 31/12/2026', '·']);
    expect(rows[15]).toEqual(['Ủy ban nhân dân tỉnh Im Lặng', '✗ chưa có văn bản', '✗', '✗ 31/12/2026', '·']);
    expect(ws.getCell('D3').fill).toMatchObject({ fgColor: { argb: XLSX_COLORS.missing.fill } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 });
  });

  it('gives one row per document under a frozen header of the central tasks', () => {
    const ws = sheet('Cấp xã');
    expect(ws.getRow(1).values).toEqual([undefined, 'Tỉnh, thành phố', 'Văn bản', 'Cơ quan ban hành', 'YAML', '2.a', '2.b/2026', '5.b ↗', 'Bao phủ %']);
    expect(ws.rowCount).toBe(1 + 3 * 2);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
  });

  it('writes each cell as its mark and task ids, coloured by status, with the reason as a note', () => {
    const ws = sheet('Cấp tỉnh');
    const missing = ws.getCell('F2');
    expect(missing.value).toBe('✗');
    expect(missing.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: XLSX_COLORS.missing.fill } });
    expect(missing.note).toBe('Thời hạn: Năm 2026\nThiếu 2.b/2026 [central-task-missing]');
    const covered = ws.getCell('F3');
    expect(covered.value).toBe('✓ 2.1');
    expect(covered.fill).toMatchObject({ fgColor: { argb: XLSX_COLORS.covered.fill } });
    expect(ws.getCell('H2').value).toBe(50);
  });

  it('sums levels and provinces on the summary sheet with the coverage as a number', () => {
    const ws = sheet('Tổng hợp');
    const rows = ws.getSheetValues().filter((r): r is ExcelJS.CellValue[] => Array.isArray(r));
    const overall = rows.find((r) => r[1] === 'Toàn hệ thống');
    expect(overall?.slice(2, 9)).toEqual([15, 26, 3, 1, 3, 0, 91.6]);
  });
});
