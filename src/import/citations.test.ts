import { describe, expect, it } from 'vitest';
import { citationKey, findCitations, kindOfSymbol } from './citations.js';

describe('findCitations', () => {
  it('reads kind, number, symbol and date in both date forms', () => {
    const found = findCitations('Thực hiện Chỉ thị số 14/CT-TTg ngày 22/4/2026 và Công văn số 3978/UBND-VX ngày 14 tháng 5 năm 2026;');
    expect(found.map((c) => [c.kind, c.number, c.symbol, c.as, c.date])).toEqual([
      ['chi-thi', '14', 'CT-TTg', '14/CT-TTg', '2026-04-22'],
      ['cong-van', '3978', 'UBND-VX', '3978/UBND-VX', '2026-05-14'],
    ]);
  });

  it('reads a citation without "số", without a date, and with the year in the number', () => {
    expect(findCitations('Áp dụng Quyết định 757/QĐ-BKHCN của Bộ trưởng')[0]).toMatchObject({ kind: 'quyet-dinh', number: '757', date: undefined });
    expect(findCitations('Nghị định số 30/2020/NĐ-CP ngày 05/3/2020')[0]).toMatchObject({ kind: 'nghi-dinh', kindWord: 'Nghị định', number: '30', symbol: '2020/NĐ-CP', date: '2020-03-05' });
    // Laws, decrees and circulars are kinds of their own, told by the word or by the symbol's code.
    expect(findCitations('Thông tư 33/2026/TT-BTC; 105/2017/NĐ-CP; Luật số 61/2020/QH14; 72/2025/QH15; 01/2026/TTLT-BCT-BTC').map((c) => c.kind)).toEqual(['thong-tu', 'nghi-dinh', 'luat', 'luat', undefined]);
  });

  it('reads the Party’s numbering, with a dash before the type code', () => {
    const found = findCitations('Căn cứ Nghị quyết số 10-NQ/TW ngày 10 tháng 02 năm 2022 của Bộ Chính trị; Công văn số 46-HD/BTGTW');
    expect(found.map((c) => [c.kind, c.number, c.symbol, c.as, c.date])).toEqual([
      ['nghi-quyet', '10', 'NQ/TW', '10-NQ/TW', '2022-02-10'],
      ['cong-van', '46', 'HD/BTGTW', '46-HD/BTGTW', undefined],
    ]);
    expect(findCitations('thời kỳ 2021-2030, giai đoạn 2026-2030')).toEqual([]);
  });

  it('does not read dates and fractions as citations', () => {
    expect(findCitations('trước ngày 31/12/2026, 06 tháng/lần, 1/2 số cán bộ')).toEqual([]);
  });

  it('compares numbers and symbols without spaces or case', () => {
    expect(citationKey('14 ', 'CT-TTg')).toBe(citationKey('14', 'ct-ttg'));
    expect([kindOfSymbol('QĐ-BGDĐT'), kindOfSymbol('KH-UBND'), kindOfSymbol('UBND-VX')]).toEqual(['quyet-dinh', 'ke-hoach', 'cong-van']);
  });
});
