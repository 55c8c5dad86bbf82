/** What a deadline phrase says, in one word. */
export const DEADLINE_KINDS = [
  'by-date',
  'within-period',
  'continuous',
  'recurring',
  'from-year-on',
  'relative',
  'after-event',
] as const;
/** What a deadline phrase says, in one word. */
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The span a dated deadline is measured in: a day, a month, ..., or an explicit range. */
export type PeriodUnit = 'day' | 'month' | 'quarter' | 'half-year' | 'year' | 'range';

/** The unit of a rhythm. Multiples are canonical: 3 months is a quarter, 6 a half-year, 12 a year. */
export type RecurrenceUnit = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'year';

/** Where in each period a recurring deadline falls; every field is optional. */
export interface RecurrenceAt {
  /** ISO weekday: 1 = Monday (thứ Hai) … 5 = Friday (thứ Sáu) … 7 = Sunday (Chủ nhật). */
  readonly weekday?: number;
  /** Time of day, `HH:MM`. */
  readonly time?: string;
  /** Day of the month. */
  readonly day?: number;
  /** Month of the year (yearly rhythms: "trước ngày 15/12 hằng năm" → day 15, month 12). */
  readonly month?: number;
  /** Month within a quarter or half-year, 1-based ("tháng cuối quý" → 3). */
  readonly monthOfPeriod?: number;
}

/** A rhythm: every `every` `unit`s, optionally at a fixed point of each period. */
export interface Recurrence {
  readonly unit: RecurrenceUnit;
  readonly every: number;
  readonly at?: RecurrenceAt;
}

/** The event a relative deadline counts from; `event` is another one, named in `RelativeTerm.event`. */
export type RelativeFrom = 'signing' | 'issuing' | 'receipt' | 'effect' | 'event';

/** A deadline counted from an event: exactly one of `days`, `workingDays`, `months` (years are counted in months). */
export interface RelativeTerm {
  readonly days?: number;
  readonly workingDays?: number;
  readonly months?: number;
  readonly from: RelativeFrom;
  /** The event as written, for `from: 'event'` ("Luật Khoáng sản được thông qua"). */
  readonly event?: string;
}

/** A parsed deadline: plain data, safe to serialise as JSON or YAML. Absent facts are absent keys. */
export interface Deadline {
  /** The phrase as written (NFC, outer whitespace trimmed). */
  readonly text: string;
  readonly kind: DeadlineKind;
  /** Latest date the work may be done, ISO `YYYY-MM-DD`, where one can be computed. */
  readonly latest?: string;
  /** First day of the period or of the yearly series, ISO, where known. */
  readonly start?: string;
  /** The span `latest` (and `start`) were taken from. */
  readonly period?: PeriodUnit;
  readonly recurrence?: Recurrence;
  /** A precondition as written, e.g. "Sau khi có hướng dẫn của Bộ Công an". */
  readonly condition?: string;
  readonly relative?: RelativeTerm;
}

/** Why a phrase was refused. */
export type DeadlineErrorCode = 'empty' | 'unknown-phrase' | 'invalid-date' | 'invalid-range' | 'invalid-option';

/** A refused phrase: both messages quote it. */
export interface DeadlineError {
  readonly code: DeadlineErrorCode;
  readonly message_vi: string;
  readonly message_en: string;
  readonly phrase: string;
}

/** The outcome of parsing a phrase: a deadline, or an error that quotes it. */
export type DeadlineResult =
  | { readonly ok: true; readonly value: Deadline }
  | { readonly ok: false; readonly error: DeadlineError };

/** A date given as a `Date` (its local calendar day is used) or as `YYYY-MM-DD` / `D/M/YYYY`. */
export type DateLike = Date | string;

/** Options of `parseDeadline`. */
export interface ParseDeadlineOptions {
  /** The signing date of the document, to resolve "trong vòng 30 ngày kể từ ngày ký". */
  readonly signedOn?: DateLike;
  /** The day the document takes effect, to resolve "06 tháng kể từ ngày Quyết định này có hiệu lực". */
  readonly effectiveOn?: DateLike;
}

/** The tri-state answer of a comparison: `unknown` is never a pass. */
export type Verdict = 'yes' | 'no' | 'unknown';
