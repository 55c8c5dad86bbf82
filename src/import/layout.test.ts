import { describe, expect, it } from 'vitest';
import { unfoldLayout } from './layout.js';

const nonBlank = (l: { lines: readonly string[]; origin: readonly number[] }): [string, number][] =>
  l.lines.map((t, i) => [t.trim(), l.origin[i] ?? 0] as [string, number]).filter(([t]) => t !== '');

describe('unfoldLayout', () => {
  it('takes out the converter’s note and a page number, and keeps the lines of the source', () => {
    const l = unfoldLayout(['[Bản trích chữ tự động bằng pdftotext từ a.pdf — 2 trang.]', '', 'Nội dung.', '', '                    2', '', 'Tiếp theo.']);
    expect(l.dropped.map((d) => [d.line, d.what])).toEqual([
      [1, 'note'],
      [5, 'page'],
    ]);
    expect(nonBlank(l)).toEqual([
      ['Nội dung.', 3],
      ['Tiếp theo.', 7],
    ]);
  });

  it('reads a pdftotext header in two columns, left column first, each cell at its line', () => {
    const l = unfoldLayout([
      'UBND TỈNH LÀO CAI                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '     SỞ CÔNG THƯƠNG                           Độc lập - Tự do - Hạnh phúc',
      '',
      '       Số: 5085 /SCT-VP                      Lào Cai, ngày 19 tháng 8 năm 2026',
      '  V/v thực hiện',
    ]);
    expect(nonBlank(l)).toEqual([
      ['UBND TỈNH LÀO CAI', 1],
      ['SỞ CÔNG THƯƠNG', 2],
      ['Số: 5085 /SCT-VP', 4],
      ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1],
      ['Độc lập - Tự do - Hạnh phúc', 2],
      ['Lào Cai, ngày 19 tháng 8 năm 2026', 4],
      ['V/v thực hiện', 5],
    ]);
  });

  it('keeps a draft’s blank number and day together with their words', () => {
    const l = unfoldLayout(['Số:      /UBND-KT          Lào Cai, ngày      tháng     năm 2025', 'Kính gửi: Sở Tư pháp']);
    expect(nonBlank(l).map(([t]) => t)).toContain('Lào Cai, ngày tháng năm 2025');
    expect(nonBlank(l).map(([t]) => t)).toContain('Số: /UBND-KT');
  });

  it('opens a flattened signature row: the list one item a line, then authority, title and name', () => {
    const l = unfoldLayout(['Nội dung./.', '', 'Nơi nhận: - Như trên; - Lưu: VT, KT. | TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Phạm Gia Túc']);
    expect(nonBlank(l).map(([t]) => t)).toEqual(['Nội dung./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, KT.', 'TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Phạm Gia Túc']);
  });

  it('reads a Markdown header table cell by cell, without its rule row', () => {
    const l = unfoldLayout(['| CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |', '| --- | --- |', '| Số: 235/NQ-CP | *Hà Nội, ngày 14 tháng 8 năm 2026* |', 'NGHỊ QUYẾT']);
    expect(nonBlank(l).map(([t]) => t)).toEqual(['CHÍNH PHỦ', 'Số: 235/NQ-CP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc', '*Hà Nội, ngày 14 tháng 8 năm 2026*', 'NGHỊ QUYẾT']);
  });

  it('leaves Word’s note definitions after the signature alone', () => {
    const l = unfoldLayout(['Nơi nhận:', '- Lưu: VT.', '', '[^1]: https://a.b']);
    expect(nonBlank(l).map(([t]) => t)).toContain('[^1]: https://a.b');
  });
});
