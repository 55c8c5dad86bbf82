import { describe, expect, it } from 'vitest';
import { damagedCitations, damagedDateLine, damagedNumberLine, joinSpacedDigits } from './damage.js';

describe('OCR damage', () => {
  it('finds a number line whose number OCR broke, without the place and date beside it', () => {
    expect(damagedNumberLine('Số: ÄŸ#Ÿ/Qb-UBND Lào Cai, ngày 04 tháng j‡ năm 2026')?.found).toBe('ÄŸ#Ÿ/Qb-UBND');
    expect(damagedNumberLine('Sở Công Thương')).toBeUndefined();
  });

  it('finds a date whose day, month or year is not a number; a draft’s blanks are not damage', () => {
    expect(damagedDateLine('Hà Nội, ngày 3Ù tháng 4Ä năm 4034')?.found).toBe('ngày 3Ù tháng 4Ä năm 4034');
    expect(damagedDateLine('Lào Cai, ngày      tháng     năm 2025')).toBeUndefined();
    expect(damagedDateLine('ngày 11 tháng 12 năm 2025;')).toBeUndefined();
  });

  it('finds a cited number with glyphs among its digits', () => {
    expect(damagedCitations('Căn cứ Nghị định SỐ 96/202ØNĐ-CP ngày 31').map((d) => d.found)).toEqual(['96/202ØNĐ-CP']);
    expect(damagedCitations('Căn cứ Nghị định số 96/2026/NĐ-CP')).toEqual([]);
  });

  it('joins digits OCR only spaced out', () => {
    expect(joinSpacedDigits('Số:8 5 2 0/BCT-KHCN')).toBe('Số: 8520/BCT-KHCN');
  });
});
