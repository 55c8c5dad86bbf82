import { dateParts, type PartialDate } from '../model/date.js';
import type { DocDate } from '../docx/layout-input.js';

/** `05` for 5: the decree's leading zero for days below 10 and for the months 1 and 2. */
function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Room to write a blank part in by hand, as drafters leave it.
const BLANK = '    ';

/** A model date as the layout takes it: missing parts (a draft's blank day) stay missing. */
export function docDate(date: PartialDate | undefined): DocDate | undefined {
  if (date === undefined) return undefined;
  const { year, month, day } = dateParts(date);
  return { year, month, day };
}

/**
 * A date in running text, as the decree writes it on the date line: `ngày 05 tháng 02 năm 2026`,
 * `ngày 11 tháng 5 năm 2026`; a draft's missing day or month prints a blank.
 */
export function longDate(date: PartialDate | undefined): string {
  if (date === undefined) return `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const { year, month, day } = dateParts(date);
  const d = day === undefined ? BLANK : pad(day);
  const m = month === undefined ? BLANK : month <= 2 ? pad(month) : String(month);
  return `ngày ${d} tháng ${m} năm ${year}`;
}

/** A date in a citation, as the letters cite documents: `22/4/2026`; partial dates print what is known (`5/2026`). */
export function shortDate(date: PartialDate | undefined): string {
  if (date === undefined) return '';
  const { year, month, day } = dateParts(date);
  return [day, month, year].filter((p) => p !== undefined).join('/');
}
