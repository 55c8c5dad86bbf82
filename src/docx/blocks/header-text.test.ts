import { describe, expect, it } from 'vitest';
import { dateLine, numberLine } from './header-text.js';

describe('numberLine', () => {
  it('prints an issued number without spaces', () => {
    expect(numberLine('5900', 'UBND-NC')).toBe('Số: 5900/UBND-NC');
  });
  it('gives numbers below 10 a leading zero', () => {
    expect(numberLine('7', 'CT-TTg')).toBe('Số: 07/CT-TTg');
  });
  it('keeps room for a blank number', () => {
    expect(numberLine(undefined, 'UBND-TH')).toBe('Số:      /UBND-TH');
    expect(numberLine('  ', 'SGDĐT-TCCB')).toBe('Số:      /SGDĐT-TCCB');
  });
});

describe('dateLine', () => {
  it('prints place, comma, day, month and year', () => {
    expect(dateLine('Gia Lai', { day: 11, month: 5, year: 2026 })).toBe('Gia Lai, ngày 11 tháng 5 năm 2026');
  });
  it('gives day below 10 and months 1–2 a leading zero', () => {
    expect(dateLine('Hà Nội', { day: 5, month: 2, year: 2026 })).toBe('Hà Nội, ngày 05 tháng 02 năm 2026');
    expect(dateLine('Hà Nội', { day: 9, month: 3, year: 2026 })).toBe('Hà Nội, ngày 09 tháng 3 năm 2026');
  });
  it('prints blanks for the parts a draft leaves out', () => {
    expect(dateLine('An Giang', { month: 5, year: 2026 })).toBe('An Giang, ngày     tháng 5 năm 2026');
    expect(dateLine('Thành phố Hồ Chí Minh', { year: 2026 })).toBe('Thành phố Hồ Chí Minh, ngày     tháng     năm 2026');
  });
});
