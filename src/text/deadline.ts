/**
 * Vietnamese deadline phrases ("Trong tháng 6/2026", "Định kỳ 6 tháng", "trước ngày 15/12 hằng năm")
 * parsed to plain data, compared and described. An unknown phrase is an error that quotes it.
 *
 * Readings chosen where the words allow two:
 * - "trước ngày X" is due by X, X included (as "chậm nhất ngày X"); "trước năm 2027" is due by the
 *   last day of 2026 (real plans write it for "before the year starts"); "trước tháng 7" (no year) is
 *   refused as unknown rather than guessed.
 * - "Năm 2025; Năm 2030": milestones; the first is the deadline, every one must read.
 * - "Năm 2026", "Trong tháng 6/2026", "Quý III/2026" are `within-period` (start and latest);
 *   "đến hết năm 2026" is `by-date` with the year's last day and no start.
 * - "Năm 2028 và các năm tiếp theo", "từ năm 2027" are `from-year-on` with a yearly rhythm; "Các năm
 *   tiếp theo" is the same without a start (the year before it is in the surrounding text).
 * - "từ tháng 11 đến tháng 2/2027": a first month without a year and after the last is in the year before.
 * - "30 ngày kể từ ngày ký" counts from the day after signing; the date is computed only with `signedOn`
 *   ("… kể từ ngày … có hiệu lực": with `effectiveOn`). Another event ("kể từ ngày Luật được thông
 *   qua") is kept as written (`from: 'event'`), never refused, and stays unresolved.
 * - "Quý III, IV/2026" is the span from the first quarter's start to the last one's end.
 * - Rhythms are canonical: 3 months → quarter, 6 months → half-year, 12 months → year.
 */
import { isoDay, isRealDay } from './deadline-calendar.js';
import { splitCondition } from './deadline-condition.js';
import { badSigningDate, emptyPhrase, refusedPhrase, unknownPhrase } from './deadline-errors.js';
import { isFailure } from './deadline-grammar.js';
import { cleanPhrase, matchKey, stripLeadWords } from './deadline-normalise.js';
import { matchDeadline } from './deadline-patterns.js';
import type { DateLike, Deadline, DeadlineResult, ParseDeadlineOptions } from './deadline-types.js';

export type * from './deadline-types.js';
export { DEADLINE_KINDS } from './deadline-types.js';
export { isNoLaterThan, reportsAtLeastAsOften } from './deadline-compare.js';
export { deadlineToText, describeDeadline } from './deadline-describe.js';

/** Parses a deadline phrase as written in a Vietnamese administrative document. */
export function parseDeadline(phrase: string, opts: ParseDeadlineOptions = {}): DeadlineResult {
  const text = phrase.normalize('NFC').trim();
  const signedOn = opts.signedOn === undefined ? undefined : isoOf(opts.signedOn);
  if (signedOn === null) return { ok: false, error: badSigningDate(text, String(opts.signedOn)) };
  const effectiveOn = opts.effectiveOn === undefined ? undefined : isoOf(opts.effectiveOn);
  if (effectiveOn === null) return { ok: false, error: badSigningDate(text, String(opts.effectiveOn)) };
  const cleaned = cleanPhrase(text);
  if (cleaned === '') return { ok: false, error: emptyPhrase(text) };
  const body = stripLeadWords(cleaned);
  // Label words alone ("Hoàn thành") name no deadline.
  if (body === '') return { ok: false, error: unknownPhrase(text) };
  const { main, condition } = splitCondition(body);
  if (condition !== undefined && main === '') return { ok: true, value: { text, kind: 'after-event', condition } };
  const withCondition = condition === undefined ? {} : { condition };
  const ctx = { ...(signedOn === undefined ? {} : { signedOn }), ...(effectiveOn === undefined ? {} : { effectiveOn }) };
  const found = matchDeadline(matchKey(main), ctx) ?? firstMilestone(main, ctx);
  if (found === undefined) return { ok: false, error: unknownPhrase(text) };
  if (isFailure(found)) return { ok: false, error: refusedPhrase(text, found) };
  const value: Deadline = { text, ...found, ...withCondition };
  return { ok: true, value };
}

/**
 * "Năm 2025; Năm 2030": milestones, each a deadline of its own. The first one is the task's
 * deadline (the later ones follow it); every one must read, or the phrase is unknown.
 */
function firstMilestone(main: string, ctx: Parameters<typeof matchDeadline>[1]): ReturnType<typeof matchDeadline> {
  const parts = main.split(/\s*;\s*/).filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const read = parts.map((p) => matchDeadline(matchKey(stripLeadWords(cleanPhrase(p))), ctx));
  if (read.some((r) => r === undefined)) return undefined;
  return read.find((r) => r !== undefined && isFailure(r)) ?? read[0];
}

/** ISO day of a date-like value, `null` when it is not a real day. A `Date` gives its local calendar day. */
function isoOf(date: DateLike): string | null {
  if (date instanceof Date) {
    return Number.isNaN(date.getTime()) ? null : isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  return isRealDay(Number(y), Number(m), Number(d)) ? isoDay(Number(y), Number(m), Number(d)) : null;
}
