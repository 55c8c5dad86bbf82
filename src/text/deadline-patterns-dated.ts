/** Patterns for deadlines on the calendar: a day, a month, a quarter, a half-year, a year, a range, "from year N on". */
import { isoDay } from './deadline-calendar.js';
import {
  DATE, END_OF, HALF, MONTH_YEAR, QUARTER, QUARTERS,
  asDeadline, dayOf, halfSpan, isFailure, monthSpan, quarterSpan, whole, yearSpan,
} from './deadline-grammar.js';
import type { Failure, Fields, Pattern } from './deadline-grammar.js';

// "trước ngày X" is read as "due by X, X included": that is how the offices that write it act on it
// (a report "trước ngày 31/12" arriving on 31/12 is on time), and it keeps "trước ngày" and
// "chậm nhất ngày" the same deadline.
const BY = '(?:(?:trước|đến\\s+hết|đến|tới|hạn\\s+chót|hạn\\s+cuối|không\\s+muộn\\s+hơn|trước\\s+hoặc\\s+trong)\\s+)?';
const FOLLOWING_YEARS = '(?:các|những)\\s+năm\\s+(?:tiếp\\s+theo|sau|kế\\s+tiếp|sau\\s+đó)';
// "Năm 2022 và hằng năm": the year, then every year after it.
const AND_YEARLY = '(?:hằng|mỗi)\\s+năm(?:\\s+tiếp\\s+theo)?';
const TO = '\\s*(?:đến|tới|-)\\s*(?:hết\\s+)?';

function byDay(blob: string | undefined): Fields | Failure | undefined {
  const day = dayOf(blob);
  if (day === undefined || typeof day !== 'string') return day;
  return { kind: 'by-date', latest: day, period: 'day' };
}

function yearly(year: string | undefined): Fields {
  const yearly = { unit: 'year', every: 1 } as const;
  return year === undefined ? { kind: 'from-year-on', recurrence: yearly } : { kind: 'from-year-on', start: isoDay(Number(year), 1, 1), recurrence: yearly };
}

