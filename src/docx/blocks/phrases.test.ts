import { describe, expect, it } from 'vitest';
import { NBSP, keepPhrases } from './phrases.js';

const joined = (s: string) => s.replace(/ /g, NBSP);

describe('keepPhrases', () => {
  it('holds “Thủ tướng Chính phủ” together and leaves the space before it breakable', () => {
    expect(keepPhrases('Chỉ thị của Thủ tướng Chính phủ')).toBe(`Chỉ thị của ${joined('Thủ tướng Chính phủ')}`);
  });

  it('holds a document’s type word, number and symbol together', () => {
    expect(keepPhrases('thực hiện Chỉ thị số 14/CT-TTg ngày 22/4/2026')).toBe(`thực hiện ${joined('Chỉ thị số 14/CT-TTg')} ${joined('ngày 22/4/2026')}`);
  });

  it('holds a written-out date together', () => {
    expect(keepPhrases('ngày 22 tháng 4 năm 2026 của')).toBe(`${joined('ngày 22 tháng 4 năm 2026')} của`);
  });

  it('knows both tone placements of “Ủy ban nhân dân”', () => {
    expect(keepPhrases('Uỷ ban nhân dân tỉnh')).toBe(`${joined('Uỷ ban nhân dân')} tỉnh`);
  });

  it('leaves ordinary words breakable', () => {
    expect(keepPhrases('đôn đốc triển khai thực hiện')).toBe('đôn đốc triển khai thực hiện');
  });
});
