/** The day an audit speaks of (`--as-of`): ISO `YYYY-MM-DD`. */

export { todayIso } from '../text/today.js';

/** A valid calendar day `YYYY-MM-DD` (also `D/M/YYYY`, as Vietnamese write it), or undefined. */
export function parseAsOf(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Days from `a` to `b` (ISO days): positive when `b` is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** `2027-01-05` → `05/01/2027`, as a Vietnamese date is written. */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d !== undefined && m !== undefined ? `${d}/${m}/${y}` : iso;
}

/** A full day (`YYYY-MM-DD`), not a draft's month or year. */
export function isFullDate(date: string | undefined): date is string {
  return date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);
}
