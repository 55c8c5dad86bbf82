import { describe, expect, it } from 'vitest';
import { parseDeadline } from './deadline.js';
import type { Deadline, ParseDeadlineOptions, PeriodUnit, RecurrenceAt, RecurrenceUnit } from './deadline.js';

type Expected = Omit<Deadline, 'text'>;

const by = (latest: string, period: PeriodUnit = 'day'): Expected => ({ kind: 'by-date', latest, period });
const within = (start: string, latest: string, period: PeriodUnit): Expected => ({ kind: 'within-period', start, latest, period });
const year = (y: number): Expected => within(`${y}-01-01`, `${y}-12-31`, 'year');
const fromYear = (y?: number): Expected =>
  y === undefined
    ? { kind: 'from-year-on', recurrence: { unit: 'year', every: 1 } }
    : { kind: 'from-year-on', start: `${y}-01-01`, recurrence: { unit: 'year', every: 1 } };
const every = (unit: RecurrenceUnit, n = 1, at?: RecurrenceAt): Expected => ({
  kind: 'recurring',
  recurrence: at === undefined ? { unit, every: n } : { unit, every: n, at },
});
const CONTINUOUS: Expected = { kind: 'continuous' };
const BCA = 'Sau khi có hướng dẫn của Bộ Công an';

const nfd = (s: string): string => s.normalize('NFD');

