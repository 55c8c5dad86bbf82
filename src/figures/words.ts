const PERCENT = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat('vi-VN');

/** Refuses a number that would print as `∞`, `NaN` or in scientific notation in an official letter. */
export function printable(n: number): void {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) {
    throw new RangeError(`the number ${String(n)} cannot be printed in a letter (infinite, not a number, or in scientific notation)`);
  }
}

/** `45,5%`: a rate as a Vietnamese letter prints it. */
export function percentVi(n: number): string {
  printable(n);
  return `${PERCENT.format(n)}%`;
}

/** `1.234`: a count as a Vietnamese letter prints it. */
export function countVi(n: number): string {
  printable(n);
  return COUNT.format(n);
}

/** `30/6/2026` from `2026-06-30`. */
export function dateVi(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

/** The period a report covers from the date of its figures: `6 tháng đầu năm 2026`, or `năm 2026` after June. */
export function periodOf(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return (m ?? 12) <= 6 ? `6 tháng đầu năm ${y}` : `năm ${y}`;
}
