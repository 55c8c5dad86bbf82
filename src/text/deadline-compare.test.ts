import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNoLaterThan, parseDeadline, reportsAtLeastAsOften } from './deadline.js';
import type { Deadline, ParseDeadlineOptions, Verdict } from './deadline.js';

function parsed(phrase: string, opts?: ParseDeadlineOptions): Deadline {
  const result = parseDeadline(phrase, opts);
  if (!result.ok) throw new Error(result.error.message_en);
  return result.value;
}

const WEEKLY_CUTOFF = 'thời điểm chốt số liệu vào lúc 17 giờ 00 phút thứ Sáu hàng tuần';
const GIA_LAI_4 = 'Năm 2026 (Sau khi có hướng dẫn của Bộ Công an).';

/** [child, parent, expected]: the seeds' pairs first. */
const NO_LATER: readonly (readonly [string, string, Verdict])[] = [
  ['Trong tháng 6/2026', 'Hoàn thành trước ngày 31 tháng 5 năm 2026', 'no'],
  ['đến hết năm 2026', 'Năm 2026', 'yes'],
  ['Năm 2026', 'đến hết năm 2026', 'yes'],
  ['Năm 2027', 'Năm 2026', 'no'],
  ['Thường xuyên', 'Thường xuyên.', 'yes'],
  [WEEKLY_CUTOFF, 'Định kỳ 6 tháng', 'yes'],
  [GIA_LAI_4, 'Hoàn thành trước ngày 31 tháng 5 năm 2026', 'no'],
  [GIA_LAI_4, 'Năm 2026', 'yes'],
  ['trước ngày 31 tháng 12 năm 2026', 'đến hết năm 2026', 'yes'],
  ['chậm nhất ngày 30 tháng 6 năm 2026', 'Năm 2026', 'yes'],
  ['Trong tháng 6/2026', 'Hoàn thành trong năm 2026', 'yes'],
  ['Hoàn thành trong năm 2026', 'Trong tháng 6/2026', 'no'],
  ['Quý III/2026', '6 tháng cuối năm 2026', 'yes'],
  ['giai đoạn 2026-2030', 'Năm 2026', 'no'],
  // every year from then on: the first year's end is the first due date
  ['Năm 2028 và các năm tiếp theo', 'từ năm 2027 và các năm tiếp theo', 'no'],
  ['từ năm 2027 và các năm tiếp theo', 'Năm 2028 và các năm tiếp theo', 'yes'],
  ['Năm 2027', 'từ năm 2027 và các năm tiếp theo', 'yes'],
  ['Năm 2028 và các năm tiếp theo', 'Các năm tiếp theo', 'unknown'],
  ['Các năm tiếp theo', 'Các năm tiếp theo', 'yes'],
  ['hằng năm', 'từ năm 2027 và các năm tiếp theo', 'yes'],
  // continuous work
  ['Năm 2027', 'Thường xuyên', 'yes'],
  ['Thường xuyên', 'Năm 2026', 'no'],
  ['Thường xuyên', 'hằng năm', 'unknown'],
  // a rhythm or an event without a date under a date: not computable
  ['hằng năm', 'Năm 2026', 'unknown'],
  ['Sau khi có hướng dẫn của Bộ Công an', 'Năm 2026', 'unknown'],
  ['trong vòng 30 ngày kể từ ngày ký', 'trong vòng 30 ngày kể từ ngày ký', 'unknown'],
  ['Năm 2026', 'hằng năm', 'unknown'],
  // fixed points in each period
  ['trước ngày 15/12 hằng năm', 'trước ngày 31/12 hằng năm', 'yes'],
  ['trước ngày 31/12 hằng năm', 'trước ngày 15/12 hằng năm', 'no'],
  ['hằng năm', 'trước ngày 15/12 hằng năm', 'unknown'],
  ['trước ngày 15/12 hằng năm', 'hằng năm', 'yes'],
  ['trước 16:30 thứ Năm hằng tuần', '17 giờ 00 phút thứ Sáu hàng tuần', 'yes'],
  ['17 giờ 30 phút thứ Sáu hằng tuần', '17 giờ 00 phút thứ Sáu hàng tuần', 'no'],
  ['hằng tuần vào thứ Sáu', '17 giờ 00 phút thứ Sáu hàng tuần', 'unknown'],
  ['trước ngày 20 của tháng cuối quý', 'định kỳ hằng quý', 'yes'],
  ['hằng năm', 'Định kỳ 6 tháng', 'no'],
];

