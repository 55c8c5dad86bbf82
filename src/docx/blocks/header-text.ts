import type { DocDate } from '../layout-input.js';

/** Blanks a drafter fills in by hand: room for a number, a day, a month, a year, a place. */
const BLANK = { number: '      ', day: '   ', month: '   ', year: '      ', place: '            ' } as const;

/** `05` for 5: the decree's leading zero for numbers below 10. */
function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The number line: `Số: 5900/UBND-NC`; a blank number keeps room (`Số:      /UBND-TH`).
 * A number below 10 takes a leading 0; spaces around the slash are dropped.
 */
export function numberLine(number: string | undefined, symbol: string | undefined): string {
  const n = (number ?? '').trim();
  const shown = n === '' ? BLANK.number : /^\d+$/.test(n) ? twoDigits(Number(n)) : n;
  const sep = n === '' ? '' : ' ';
  return `Số:${sep}${shown}/${(symbol ?? '').trim()}`;
}

/**
 * The place and date line: `Gia Lai, ngày 11 tháng 5 năm 2026`. Day below 10 and months 1–2
 * take a leading 0 (`ngày 05 tháng 02 năm 2026`); a missing part prints as a blank to fill in.
 */
export function dateLine(place: string | undefined, date: DocDate | undefined): string {
  const day = date?.day === undefined ? BLANK.day : twoDigits(date.day);
  const month = date?.month === undefined ? BLANK.month : date.month <= 2 ? twoDigits(date.month) : String(date.month);
  const year = date?.year === undefined ? BLANK.year : String(date.year);
  const where = place?.trim() ? place.trim() : BLANK.place;
  return `${where}, ngày ${day} tháng ${month} năm ${year}`;
}