/** [phrase as written, expected value without `text`, options]. */
const TABLE: readonly (readonly [string, Expected, ParseDeadlineOptions?])[] = [
  // due by a day ("trước ngày X" is due by X, X included)
  ['Hoàn thành trước ngày 30 tháng 4 năm 2026', by('2026-04-30')],
  ['Hoàn thành trước ngày 31 tháng 5 năm 2026.', by('2026-05-31')],
  ['trước ngày 31/12/2026', by('2026-12-31')],
  ['trước ngày 31 tháng 12 năm 2026', by('2026-12-31')],
  ['trước ngày 31/12/2026.', by('2026-12-31')],
  ['TRƯỚC NGÀY 31/12/2026', by('2026-12-31')],
  ['chậm nhất ngày 30 tháng 6 năm 2026', by('2026-06-30')],
  ['chậm nhất **ngày 30 tháng 6 năm 2026**', by('2026-06-30')],
  ['Thời gian hoàn thành chỉ tiêu trước ngày 31 tháng 12 năm 2026.', by('2026-12-31')],
  ['Chậm nhất là ngày 15/01/2027', by('2027-01-15')],
  ['đến hết ngày 30/09/2026', by('2026-09-30')],
  ['Trước 31-12-2026', by('2026-12-31')],
  ['ngày 30.6.2026', by('2026-06-30')],
  ['hạn chót ngày 29/2/2028', by('2028-02-29')],
  ['trước ngày 30 tháng 6/2026', by('2026-06-30')],
  ['Thời hạn: 05/01/2027', by('2027-01-05')],
  [nfd('Hoàn thành trước ngày 30 tháng 4 năm 2026'), by('2026-04-30')],
  // a month, a quarter, a half-year
  ['Trong tháng 6/2026', within('2026-06-01', '2026-06-30', 'month')],
  ['Thời gian hoàn thành: **Trong tháng 6/2026.**', within('2026-06-01', '2026-06-30', 'month')],
  ['tháng 6 năm 2026', within('2026-06-01', '2026-06-30', 'month')],
  ['Trong tháng 06/2026', within('2026-06-01', '2026-06-30', 'month')],
  ['trong tháng 12 năm 2026', within('2026-12-01', '2026-12-31', 'month')],
  ['Tháng 2/2028', within('2028-02-01', '2028-02-29', 'month')],
  [nfd('Trong tháng 6/2026'), within('2026-06-01', '2026-06-30', 'month')],
  ['đến hết tháng 6/2026', by('2026-06-30', 'month')],
  ['cuối tháng 9 năm 2026', by('2026-09-30', 'month')],
  ['Quý III/2026', within('2026-07-01', '2026-09-30', 'quarter')],
  ['quý 3 năm 2026', within('2026-07-01', '2026-09-30', 'quarter')],
  ['trong quý IV năm 2026', within('2026-10-01', '2026-12-31', 'quarter')],
  ['Quý I/2027', within('2027-01-01', '2027-03-31', 'quarter')],
  [nfd('Quý II/2026'), within('2026-04-01', '2026-06-30', 'quarter')],
  ['đến hết quý II/2026', by('2026-06-30', 'quarter')],
  ['6 tháng đầu năm 2026', within('2026-01-01', '2026-06-30', 'half-year')],
  ['6 tháng cuối năm 2026', within('2026-07-01', '2026-12-31', 'half-year')],
  ['trong 06 tháng đầu năm 2027', within('2027-01-01', '2027-06-30', 'half-year')],
  // a year
  ['Hoàn thành trong năm 2026', year(2026)],
  ['Năm 2026', year(2026)],
  ['Trong năm 2026', year(2026)],
  ['Trong năm 2026.', year(2026)],
  ['Thời gian thực hiện: Năm 2026', year(2026)],
  ['Năm 2027', year(2027)],
  [nfd('Năm 2026'), year(2026)],
  ['đến hết năm 2026', by('2026-12-31', 'year')],
  ['Đến cuối năm 2027', by('2027-12-31', 'year')],
  // every year from then on
  ['Năm 2028 và các năm tiếp theo', fromYear(2028)],
  ['Năm 2028 và các năm tiếp theo.', fromYear(2028)],
  ['Các năm tiếp theo', fromYear()],
  ['+ Các năm tiếp theo:', fromYear()],
  ['từ năm 2027 và các năm tiếp theo', fromYear(2027)],
  ['Từ năm 2027', fromYear(2027)],
  ['từ năm 2027 trở đi', fromYear(2027)],
  ['hằng năm từ năm 2027', fromYear(2027)],
  // continuous
  ['Thường xuyên', CONTINUOUS],
  ['Thường xuyên.', CONTINUOUS],
  ['THƯỜNG XUYÊN', CONTINUOUS],
  ['thường xuyên, liên tục', CONTINUOUS],
  ['Thời gian thực hiện: Thường xuyên.', CONTINUOUS],
  [nfd('Thường xuyên'), CONTINUOUS],
  // rhythms
  ['Định kỳ 6 tháng', every('half-year')],
  [nfd('Định kỳ 6 tháng'), every('half-year')],
  ['06 tháng/lần', every('half-year')],
  ['theo định kỳ (06 tháng/lần)', every('half-year')],
  ['6 tháng một lần', every('half-year')],
  ['định kỳ hằng quý', every('quarter')],
  ['định kỳ 3 tháng', every('quarter')],
  ['định kỳ 12 tháng', every('year')],
  ['hàng năm', every('year')],
  ['hằng năm', every('year')],
  ['Hằng năm.', every('year')],
  ['hằng tháng', every('month')],
  ['Định kỳ hàng tháng', every('month')],
  ['hằng tuần', every('week')],
  ['2 tuần/lần', every('week', 2)],
  ['17 giờ 00 phút thứ Sáu hàng tuần', every('week', 1, { weekday: 5, time: '17:00' })],
  ['thời điểm chốt số liệu vào lúc 17 giờ 00 phút thứ Sáu hàng tuần', every('week', 1, { weekday: 5, time: '17:00' })],
  ['17h00 thứ 6 hằng tuần', every('week', 1, { weekday: 5, time: '17:00' })],
  ['trước 16:30 thứ Năm hằng tuần', every('week', 1, { weekday: 4, time: '16:30' })],
  ['hằng tuần vào thứ Hai', every('week', 1, { weekday: 1 })],
  ['hằng tuần, thứ Sáu lúc 17 giờ', every('week', 1, { weekday: 5, time: '17:00' })],
  ['trước ngày 15/12 hằng năm', every('year', 1, { day: 15, month: 12 })],
  ['trước ngày 15 tháng 12 hàng năm', every('year', 1, { day: 15, month: 12 })],
  ['trước ngày 20 của tháng cuối quý', every('quarter', 1, { day: 20, monthOfPeriod: 3 })],
  ['trước ngày 25 hằng tháng', every('month', 1, { day: 25 })],
  // ranges
  ['từ tháng 7 đến tháng 9/2026', within('2026-07-01', '2026-09-30', 'range')],
  ['Từ tháng 7/2026 đến tháng 9/2026', within('2026-07-01', '2026-09-30', 'range')],
  ['tháng 7-9/2026', within('2026-07-01', '2026-09-30', 'range')],
  ['từ tháng 11/2026 đến tháng 2/2027', within('2026-11-01', '2027-02-28', 'range')],
  ['từ tháng 11 đến tháng 2/2027', within('2026-11-01', '2027-02-28', 'range')],
  ['từ năm 2026 đến năm 2030', within('2026-01-01', '2030-12-31', 'range')],
  ['giai đoạn 2026-2030', within('2026-01-01', '2030-12-31', 'range')],
  ['Giai đoạn 2026 – 2030', within('2026-01-01', '2030-12-31', 'range')],
  ['từ ngày 01/7/2026 đến ngày 30/9/2026', within('2026-07-01', '2026-09-30', 'range')],
  // conditions
  [`Năm 2026 (${BCA})`, { ...year(2026), condition: BCA }],
  [`Năm 2026 (${BCA}).`, { ...year(2026), condition: BCA }],
  [nfd(`Năm 2026 (${BCA}).`), { ...year(2026), condition: BCA }],
  ['Trong tháng 6/2026, sau khi được Bộ Công an phân quyền', { ...within('2026-06-01', '2026-06-30', 'month'), condition: 'sau khi được Bộ Công an phân quyền' }],
  ['Năm 2026 (tuỳ theo hướng dẫn của Bộ Công an)', { ...year(2026), condition: 'tuỳ theo hướng dẫn của Bộ Công an' }],
  ['Năm 2026 (tùy theo hướng dẫn của Bộ Công an)', { ...year(2026), condition: 'tùy theo hướng dẫn của Bộ Công an' }],
  [nfd('Năm 2026 (tuỳ thuộc hướng dẫn của Bộ Công an)'), { ...year(2026), condition: 'tuỳ thuộc hướng dẫn của Bộ Công an' }],
  [BCA, { kind: 'after-event', condition: BCA }],
  [`Thời gian thực hiện: ${BCA}.`, { kind: 'after-event', condition: BCA }],
  // counted from an event
  ['trong vòng 30 ngày kể từ ngày ký', { kind: 'relative', relative: { days: 30, from: 'signing' } }],
  ['Trong vòng 30 ngày kể từ ngày ký.', { kind: 'relative', latest: '2026-06-10', relative: { days: 30, from: 'signing' } }, { signedOn: '2026-05-11' }],
  ['trong thời hạn 30 ngày kể từ ngày ký văn bản này', { kind: 'relative', latest: '2026-06-10', relative: { days: 30, from: 'signing' } }, { signedOn: '11/5/2026' }],
  ['trong vòng 3 tháng kể từ ngày ban hành', { kind: 'relative', latest: '2027-02-28', relative: { months: 3, from: 'issuing' } }, { signedOn: '2026-11-30' }],
  ['trong vòng 15 ngày làm việc kể từ ngày nhận được văn bản', { kind: 'relative', relative: { workingDays: 15, from: 'receipt' } }, { signedOn: '2026-05-11' }],
];

