/**
 * Today as an ISO date (`2026-12-07`), in local time: the day a clerk prints a letter or an auditor
 * checks. `CASCADE_TODAY=YYYY-MM-DD` fixes it (the tests pin it, so no result changes with the calendar).
 */
export function todayIso(now?: Date): string {
  const fixed = now === undefined ? process.env['CASCADE_TODAY']?.trim() : undefined;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  const d = now ?? new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
