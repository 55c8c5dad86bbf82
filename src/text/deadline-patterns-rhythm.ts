/** Patterns for deadlines that repeat or never end: continuous work, rhythms, fixed points in each period. */
import { isRealDay } from './deadline-calendar.js';
import { EVERY, TIME, WEEKDAY, countOf, timeOf, weekdayOf, whole } from './deadline-grammar.js';
import type { Failure, Fields, Pattern } from './deadline-grammar.js';
import type { Recurrence, RecurrenceAt, RecurrenceUnit } from './deadline-types.js';

const UNIT = '(ngày|tuần|tháng|quý|năm)';
const COUNT = '(\\d{1,2}|một|hai|ba|bốn|sáu|mười hai|mười)';
const ONCE = '(?:\\s*/\\s*lần|\\s+(?:một|1)\\s+lần)';
const AT_WORD = '(?:định\\s+kỳ\\s*,?\\s*)?(?:(?:trước|đến|vào|hạn\\s+chót)\\s+)?';
const UNITS: Readonly<Record<string, RecurrenceUnit>> = { ngày: 'day', tuần: 'week', tháng: 'month', quý: 'quarter', năm: 'year' };
const MONTH_IN_QUARTER: Readonly<Record<string, number>> = {
  'đầu': 1, 'giữa': 2, 'cuối': 3, 'thứ nhất': 1, 'thứ hai': 2, 'thứ ba': 3, 'thứ 1': 1, 'thứ 2': 2, 'thứ 3': 3,
};

/** A rhythm in its canonical unit: 3 months are a quarter, 6 a half-year, 12 a year. */
function rhythm(word: string | undefined, countWord: string | undefined): Fields | Failure {
  const count = countOf(countWord);
  const unit = word === undefined ? undefined : UNITS[word];
  if (unit === undefined || !Number.isInteger(count) || count < 1) {
    return { failure: 'unknown-phrase', vi: `“${countWord} ${word}” không phải một chu kỳ`, en: `“${countWord} ${word}” is not a period` };
  }
  const recurrence: Recurrence =
    unit === 'month' && count % 12 === 0 ? { unit: 'year', every: count / 12 }
      : unit === 'month' && count === 6 ? { unit: 'half-year', every: 1 }
        : unit === 'month' && count === 3 ? { unit: 'quarter', every: 1 }
          : { unit, every: count };
  return { kind: 'recurring', recurrence };
}

function recurring(unit: RecurrenceUnit, at: RecurrenceAt): Fields {
  return { kind: 'recurring', recurrence: Object.keys(at).length === 0 ? { unit, every: 1 } : { unit, every: 1, at } };
}

function weekly(weekday: string | undefined, hour: string | undefined, minute: string | undefined): Fields | Failure {
  const time = hour === undefined || minute === undefined ? undefined : timeOf(hour, minute);
  if (time !== undefined && typeof time !== 'string') return time;
  return recurring('week', {
    ...(weekday === undefined ? {} : { weekday: weekdayOf(weekday) }),
    ...(time === undefined ? {} : { time }),
  });
}

function dayOfYear(day: string | undefined, month: string | undefined): Fields | Failure {
  const d = Number(day);
  const m = Number(month);
  // 2024 is a leap year, so "29/2 hằng năm" is accepted as a day some years have.
  if (!isRealDay(2024, m, d)) {
    return { failure: 'invalid-date', vi: `ngày ${d}/${m} không có thật trong lịch`, en: `the date ${d}/${m} does not exist` };
  }
  return recurring('year', { day: d, month: m });
}

function dayOfMonth(day: string | undefined, unit: RecurrenceUnit, monthOfPeriod?: number): Fields | Failure {
  const d = Number(day);
  if (d < 1 || d > 31) return { failure: 'invalid-date', vi: `ngày ${d} không có thật`, en: `there is no day ${d}` };
  return recurring(unit, monthOfPeriod === undefined ? { day: d } : { day: d, monthOfPeriod });
}