describe('parseDeadline: known phrases', () => {
  it('has at least 70 distinct phrasings', () => {
    const distinct = new Set(TABLE.map(([p]) => p));
    expect(distinct.size).toBe(TABLE.length);
    expect(distinct.size).toBeGreaterThanOrEqual(70);
  });

  it.each(TABLE.map(([phrase, expected, opts]) => ({ phrase, expected, opts })))('“$phrase”', ({ phrase, expected, opts }) => {
    const result = parseDeadline(phrase, opts);
    expect(result).toEqual({ ok: true, value: { text: phrase.normalize('NFC').trim(), ...expected } });
  });

  it('keeps the text as written, in NFC', () => {
    const result = parseDeadline(nfd('  Thời gian hoàn thành: **Trong tháng 6/2026.** '));
    expect(result.ok && result.value.text).toBe('Thời gian hoàn thành: **Trong tháng 6/2026.**');
  });

  it('reads a signing date given as a Date by its local calendar day', () => {
    const result = parseDeadline('trong vòng 30 ngày kể từ ngày ký', { signedOn: new Date(2026, 4, 11) });
    expect(result.ok && result.value.latest).toBe('2026-06-10');
  });

  it('returns plain data that survives JSON', () => {
    const result = parseDeadline('17 giờ 00 phút thứ Sáu hàng tuần');
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });
});

