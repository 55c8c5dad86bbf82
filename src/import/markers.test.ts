import { describe, expect, it } from 'vitest';
import { readMarker, stripMarker } from './markers.js';

const styleOf = (line: string) => readMarker(line)?.marker.style;
const labelOf = (line: string) => readMarker(line)?.marker.label;

describe('readMarker', () => {
  it('tells Roman parts, numbers, dotted numbers, letters, dashes and pluses apart', () => {
    expect(['I. MỤC ĐÍCH', '1. Công tác', '2.1. Các cơ quan', '2.1.3 Tiểu mục', 'a) Cơ quan', '- Như trên', '+ Năm 2026', '• Biểu mẫu', '1) Tuyên truyền'].map(styleOf)).toEqual([
      'roman', 'number', 'dotted2', 'dotted3', 'letter', 'dash', 'plus', 'dash', 'number',
    ]);
    expect(['II. NHIỆM VỤ', '12. Mục', '2.1. Các', 'đ) Điểm'].map(labelOf)).toEqual(['II', '12', '2.1', 'đ']);
  });

  it('reads articles of a decree, the Party\'s "IV-" parts and every Vietnamese letter', () => {
    expect(['Điều 3. Tổ chức thực hiện', 'IV- TỔ CHỨC THỰC HIỆN', 'II – NHIỆM VỤ', 'đ) Định kỳ'].map(styleOf)).toEqual(['article', 'roman', 'roman', 'letter']);
    expect(['Điều 12: Hiệu lực', 'IV- TỔ CHỨC'].map(labelOf)).toEqual(['12', 'IV']);
    expect(stripMarker('Điều 3. Tổ chức thực hiện', readMarker('Điều 3. Tổ chức thực hiện')!.marker)).toBe('Tổ chức thực hiện');
    expect(readMarker('Điều lệ Hội')).toBeUndefined();
  });

  it('reads a marker inside bold ("**1. Công tác…**")', () => {
    expect(labelOf('**1. Công tác tuyên truyền**')).toBe('1');
  });

  it('does not take numbers, dates, symbols or "V/v" for markers', () => {
    for (const line of ['14/CT-TTg ngày 22/4/2026', '100% cán bộ', '2026 là năm', 'V/v triển khai', '1.000 cán bộ', 'Căn cứ', '(1) Sử dụng']) {
      expect(readMarker(line), line).toBeUndefined();
    }
  });
});

describe('stripMarker', () => {
  it('removes the marker and keeps the bold that opened before it', () => {
    const line = '**2. Sở Khoa học và Công nghệ:**';
    const m = readMarker(line);
    if (!m) throw new Error('no marker');
    expect(stripMarker(line, m.marker)).toBe('**Sở Khoa học và Công nghệ:**');
  });
});