describe('isNoLaterThan', () => {
  it.each(NO_LATER.map(([child, parent, verdict]) => ({ child, parent, verdict })))(
    '“$child” under “$parent” → $verdict',
    ({ child, parent, verdict }) => {
      expect(isNoLaterThan(parsed(child), parsed(parent))).toBe(verdict);
    },
  );

  it('compares a relative term once the signing dates are known', () => {
    const child = parsed('trong vòng 30 ngày kể từ ngày ký', { signedOn: '2026-05-11' });
    expect(isNoLaterThan(child, parsed('Trong tháng 6/2026'))).toBe('yes');
    expect(isNoLaterThan(child, parsed('trước ngày 31/5/2026'))).toBe('no');
  });

  it('is reflexive on every phrase above but an undated relative term', () => {
    const phrases = [...new Set(NO_LATER.flatMap(([c, p]) => [c, p]))].filter((p) => !p.includes('kể từ ngày ký'));
    expect(phrases.filter((p) => isNoLaterThan(parsed(p), parsed(p)) !== 'yes')).toEqual([]);
  });

  it('never passes a relative term without its signing date', () => {
    expect(isNoLaterThan(parsed('trong vòng 30 ngày kể từ ngày ký'), parsed('Năm 2030'))).toBe('unknown');
  });
});

/** [child, parent, expected]. */
const AS_OFTEN: readonly (readonly [string, string, Verdict])[] = [
  [WEEKLY_CUTOFF, 'Định kỳ 6 tháng', 'yes'],
  ['hằng năm', 'Định kỳ 6 tháng', 'no'],
  ['06 tháng/lần', 'Định kỳ 6 tháng', 'yes'],
  ['định kỳ hằng quý', 'Định kỳ 6 tháng', 'yes'],
  ['hằng tháng', 'hằng tuần', 'no'],
  ['hằng tháng', '5 tuần/lần', 'yes'],
  ['4 tuần/lần', 'hằng tháng', 'yes'],
  ['30 ngày/lần', 'hằng tháng', 'no'],
  ['Năm 2028 và các năm tiếp theo', 'hằng năm', 'yes'],
  ['trước ngày 15/12 hằng năm', 'hằng năm', 'yes'],
  ['chậm nhất ngày 30 tháng 6 năm 2026', 'Định kỳ 6 tháng', 'no'],
  ['Thường xuyên', 'Định kỳ 6 tháng', 'unknown'],
  ['Năm 2026', 'Trong tháng 6/2026', 'yes'],
  ['hằng năm', 'Thường xuyên', 'yes'],
];

describe('reportsAtLeastAsOften', () => {
  it.each(AS_OFTEN.map(([child, parent, verdict]) => ({ child, parent, verdict })))(
    '“$child” under “$parent” → $verdict',
    ({ child, parent, verdict }) => {
      expect(reportsAtLeastAsOften(parsed(child), parsed(parent))).toBe(verdict);
    },
  );
});

const aDay = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((t) => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }));
const isoOf = ({ y, m, d }: { y: number; m: number; d: number }): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const dueBy = ({ y, m, d }: { y: number; m: number; d: number }): Deadline => parsed(`trước ngày ${d}/${m}/${y}`);

describe('properties', () => {
  it('“trước ngày D/M/YYYY” is due by that day, for any day', () => {
    fc.assert(fc.property(aDay, (day) => parseDeadline(`trước ngày ${day.d}/${day.m}/${day.y}`).ok && dueBy(day).latest === isoOf(day)));
  });

  it('“trước ngày D tháng M năm YYYY” is due by that day, for any day', () => {
    fc.assert(fc.property(aDay, (day) => parsed(`trước ngày ${day.d} tháng ${day.m} năm ${day.y}`).latest === isoOf(day)));
  });

  it('isNoLaterThan is reflexive on dated deadlines', () => {
    fc.assert(fc.property(aDay, (day) => isNoLaterThan(dueBy(day), dueBy(day)) === 'yes'));
  });

  it('isNoLaterThan follows the order of the days', () => {
    fc.assert(
      fc.property(aDay, aDay, (a, b) => isNoLaterThan(dueBy(a), dueBy(b)) === (isoOf(a) <= isoOf(b) ? 'yes' : 'no')),
    );
  });

  it('a day of a month is no later than the month, and the month no later than the day only on its last day', () => {
    fc.assert(
      fc.property(aDay, (day) => {
        const month = parsed(`Trong tháng ${day.m}/${day.y}`);
        const last = new Date(Date.UTC(day.y, day.m, 0)).getUTCDate();
        return (
          isNoLaterThan(dueBy(day), month) === 'yes' &&
          isNoLaterThan(month, dueBy(day)) === (day.d === last ? 'yes' : 'no')
        );
      }),
    );
  });
});