/** [phrase, expected error code, a fragment the messages must carry beside the quoted phrase]. */
const REFUSED: readonly (readonly [string, string, string?])[] = [
  ['trước ngày 31/2/2026', 'invalid-date', '31/2/2026'],
  ['trước ngày 31 tháng 4 năm 2026', 'invalid-date', '31/4/2026'],
  ['29/2/2027', 'invalid-date', '29/2/2027'],
  ['Trong tháng 13/2026', 'invalid-date', '13'],
  ['Quý V/2026', 'invalid-date', 'V'],
  ['trước ngày 30/2 hằng năm', 'invalid-date', '30/2'],
  ['25 giờ 00 phút thứ Sáu hằng tuần', 'invalid-date', '25:00'],
  ['từ năm 2030 đến năm 2026', 'invalid-range', '31/12/2026'],
  ['từ ngày 30/9/2026 đến ngày 01/7/2026', 'invalid-range', '1/7/2026'],
  ['ngày mai', 'unknown-phrase'],
  ['Sớm nhất có thể', 'unknown-phrase'],
  ['Năm 2026 (ghi chú nội bộ)', 'unknown-phrase'],
  ['khi nào xong thì báo cáo', 'unknown-phrase'],
  ['6 tháng đầu năm', 'unknown-phrase'],
  ['Quý III', 'unknown-phrase'],
  ['2026', 'unknown-phrase'],
  ['trước tháng 7/2026', 'unknown-phrase'],
  ['Hoàn thành', 'unknown-phrase'],
  // "trong vòng 30 ngày kể từ ngày họp" is no longer refused: a period from another event is kept as written (deadline-real.test.ts).
  ['0 tháng/lần', 'unknown-phrase'],
  ['7-9/2026', 'unknown-phrase'],
  ['', 'empty'],
  ['**.**', 'empty'],
];

describe('parseDeadline: refused phrases', () => {
  it.each(REFUSED.map(([phrase, code, fragment]) => ({ phrase, code, fragment })))('“$phrase” → $code', ({ phrase, code, fragment }) => {
    const result = parseDeadline(phrase);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.phrase).toBe(phrase);
    expect(result.error.message_vi).toContain(`“${phrase}”`);
    expect(result.error.message_en).toContain(`“${phrase}”`);
    if (fragment !== undefined) {
      expect(result.error.message_vi).toContain(fragment);
      expect(result.error.message_en).toContain(fragment);
    }
  });

  it('says in both languages that a day does not exist', () => {
    const result = parseDeadline('trước ngày 31/2/2026');
    expect(result.ok ? undefined : [result.error.message_vi, result.error.message_en]).toEqual([
      'Thời hạn “trước ngày 31/2/2026” không hợp lệ: ngày 31/2/2026 không có thật trong lịch.',
      'Invalid deadline “trước ngày 31/2/2026”: the date 31/2/2026 does not exist.',
    ]);
  });

  it('refuses a signing date that is not a day, quoting the phrase', () => {
    const result = parseDeadline('trong vòng 30 ngày kể từ ngày ký', { signedOn: '2026-02-30' });
    expect(result.ok ? undefined : result.error.code).toBe('invalid-option');
    expect(result.ok ? undefined : result.error.message_vi).toContain('“trong vòng 30 ngày kể từ ngày ký”');
  });
});
