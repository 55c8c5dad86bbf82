/**
 * Deadline phrases read in real documents (the corpus's tuning groups) that the grammar refused or
 * cut: lists of quarters, a year after a comma, periods counted from an event, two rhythms, a
 * rhythm with a report on demand beside it, a year and every year after it.
 */
import { describe, expect, it } from 'vitest';
import { describeDeadline, isNoLaterThan, parseDeadline } from './deadline.js';
import type { Deadline, ParseDeadlineOptions } from './deadline.js';

type Expected = Omit<Deadline, 'text'>;

const TABLE: readonly (readonly [string, Expected, ParseDeadlineOptions?])[] = [
  // lists of quarters: the span from the first one's start to the last one's end
  ['Quý III, IV/2026', { kind: 'within-period', start: '2026-07-01', latest: '2026-12-31', period: 'range' }],
  ['Quý III và Quý IV năm 2026', { kind: 'within-period', start: '2026-07-01', latest: '2026-12-31', period: 'range' }],
  ['trong quý II, quý III/2025', { kind: 'within-period', start: '2025-04-01', latest: '2025-09-30', period: 'range' }],
  // a year after a quarter, with a comma
  ['Quý III, năm 2022', { kind: 'within-period', start: '2022-07-01', latest: '2022-09-30', period: 'quarter' }],
  ['trong Quý III năm 2024', { kind: 'within-period', start: '2024-07-01', latest: '2024-09-30', period: 'quarter' }],
  ['Tháng 12, năm 2022', { kind: 'within-period', start: '2022-12-01', latest: '2022-12-31', period: 'month' }],
  // periods counted from an event
  ['trong thời hạn 02 năm kể từ ngày Nghị định có hiệu lực', { kind: 'relative', relative: { months: 24, from: 'effect' } }],
  [
    'trong thời hạn 02 năm kể từ ngày Nghị định có hiệu lực',
    { kind: 'relative', latest: '2028-07-01', relative: { months: 24, from: 'effect' } },
    { effectiveOn: '2026-07-01' },
  ],
  ['06 tháng kể từ ngày Quyết định này có hiệu lực', { kind: 'relative', relative: { months: 6, from: 'effect' } }],
  ['trong vòng 30 ngày kể từ ngày Luật được thông qua', { kind: 'relative', relative: { days: 30, from: 'event', event: 'luật được thông qua' } }],
  ['trong vòng 30 ngày kể từ ngày họp', { kind: 'relative', relative: { days: 30, from: 'event', event: 'họp' } }],
  // a range from an event to a day: due by the day
  ['Từ ngày Quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm 2027', { kind: 'by-date', latest: '2027-02-28', period: 'day' }],
  // in force from a day, or from an event, on: no end; kept as written, never refused
  ['kể từ ngày 20 tháng 8 năm 2026', { kind: 'continuous', start: '2026-08-20' }],
  ['từ ngày 20 tháng 11 năm 2025', { kind: 'continuous', start: '2025-11-20' }],
  ['kể từ ngày ký ban hành', { kind: 'continuous' }],
  ['từ ngày Luật được thông qua', { kind: 'continuous' }],
  ['định kỳ hoặc thường xuyên', { kind: 'continuous' }],
  // rhythms
  ['định kỳ hai năm một lần', { kind: 'recurring', recurrence: { unit: 'year', every: 2 } }],
  ['Định kỳ 06 tháng, 01 năm', { kind: 'recurring', recurrence: { unit: 'half-year', every: 1 } }],
  ['Định kỳ hằng năm hoặc đột xuất theo yêu cầu', { kind: 'recurring', recurrence: { unit: 'year', every: 1 } }],
  ['định kỳ trước ngày 31 tháng 12 hàng năm', { kind: 'recurring', recurrence: { unit: 'year', every: 1, at: { day: 31, month: 12 } } }],
  ['Trước ngày 15 tháng 12 hằng năm', { kind: 'recurring', recurrence: { unit: 'year', every: 1, at: { day: 15, month: 12 } } }],
  // a year, and every year after it
  ['kể từ năm 2027', { kind: 'from-year-on', start: '2027-01-01', recurrence: { unit: 'year', every: 1 } }],
  ['Năm 2022 và hàng năm', { kind: 'from-year-on', start: '2022-01-01', recurrence: { unit: 'year', every: 1 } }],
  // milestones: the first is the task's deadline
  ['Năm 2025; Năm 2030', { kind: 'within-period', start: '2025-01-01', latest: '2025-12-31', period: 'year' }],
  // before a year: by the last day of the year before
  ['Hoàn thành trước năm 2025', { kind: 'by-date', latest: '2024-12-31', period: 'year' }],
  // a bound with its lead words
  ['chậm nhất đến ngày 01 tháng 7 năm 2028', { kind: 'by-date', latest: '2028-07-01', period: 'day' }],
];

describe('deadline phrases of real documents', () => {
  it.each(TABLE)('%s', (phrase, expected, opts) => {
    const r = parseDeadline(phrase, opts);
    expect(r.ok ? r.value : r.error).toEqual({ text: phrase, ...expected });
  });

  it('a relative deadline without its anchor is never a pass, nor an error: it is not evaluated', () => {
    const child = parseDeadline('trong thời hạn 02 năm kể từ ngày Nghị định có hiệu lực');
    const parent = parseDeadline('Năm 2027');
    expect(child.ok && parent.ok).toBe(true);
    if (child.ok && parent.ok) expect(isNoLaterThan(child.value, parent.value)).toBe('unknown');
  });

  it('describes a period in years and an event as written', () => {
    const years = parseDeadline('trong thời hạn 02 năm kể từ ngày Nghị định có hiệu lực');
    const event = parseDeadline('trong vòng 30 ngày kể từ ngày Luật được thông qua');
    expect(years.ok ? describeDeadline(years.value) : '').toBe('trong vòng 2 năm kể từ ngày văn bản có hiệu lực');
    expect(event.ok ? describeDeadline(event.value) : '').toBe('trong vòng 30 ngày kể từ ngày luật được thông qua');
  });

  it('still refuses a list of quarters that ends before it starts', () => {
    const r = parseDeadline('Quý IV, II/2026');
    expect(r.ok ? r.value : r.error.code).toBe('invalid-range');
  });
});
