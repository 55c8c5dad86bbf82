import { describe, expect, it } from 'vitest';
import { deadlineToText, describeDeadline, parseDeadline } from './deadline.js';
import type { Deadline, ParseDeadlineOptions } from './deadline.js';

function parsed(phrase: string, opts?: ParseDeadlineOptions): Deadline {
  const result = parseDeadline(phrase, opts);
  if (!result.ok) throw new Error(result.error.message_en);
  return result.value;
}

/** [phrase, Vietnamese, English]. */
const TEXTS: readonly (readonly [string, string, string])[] = [
  ['Hoàn thành trước ngày 30 tháng 4 năm 2026', 'chậm nhất ngày 30/4/2026', 'by 30 April 2026'],
  ['Trong tháng 6/2026', 'trong tháng 6/2026 (chậm nhất ngày 30/6/2026)', 'within June 2026 (by 30 June 2026)'],
  ['Quý III/2026', 'trong quý III/2026 (chậm nhất ngày 30/9/2026)', 'within Q3 2026 (by 30 September 2026)'],
  ['6 tháng đầu năm 2026', 'trong 6 tháng đầu năm 2026 (chậm nhất ngày 30/6/2026)', 'within the first half of 2026 (by 30 June 2026)'],
  ['Năm 2026', 'trong năm 2026 (chậm nhất ngày 31/12/2026)', 'within 2026 (by 31 December 2026)'],
  ['đến hết năm 2026', 'đến hết năm 2026', 'by the end of 2026'],
  ['đến hết quý II/2026', 'đến hết quý II/2026', 'by the end of Q2 2026'],
  ['từ tháng 7 đến tháng 9/2026', 'từ ngày 1/7/2026 đến ngày 30/9/2026', 'from 1 July 2026 to 30 September 2026'],
  ['Thường xuyên', 'thường xuyên', 'continuous, no end date'],
  ['Định kỳ 6 tháng', 'định kỳ 6 tháng', 'every 6 months'],
  ['2 tuần/lần', 'định kỳ 2 tuần/lần', 'every 2 weeks'],
  ['hàng năm', 'hằng năm', 'yearly'],
  ['17 giờ 00 phút thứ Sáu hàng tuần', 'hằng tuần, vào 17:00 thứ Sáu', 'weekly, on Friday at 17:00'],
  ['trước ngày 15/12 hằng năm', 'hằng năm, chậm nhất ngày 15/12', 'yearly, by 15 December'],
  ['trước ngày 20 của tháng cuối quý', 'hằng quý, chậm nhất ngày 20 của tháng cuối quý', 'quarterly, by day 20 of the last month of the quarter'],
  ['Năm 2028 và các năm tiếp theo', 'hằng năm, từ năm 2028', 'every year from 2028'],
  ['Các năm tiếp theo', 'hằng năm, các năm tiếp theo', 'every year, in the following years'],
  ['trong vòng 30 ngày kể từ ngày ký', 'trong vòng 30 ngày kể từ ngày ký', 'within 30 days of signing'],
  [
    'Năm 2026 (Sau khi có hướng dẫn của Bộ Công an)',
    'trong năm 2026 (chậm nhất ngày 31/12/2026), sau khi có hướng dẫn của Bộ Công an',
    'within 2026 (by 31 December 2026), subject to “Sau khi có hướng dẫn của Bộ Công an”',
  ],
  ['Sau khi có hướng dẫn của Bộ Công an', 'Sau khi có hướng dẫn của Bộ Công an', 'once “Sau khi có hướng dẫn của Bộ Công an”'],
];

describe('deadlineToText', () => {
  it.each(TEXTS.map(([phrase, vi, en]) => ({ phrase, vi, en })))('“$phrase”', ({ phrase, vi, en }) => {
    expect(deadlineToText(parsed(phrase))).toEqual({ vi, en });
  });

  it('adds the computed date to a relative term', () => {
    expect(deadlineToText(parsed('trong vòng 30 ngày kể từ ngày ký', { signedOn: '2026-05-11' }))).toEqual({
      vi: 'trong vòng 30 ngày kể từ ngày ký (chậm nhất ngày 10/6/2026)',
      en: 'within 30 days of signing (by 10 June 2026)',
    });
  });
});

describe('describeDeadline', () => {
  it('speaks Vietnamese by default and English on request', () => {
    const d = parsed('Định kỳ 6 tháng');
    expect([describeDeadline(d), describeDeadline(d, 'en')]).toEqual(['định kỳ 6 tháng', 'every 6 months']);
  });
});