function range(start: string | Failure, latest: string | Failure): Fields | Failure {
  if (typeof start !== 'string') return start;
  if (typeof latest !== 'string') return latest;
  if (start > latest) {
    return { failure: 'invalid-range', vi: `khoảng thời gian kết thúc (${dmy(latest)}) trước khi bắt đầu (${dmy(start)})`, en: `the range ends (${dmy(latest)}) before it starts (${dmy(start)})` };
  }
  return { kind: 'within-period', start, latest, period: 'range' };
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

function monthRange(m1: string, y1: string | undefined, m2: string, y2: string): Fields | Failure {
  // "từ tháng 11 đến tháng 2/2027": the first month, written without a year, is the one before the last.
  const firstYear = y1 !== undefined ? Number(y1) : Number(m1) > Number(m2) ? Number(y2) - 1 : Number(y2);
  const first = monthSpan(Number(m1), firstYear);
  const last = monthSpan(Number(m2), Number(y2));
  return range(isFailure(first) ? first : first.start, isFailure(last) ? last : last.latest);
}

/** Dated patterns, most specific first. */
export const DATED_PATTERNS: readonly Pattern[] = [
  {
    id: 'by-day',
    re: whole(`${BY}(?:ngày\\s+)?${DATE}`),
    build: ([blob]) => byDay(blob) ?? { failure: 'unknown-phrase', vi: `ngày “${blob}” viết lẫn dấu phân cách`, en: `the date “${blob}” mixes separators` },
  },
  { id: 'by-end-of-month', re: whole(`${END_OF}\\s+${MONTH_YEAR}`), build: ([m, y]) => asDeadline(monthSpan(Number(m), Number(y)), 'by-end') },
  { id: 'within-month', re: whole(`(?:trong\\s+)?${MONTH_YEAR}`), build: ([m, y]) => asDeadline(monthSpan(Number(m), Number(y)), 'within') },
  { id: 'by-end-of-quarter', re: whole(`${END_OF}\\s+${QUARTER}`), build: ([q = '', y]) => asDeadline(quarterSpan(q, Number(y)), 'by-end') },
  { id: 'within-quarter', re: whole(`(?:trong\\s+)?${QUARTER}`), build: ([q = '', y]) => asDeadline(quarterSpan(q, Number(y)), 'within') },
  {
    id: 'within-quarters',
    re: whole(`(?:trong\\s+)?${QUARTERS}`),
    build: ([q1 = '', q2 = '', y]) => {
      const first = quarterSpan(q1, Number(y));
      const last = quarterSpan(q2, Number(y));
      return range(isFailure(first) ? first : first.start, isFailure(last) ? last : last.latest);
    },
  },
  {
    // "Từ ngày Quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm 2027": due by the last day.
    id: 'from-event-to-day',
    re: whole(`(?:kể\\s+)?từ\\s+(?:ngày|khi)\\s+(?!\\d)[^\\d]+?${TO}(?:ngày\\s+)?${DATE}`),
    build: ([blob]) => byDay(blob) ?? { failure: 'unknown-phrase', vi: `ngày “${blob}” viết lẫn dấu phân cách`, en: `the date “${blob}” mixes separators` },
  },
  { id: 'by-end-of-half', re: whole(`${END_OF}\\s+${HALF}`), build: ([h = '', y]) => asDeadline(halfSpan(h, Number(y)), 'by-end') },
  { id: 'within-half', re: whole(`(?:trong\\s+)?${HALF}`), build: ([h = '', y]) => asDeadline(halfSpan(h, Number(y)), 'within') },
  // "trước năm 2025": before the year starts, by the last day of the year before.
  { id: 'before-year', re: whole('trước\\s+năm\\s+(\\d{4})'), build: ([y]) => asDeadline(yearSpan(Number(y) - 1), 'by-end') },
  { id: 'by-end-of-year', re: whole(`${END_OF}\\s+năm\\s+(\\d{4})`), build: ([y]) => asDeadline(yearSpan(Number(y)), 'by-end') },
  { id: 'within-year', re: whole('(?:trong\\s+(?:cả\\s+)?)?năm\\s+(\\d{4})'), build: ([y]) => asDeadline(yearSpan(Number(y)), 'within') },
  {
    id: 'year-and-following',
    re: whole(`(?:(?:kể\\s+)?từ\\s+)?năm\\s+(\\d{4})(?:\\s*,\\s*|\\s+và\\s+|\\s+)(?:${FOLLOWING_YEARS}|${AND_YEARLY})`),
    build: ([y]) => yearly(y),
  },
  { id: 'from-year', re: whole('(?:kể\\s+)?từ\\s+năm\\s+(\\d{4})(?:\\s+trở\\s+đi)?'), build: ([y]) => yearly(y) },
  {
    id: 'yearly-from-year',
    re: whole('(?:hằng|mỗi)\\s+năm\\s*,?\\s*(?:kể\\s+)?từ\\s+năm\\s+(\\d{4})(?:\\s+trở\\s+đi)?'),
    build: ([y]) => yearly(y),
  },
  {
    id: 'from-year-yearly',
    re: whole('(?:kể\\s+)?từ\\s+năm\\s+(\\d{4})(?:\\s+trở\\s+đi)?\\s*,?\\s*(?:hằng|mỗi)\\s+năm'),
    build: ([y]) => yearly(y),
  },
  { id: 'following-years', re: whole(FOLLOWING_YEARS), build: () => yearly(undefined) },
  {
    id: 'month-range',
    re: whole(`(?:trong\\s+)?(?:thời\\s+gian\\s+)?từ\\s+tháng\\s+(\\d{1,2})(?:(?:[/-]|\\s+năm\\s+)(\\d{4}))?${TO}${MONTH_YEAR}`),
    build: ([m1 = '', y1, m2 = '', y2 = '']) => monthRange(m1, y1, m2, y2),
  },
  {
    id: 'month-range-short',
    re: whole('(?:trong\\s+)?(?:từ\\s+)?tháng\\s+(\\d{1,2})\\s*(?:-|đến)\\s*(\\d{1,2})(?:[/-]|\\s+năm\\s+)(\\d{4})'),
    build: ([m1 = '', m2 = '', y = '']) => monthRange(m1, undefined, m2, y),
  },
  {
    id: 'year-range',
    re: whole(`(?:trong\\s+)?(?:giai\\s+đoạn\\s+)?(?:từ\\s+)?(?:năm\\s+)?(\\d{4})${TO}(?:năm\\s+)?(\\d{4})`),
    build: ([y1, y2]) => range(yearSpan(Number(y1)).start, yearSpan(Number(y2)).latest),
  },
  {
    id: 'day-range',
    re: whole(`(?:trong\\s+)?(?:thời\\s+gian\\s+)?từ\\s+(?:ngày\\s+)?${DATE}${TO}(?:ngày\\s+)?${DATE}`),
    build: ([a, b]) => {
      const start = dayOf(a);
      const latest = dayOf(b);
      if (start === undefined || latest === undefined) return { failure: 'unknown-phrase', vi: 'ngày viết lẫn dấu phân cách', en: 'a date mixes separators' };
      return range(start, latest);
    },
  },
];
