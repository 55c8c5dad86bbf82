import { describe, expect, it } from 'vitest';
import { isUpperLine, readKindTitle, readNumberLine, readPlaceDate, readSubjectLine, stripMotto } from './header.js';

describe('header lines', () => {
  it('reads number and symbol, blank in a draft, with a space before the slash, and what follows', () => {
    expect(readNumberLine('Số: 5900/UBND-NC')).toMatchObject({ number: '5900', symbol: 'UBND-NC', printed: '5900/UBND-NC' });
    expect(readNumberLine('Số:      /UBND-TH')).toMatchObject({ number: '', symbol: 'UBND-TH' });
    expect(readNumberLine('Số: 14 /CT-TTg')).toMatchObject({ number: '14', symbol: 'CT-TTg', printed: '14 /CT-TTg' });
    expect(readNumberLine('Số: /SGDĐT-TCCB Thành phố Hồ Chí Minh, ngày tháng năm 2026')).toMatchObject({
      symbol: 'SGDĐT-TCCB',
      rest: 'Thành phố Hồ Chí Minh, ngày tháng năm 2026',
    });
  });

  it('reads place and date, partial in a draft', () => {
    expect(readPlaceDate('Gia Lai, ngày 11 tháng 5 năm 2026')).toEqual({ place: 'Gia Lai', date: '2026-05-11' });
    expect(readPlaceDate('An Giang, ngày tháng 5 năm 2026')).toEqual({ place: 'An Giang', date: '2026-05' });
    expect(readPlaceDate('Thành phố Hồ Chí Minh, ngày tháng năm 2026')).toEqual({ place: 'Thành phố Hồ Chí Minh', date: '2026' });
    expect(readPlaceDate('Thực hiện Chỉ thị ngày 22/4/2026')).toBeUndefined();
  });

  it('knows the type names, the subject line, the motto and capitals', () => {
    expect(['CHỈ THỊ', 'KẾ HOẠCH', '**QUYẾT ĐỊNH**', 'Chỉ thị'].map(readKindTitle)).toEqual(['chi-thi', 'ke-hoach', 'quyet-dinh', undefined]);
    expect(readSubjectLine('V/v triển khai thực hiện Chỉ thị số')).toBe('triển khai thực hiện Chỉ thị số');
    expect(stripMotto('THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual({ rest: 'THỦ TƯỚNG CHÍNH PHỦ', found: true });
    expect(stripMotto('Độc lập - Tự do - Hạnh phúc')).toEqual({ rest: '', found: true });
    expect([isUpperLine('TỈNH AN GIANG'), isUpperLine('Tỉnh An Giang')]).toEqual([true, false]);
  });
});
