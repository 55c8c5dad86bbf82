/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so no time zone can move a day. */

/** Number of days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether day/month/year is a day of the Gregorian calendar (years 1000–9999). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD` of a day. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM-DD` of the last day of a month. */
export function isoMonthEnd(year: number, month: number): string {
  return isoDay(year, month, daysInMonth(year, month));
}

/** The ISO day `n` days after `iso`. */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + n));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The ISO day `n` months after `iso`; a day the target month lacks becomes its last day (BLDS 2015, art. 148). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = (y ?? 0) * 12 + (m ?? 1) - 1 + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDay(year, month, Math.min(d ?? 1, daysInMonth(year, month)));
}

/** First and last month (1-based) of a quarter. */
export function quarterMonths(quarter: number): readonly [number, number] {
  return [quarter * 3 - 2, quarter * 3];
}

/** Fewest days any `months` consecutive calendar months can have (February of a common year). */
export function minDaysInMonths(months: number): number {
  return extremeDaysInMonths(months, 28, Math.min);
}

/** Most days any `months` consecutive calendar months can have (every February counted as 29: an upper bound). */
export function maxDaysInMonths(months: number): number {
  return extremeDaysInMonths(months, 29, Math.max);
}

const MONTH_LENGTHS = [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function extremeDaysInMonths(months: number, february: number, pick: (...xs: number[]) => number): number {
  const totals: number[] = [];
  for (let first = 0; first < 12; first += 1) {
    let total = 0;
    for (let i = 0; i < months; i += 1) total += MONTH_LENGTHS[(first + i) % 12] || february;
    totals.push(total);
  }
  return pick(...totals);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
