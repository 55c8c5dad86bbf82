import { stripDiacritics } from '../text/normalize.js';
import type { Cell, FigureColumn } from './types.js';

// Headers as units write them, in English and Vietnamese, compared without marks or case.
const NAMES: Readonly<Record<FigureColumn, readonly string[]>> = {
  unit: ['unit', 'don vi', 'ten don vi', 'co quan', 'co quan, don vi', 'ten co quan, don vi'],
  staff: ['staff', 'total', 'tong so', 'tong so cbccvc', 'tong so can bo, cong chuc, vien chuc', 'so cbccvc'],
  enrolled: ['enrolled', 'registered', 'da dang ky', 'so da dang ky', 'dang ky'],
  completed: ['completed', 'da hoan thanh', 'so da hoan thanh', 'hoan thanh'],
  date: ['date', 'as of', 'ngay so lieu', 'ngay', 'thoi diem chot so lieu', 'ngay chot so lieu'],
};

/** A header cell reduced for comparison: no marks, lower case, single spaces, no trailing notes. */
export function headerKey(cell: Cell): string {
  const text = cell instanceof Date ? '' : String(cell ?? '');
  return stripDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9,]+/g, ' ')
    .trim();
}

/** Which column each known header is in; the first of a name wins. */
export function findColumns(header: readonly Cell[]): Partial<Record<FigureColumn, number>> {
  const found: Partial<Record<FigureColumn, number>> = {};
  header.forEach((cell, i) => {
    const key = headerKey(cell);
    for (const [column, names] of Object.entries(NAMES) as [FigureColumn, readonly string[]][]) {
      if (found[column] === undefined && names.includes(key)) found[column] = i;
    }
  });
  return found;
}

/** The names a column is recognised by, for a message. */
export function columnNames(column: FigureColumn): string {
  const shown: Readonly<Record<FigureColumn, string>> = {
    unit: '`unit` / `Đơn vị`',
    staff: '`staff` / `Tổng số`',
    enrolled: '`enrolled` / `Đã đăng ký`',
    completed: '`completed` / `Đã hoàn thành`',
    date: '`date` / `Ngày số liệu`',
  };
  return shown[column];
}
