import { describe, expect, it } from 'vitest';
import { cleanPhrase, foldCase, matchKey, stripLeadWords } from './deadline-normalise.js';

describe('foldCase', () => {
  it.each([
    ['Hoà', 'hòa'],
    ['Thanh Hoá', 'thanh hóa'],
    ['thuý', 'thúy'],
    ['Uỷ ban', 'ủy ban'],
    ['khoẻ', 'khỏe'],
    ['tuỳ theo', 'tùy theo'],
  ])('maps “%s” to the old tone placement “%s”', (input, folded) => {
    expect(foldCase(input)).toBe(folded);
    expect(foldCase(input.normalize('NFD'))).toBe(folded);
  });

  it.each(['quý', 'hoàn thành', 'thuyết', 'của'])('leaves “%s” alone: its tone has one place', (word) => {
    expect(foldCase(word)).toBe(word);
  });

  it('keeps the length of NFC text, so indices carry over', () => {
    const text = 'Năm 2026 (Sau khi Uỷ ban nhân dân tỉnh Thanh Hoá phê duyệt)';
    expect(foldCase(text)).toHaveLength(text.length);
  });
});

describe('cleanPhrase', () => {
  it('drops bold marks, bullets and trailing punctuation, and keeps the words as written', () => {
    expect(cleanPhrase('+ Thời gian hoàn thành:  **Trong tháng 6/2026.** ')).toBe('Thời gian hoàn thành: Trong tháng 6/2026');
  });
});

describe('stripLeadWords', () => {
  it('drops the label words and keeps the rest as written', () => {
    expect(stripLeadWords('Thời gian thực hiện: Năm 2026 (Sau khi có hướng dẫn của Bộ Công an)')).toBe(
      'Năm 2026 (Sau khi có hướng dẫn của Bộ Công an)',
    );
    expect(stripLeadWords('Hoàn thành trước ngày 30 tháng 4 năm 2026')).toBe('trước ngày 30 tháng 4 năm 2026');
  });
});

describe('matchKey', () => {
  it.each([
    ['Thời gian hoàn thành: Trong tháng 6/2026', 'trong tháng 6/2026'],
    ['thời điểm chốt số liệu vào lúc 17 giờ 00 phút thứ Sáu hàng tuần', '17:00 thứ sáu hằng tuần'],
    ['17h thứ 6 hằng tuần', '17:00 thứ 6 hằng tuần'],
    ['Giai đoạn 2026 – 2030', 'giai đoạn 2026-2030'],
    ['06 tháng / lần', '06 tháng/lần'],
    ['theo định kỳ (06 tháng/lần)', 'định kỳ 06 tháng/lần'],
    ['chậm nhất ngày 30 tháng 6 năm 2026', 'ngày 30 tháng 6 năm 2026'],
  ])('“%s” → “%s”', (input, key) => {
    expect(matchKey(input)).toBe(key);
  });
});
