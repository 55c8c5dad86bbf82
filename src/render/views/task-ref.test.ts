import { describe, expect, it } from 'vitest';
import { ordinal, printedTaskRef } from './task-ref.js';

describe('printedTaskRef', () => {
  it('points to a lettered item as “điểm b khoản 2” in a directive', () => {
    expect(printedTaskRef('2.b', 'chi-thi')).toBe('điểm b khoản 2');
    expect(printedTaskRef('2.b/2026', 'chi-thi')).toBe('điểm b khoản 2, năm 2026');
  });

  it('points to a numbered item as “mục 2.1” in a letter', () => {
    expect(printedTaskRef('2.1', 'cong-van')).toBe('mục 2.1');
    expect(printedTaskRef('3', 'chi-thi')).toBe('khoản 3');
  });

  it('points to an unnumbered item by its place, never by its positional id', () => {
    expect(printedTaskRef('1-2', 'cong-van')).toBe('nội dung thứ hai tại mục 1');
    expect(ordinal(1)).toBe('thứ nhất');
    expect(ordinal(4)).toBe('thứ tư');
  });
});
