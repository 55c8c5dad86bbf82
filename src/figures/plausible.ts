import { limitOf } from '../load/limits.js';
import type { Text } from '../report/diagnostic.js';
import type { FigureProblem, FigureRecord } from './types.js';

/**
 * Whether figures that read as numbers are figures at all: a staff count past the ceiling (a code
 * typed into the wrong column, a number run together), a number too large to count exactly, a date
 * far from the reporting period, a unit with nobody to remind.
 */

const DAY = 86_400_000;

/** A count too large to be a count: beyond exact integers, or a unit's staff past the ceiling. */
export function implausibleCount(value: number, column: 'staff' | 'enrolled' | 'completed'): Text | undefined {
  if (!Number.isSafeInteger(value)) {
    return { vi: `Số quá lớn để là số người (${value > 1e21 ? 'hơn 21 chữ số' : `${String(value).length} chữ số`}): kiểm tra ô này`, en: `The number is too large to be a count of people (${value > 1e21 ? 'over 21 digits' : `${String(value).length} digits`}): check this cell` };
  }
  const max = limitOf('staffPerUnit');
  if (column === 'staff' && value > max) {
    return {
      vi: `Tổng số ${value} người vượt mức trần ${max} người cho một đơn vị (nâng bằng biến môi trường CASCADE_MAX_STAFF=<số>)`,
      en: `A staff of ${value} is over the ceiling of ${max} for one unit (raise it with the environment variable CASCADE_MAX_STAFF=<n>)`,
    };
  }
  return undefined;
}

/**
 * A date of the figures outside the reporting period: from the start of last year to today. Outside
 * by up to a year is a warning (a late file, a typo in the year); further is an error (2099, 2020).
 */
export function dateOutsidePeriod(iso: string, today: string): { severity: 'error' | 'warning'; message: Text } | undefined {
  const at = Date.parse(`${iso}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  const start = Date.UTC(new Date(now).getUTCFullYear() - 1, 0, 1);
  const off = at > now ? at - now : at < start ? start - at : 0;
  if (off === 0) return undefined;
  const far = off > 365 * DAY;
  const from = new Date(start).toISOString().slice(0, 10);
  return {
    severity: far ? 'error' : 'warning',
    message: at > now
      ? { vi: `Ngày số liệu ${iso} ở tương lai (hôm nay ${today})${far ? ', quá xa' : ''}`, en: `The date of the figures ${iso} is in the future (today is ${today})${far ? ', far' : ''}` }
      : { vi: `Ngày số liệu ${iso} trước kỳ báo cáo (từ ${from})${far ? ', quá xa' : ''}`, en: `The date of the figures ${iso} is before the reporting period (from ${from})${far ? ', far' : ''}` },
  };
}

/** Units that report no staff: nobody to remind; listed apart, as a warning, and given no reminder. */
export function noStaffProblems(records: readonly FigureRecord[], file: string): FigureProblem[] {
  return records
    .filter((r) => r.staff === 0)
    .map((r) => ({
      rule: 'figures-no-staff',
      severity: 'warning' as const,
      file,
      row: r.row,
      column: 'Tổng số',
      message: { vi: `${r.written} báo cáo 0 cán bộ: không gửi văn bản đôn đốc, liệt kê riêng`, en: `${r.written} reports 0 staff: no reminder sent, listed apart` },
    }));
}
