import { isoDay, isRealDay } from '../text/deadline-calendar.js';
import type { Cell } from './types.js';

/** A cell read as a whole number, or why it is not one. */
export type NumberCell = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly why: 'empty' | 'text' | 'negative' | 'fraction' };

// Thousands grouped by `.`, `,` or a space, as Vietnamese and English spreadsheets print them: 1.234, 1,234, 1 234.
const GROUPED = /^\d{1,3}(?:([.,\u00A0 ])\d{3})(?:\1\d{3})*$/;

/**
 * A count from a cell: a whole number ≥ 0, written plainly or with thousands grouped. `1.234` is 1234
 * (the Vietnamese way); `12,5` or `12.50` are fractions, never a count.
 */
export function numberCell(cell: Cell): NumberCell {
  if (cell === undefined) return { ok: false, why: 'empty' };
  if (cell instanceof Date) return { ok: false, why: 'text' };
  if (typeof cell === 'number') {
    if (cell < 0) return { ok: false, why: 'negative' };
    return Number.isInteger(cell) ? { ok: true, value: cell } : { ok: false, why: 'fraction' };
  }
  const text = cell.trim();
  if (/^[-−]\s*\d/.test(text)) return { ok: false, why: 'negative' };
  if (/^\d+$/.test(text)) return { ok: true, value: Number(text) };
  if (GROUPED.test(text)) return { ok: true, value: Number(text.replace(/\D/g, '')) };
  if (/^\d+[.,]\d+$/.test(text)) return { ok: false, why: 'fraction' };
  return { ok: false, why: 'text' };
}

/** A date from a cell or an option: `30/6/2026`, `30-06-2026`, `2026-06-30`, or an XLSX date. ISO, or undefined. */
export function dateCell(cell: Cell): string | undefined {
  if (cell === undefined || typeof cell === 'number') return undefined;
  const iso = (y: number, m: number, d: number): string | undefined => (isRealDay(y, m, d) ? isoDay(y, m, d) : undefined);
  if (cell instanceof Date) return iso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  const text = cell.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) return iso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (ymd) return iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return undefined;
}

/** A cell as text for a message. */
export function cellText(cell: Cell): string {
  if (cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}
