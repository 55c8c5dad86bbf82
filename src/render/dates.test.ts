import { describe, expect, it } from 'vitest';
import { longDate, shortDate } from './dates.js';

describe('longDate', () => {
  it('gives days below 10 and the months 1 and 2 a leading zero, as the decree says', () => {
    expect(longDate('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(longDate('2026-05-11')).toBe('ngày 11 tháng 5 năm 2026');
    expect(longDate('2026-12-01')).toBe('ngày 01 tháng 12 năm 2026');
  });

  it('leaves a draft’s missing day and month blank', () => {
    expect(longDate('2026-05')).toMatch(/^ngày\s+tháng 5 năm 2026$/);
    expect(longDate('2026')).toMatch(/^ngày\s+tháng\s+năm 2026$/);
  });
});

describe('shortDate', () => {
  it('cites as letters do, without leading zeros', () => {
    expect(shortDate('2026-04-22')).toBe('22/4/2026');
    expect(shortDate('2026-05')).toBe('5/2026');
  });
});
