/** The shared vocabulary of the deadline patterns: the match table's types and its building blocks. */
import { isoDay, isoMonthEnd, isRealDay, quarterMonths } from './deadline-calendar.js';
import type { Deadline, DeadlineErrorCode, PeriodUnit } from './deadline-types.js';

/** What a pattern fills in; `text` and `condition` come from the phrase itself. */
export type Fields = Omit<Deadline, 'text' | 'condition'>;

/** A reason a matched phrase is still refused, without the phrase (the parser quotes it). */
export interface Failure {
  readonly failure: Exclude<DeadlineErrorCode, 'empty' | 'invalid-option'>;
  readonly vi: string;
  readonly en: string;
}

/** What the patterns may know beyond the phrase. */
export interface PatternContext {
  /** ISO day the document was signed. */
  readonly signedOn?: string;
  /** ISO day the document takes effect. */
  readonly effectiveOn?: string;
}

/** One row of the match table: a whole-phrase regex over the match key and what it means. */
export interface Pattern {
  readonly id: string;
  readonly re: RegExp;
  readonly build: (groups: readonly (string | undefined)[], ctx: PatternContext) => Fields | Failure;
}

/** Tells a failure from fields. */
export function isFailure<T extends object>(x: T | Failure): x is Failure {
  return 'failure' in x;
}

/** A regex that must match the whole key. */
export function whole(source: string): RegExp {
  return new RegExp(`^${source}$`, 'u');
}

/** A day as "30/4/2026", "30-4-2026", "30.4.2026", "30 tháng 4 năm 2026" or "30 tháng 4/2026"; one group. */
export const DATE = '(\\d{1,2}(?:[/.-]\\d{1,2}[/.-]|\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+|/))\\d{4})';
/** "tháng 6/2026", "tháng 6-2026", "tháng 6 năm 2026"; groups: month, year. */
export const MONTH_YEAR = 'tháng\\s+(\\d{1,2})(?:[/-]|\\s*,?\\s+năm\\s+)(\\d{4})';
/** "/2026", " năm 2026", ", năm 2026" after a quarter; one group. */
export const QUARTER_YEAR = '(?:[/-]|\\s*,?\\s+năm\\s+)(\\d{4})';
/** "quý III/2026", "quý 3 năm 2026", "quý III, năm 2026"; groups: quarter, year. */
export const QUARTER = `quý\\s+([ivx]+|\\d{1,2})${QUARTER_YEAR}`;
/** "quý III, IV/2026", "quý III và quý IV năm 2026", "quý II - quý III/2026"; groups: first, last quarter, year. */
export const QUARTERS = `quý\\s+([ivx]+|\\d{1,2})(?:\\s*(?:,|và|-|đến)\\s*(?:quý\\s+)?(?:[ivx]+|\\d{1,2}))*\\s*(?:,|và|-|đến)\\s*(?:quý\\s+)?([ivx]+|\\d{1,2})${QUARTER_YEAR}`;
/** "6 tháng đầu năm 2026", "sáu tháng cuối năm 2026"; groups: đầu|cuối, year. */
export const HALF = '(?:0?6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm\\s+(\\d{4})';
/** "hằng" / "mỗi" (the match key already spells "hàng" as "hằng"). */
export const EVERY = '(?:hằng|mỗi)';
/** Words that say "by the end of". */
export const END_OF = '(?:đến\\s+hết|đến\\s+cuối|trước\\s+hết|hết|cuối)';
/** "thứ Sáu", "thứ 6", "chủ nhật"; one group. */
export const WEEKDAY = '(thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)';
/** A time the match key has already rewritten to `H:MM`; groups: hour, minute. */
export const TIME = '(\\d{1,2}):(\\d{2})';

/** ISO day of a DATE group, or why it is refused; `undefined` when the separators disagree. */
export function dayOf(blob: string | undefined): string | Failure | undefined {
  if (blob === undefined || !/^\d{1,2}(?:([/.-])\d{1,2}\1|\s+tháng\s+\d{1,2}(?:\s+năm\s+|\/))\d{4}$/u.test(blob)) {
    return undefined;
  }
  const [d = 0, m = 0, y = 0] = (blob.match(/\d+/g) ?? []).map(Number);
  if (!isRealDay(y, m, d)) {
    return {
      failure: 'invalid-date',
      vi: `ngày ${d}/${m}/${y} không có thật trong lịch`,
      en: `the date ${d}/${m}/${y} does not exist`,
    };
  }
  return isoDay(y, m, d);
}

/** A period's first and last day. */
export interface Span {
  readonly start: string;
  readonly latest: string;
  readonly period: PeriodUnit;
}

/** The span of a month, or why it is refused. */
export function monthSpan(month: number, year: number): Span | Failure {
  if (month < 1 || month > 12) {
    return { failure: 'invalid-date', vi: `tháng ${month} không có thật`, en: `there is no month ${month}` };
  }
  return { start: isoDay(year, month, 1), latest: isoMonthEnd(year, month), period: 'month' };
}

/** The span of a quarter written in Roman or Arabic figures, or why it is refused. */
export function quarterSpan(quarter: string, year: number): Span | Failure {
  const q = /^\d+$/.test(quarter) ? Number(quarter) : ['i', 'ii', 'iii', 'iv'].indexOf(quarter) + 1;
  if (q < 1 || q > 4) {
    return { failure: 'invalid-date', vi: `quý ${quarter.toUpperCase()} không có thật`, en: `there is no quarter ${quarter.toUpperCase()}` };
  }
  const [first, last] = quarterMonths(q);
  return { start: isoDay(year, first, 1), latest: isoMonthEnd(year, last), period: 'quarter' };
}

/** The span of the first ("đầu") or second ("cuối") half of a year. */
export function halfSpan(which: string, year: number): Span {
  return which === 'đầu'
    ? { start: isoDay(year, 1, 1), latest: isoDay(year, 6, 30), period: 'half-year' }
    : { start: isoDay(year, 7, 1), latest: isoDay(year, 12, 31), period: 'half-year' };
}

/** The span of a year. */
export function yearSpan(year: number): Span {
  return { start: isoDay(year, 1, 1), latest: isoDay(year, 12, 31), period: 'year' };
}

/** A span read as "within it" (`within-period`) or "by its end" (`by-date`, no start). */
export function asDeadline(span: Span | Failure, reading: 'within' | 'by-end'): Fields | Failure {
  if (isFailure(span)) return span;
  return reading === 'within'
    ? { kind: 'within-period', start: span.start, latest: span.latest, period: span.period }
    : { kind: 'by-date', latest: span.latest, period: span.period };
}

/** A number written in figures or as a small Vietnamese word. */
export function countOf(word: string | undefined): number {
  const words: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4, sáu: 6, mười: 10, 'mười hai': 12 };
  if (word === undefined) return 1;
  return /^\d+$/.test(word) ? Number(word) : (words[word] ?? Number.NaN);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a WEEKDAY group. */
export function weekdayOf(word: string): number {
  const names = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'];
  if (/^chủ\s+nhật$/u.test(word)) return 7;
  const name = word.replace(/^thứ\s+/u, '');
  return /^\d$/.test(name) ? Number(name) - 1 : names.indexOf(name) + 1;
}

/** `HH:MM` of TIME groups, or why it is refused. */
export function timeOf(hour: string, minute: string): string | Failure {
  const h = Number(hour);
  const m = Number(minute);
  if (h > 23 || m > 59) {
    return { failure: 'invalid-date', vi: `giờ ${hour}:${minute} không có thật`, en: `the time ${hour}:${minute} does not exist` };
  }
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
