const PERCENT = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat('vi-VN');

/** `45,5%`: a rate as a Vietnamese letter prints it. */
export function percentVi(n: number): string {
  return `${PERCENT.format(n)}%`;
}

/** `1.234`: a count as a Vietnamese letter prints it. */
export function countVi(n: number): string {
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