/** Rhythm patterns, most specific first. */
export const RHYTHM_PATTERNS: readonly Pattern[] = [
  {
    id: 'continuous',
    re: whole('(?:thường\\s+xuyên|liên\\s+tục)(?:(?:\\s*,\\s*|\\s+và\\s+|\\s+)(?:thường\\s+xuyên|liên\\s+tục))?'),
    build: () => ({ kind: 'continuous' }),
  },
  // "định kỳ hoặc thường xuyên": no rhythm given, the work goes on.
  {
    id: 'periodic-or-continuous',
    re: whole('(?:định\\s+kỳ\\s+hoặc\\s+thường\\s+xuyên|thường\\s+xuyên\\s+hoặc\\s+định\\s+kỳ)'),
    build: () => ({ kind: 'continuous' }),
  },
  {
    id: 'weekly-at',
    re: whole(`(?:trước\\s+)?(?:${TIME}\\s+)?(?:(?:vào\\s+)?(?:ngày\\s+)?${WEEKDAY}\\s+)?${EVERY}\\s+tuần`),
    build: ([h, min, wd]) => weekly(wd, h, min),
  },
  {
    id: 'weekly-then-day',
    re: whole(`${EVERY}\\s+tuần\\s*,?\\s*(?:vào\\s+)?(?:(?:trước\\s+)?${TIME}\\s+)?(?:ngày\\s+)?${WEEKDAY}(?:\\s+(?:lúc\\s+|trước\\s+)?${TIME})?`),
    build: ([h1, m1, wd, h2, m2]) => weekly(wd, h1 ?? h2, m1 ?? m2),
  },
  { id: 'every-unit', re: whole(`(?:định\\s+kỳ\\s+)?${EVERY}\\s+${UNIT}(?:\\s+(?:một|1)\\s+lần)?`), build: ([u]) => rhythm(u, undefined) },
  { id: 'periodic-unit', re: whole(`định\\s+kỳ\\s+${UNIT}`), build: ([u]) => rhythm(u, undefined) },
  {
    // "Định kỳ 06 tháng, 01 năm": two rhythms; the first (the more frequent, as written) is the task's.
    id: 'every-n-and-m',
    re: whole(`định\\s+kỳ\\s+${COUNT}\\s+${UNIT}(?:\\s*(?:,|và|hoặc)\\s*(?:\\d{1,2}|một|hai|ba|bốn|sáu|mười hai|mười)\\s+(?:ngày|tuần|tháng|quý|năm))+`),
    build: ([n, u]) => rhythm(u, n),
  },
  {
    id: 'every-n',
    re: whole(`(?:định\\s+kỳ|mỗi)\\s+${COUNT}\\s+${UNIT}${ONCE}?`),
    build: ([n, u]) => rhythm(u, n),
  },
  { id: 'n-per-time', re: whole(`${COUNT}\\s+${UNIT}${ONCE}`), build: ([n, u]) => rhythm(u, n) },
  {
    id: 'yearly-on-day',
    re: whole(`${AT_WORD}(?:ngày\\s+)?(\\d{1,2})(?:[/-]|\\s+tháng\\s+)(\\d{1,2})\\s*,?\\s+${EVERY}\\s+năm`),
    build: ([d, m]) => dayOfYear(d, m),
  },
  {
    id: 'yearly-then-day',
    re: whole(`${EVERY}\\s+năm\\s*,?\\s*${AT_WORD}(?:ngày\\s+)?(\\d{1,2})(?:[/-]|\\s+tháng\\s+)(\\d{1,2})`),
    build: ([d, m]) => dayOfYear(d, m),
  },
  { id: 'monthly-on-day', re: whole(`${AT_WORD}ngày\\s+(\\d{1,2})\\s+${EVERY}\\s+tháng`), build: ([d]) => dayOfMonth(d, 'month') },
  { id: 'monthly-then-day', re: whole(`${EVERY}\\s+tháng\\s*,?\\s*${AT_WORD}ngày\\s+(\\d{1,2})`), build: ([d]) => dayOfMonth(d, 'month') },
  {
    id: 'quarterly-on-day',
    re: whole(`${AT_WORD}ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?tháng\\s+(đầu|giữa|cuối|thứ\\s+(?:nhất|hai|ba|[1-3]))\\s+(?:của\\s+)?(?:${EVERY}\\s+)?quý`),
    build: ([d, which = '']) => dayOfMonth(d, 'quarter', MONTH_IN_QUARTER[which.replace(/\s+/gu, ' ')]),
  },
];

