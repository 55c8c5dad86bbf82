import { z } from 'zod';
import { isRealDay } from '../text/deadline-calendar.js';

/**
 * A date as a document carries it: `2026-05-11`, or partial in a draft (`2026-05`, `2026`).
 * Written in YAML as an ISO string; the day must exist in its month.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'một ngày dạng `2026-05-11` (bản dự thảo: `2026-05` hoặc `2026`)')
  .refine(isRealDate, { message: 'ngày không có thật trong lịch (ví dụ 31/2)' });
export type PartialDate = z.infer<typeof PartialDate>;

/** The parts of a partial date; undefined where the draft leaves a blank. */
export interface DateParts {
  readonly year: number;
  readonly month: number | undefined;
  readonly day: number | undefined;
}

/** Splits `2026-05-11` / `2026-05` / `2026` into its parts. */
export function dateParts(date: string): DateParts {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y ?? 0, month: m, day: d };
}

function isRealDate(date: string): boolean {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return isRealDay(year, month, day);
}
