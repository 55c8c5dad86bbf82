import ExcelJS from 'exceljs';
import { MAX_FIGURE_ROWS } from './limits.js';
import { TooManyRowsError } from './read-csv.js';
import type { Cell, RawRow, RawTable } from './types.js';

/** A cell's value as the checks read it: formulas give their result, rich text its plain text. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'string' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellOf(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

function cellsOf(row: ExcelJS.Row): Cell[] {
  const values = Array.isArray(row.values) ? row.values.slice(1) : [];
  return values.map((v) => {
    const c = cellOf(v as ExcelJS.CellValue);
    return typeof c === 'string' && c.trim() === '' ? undefined : typeof c === 'string' ? c.trim() : c;
  });
}

/**
 * Reads the first worksheet of an XLSX figures file with exceljs's streaming reader, so a huge file is
 * refused at `MAX_FIGURE_ROWS` data rows (`TooManyRowsError`) without being loaded whole. Row numbers
 * are the sheet's own; empty rows are skipped.
 */
export async function readXlsx(path: string, file: string, limit = MAX_FIGURE_ROWS): Promise<RawTable> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  let header: Cell[] | undefined;
  const rows: RawRow[] = [];
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const cells = cellsOf(row);
      if (cells.every((c) => c === undefined)) continue;
      if (!header) {
        header = cells;
        continue;
      }
      if (rows.length >= limit) throw new TooManyRowsError(limit);
      rows.push({ row: row.number, cells });
    }
    // The figures are on the first sheet; notes or charts may follow.
    break;
  }
  return { file, header: header ?? [], rows };
}
