import { describe, expect, it } from 'vitest';
import { columnWidths } from './column-widths.js';

const TASKS = [
  { header: 'STT', cells: ['1', '2', '400'] },
  { header: 'Nhiệm vụ', cells: ['Xây dựng, ban hành và đăng tải chương trình, học liệu kiến thức, kỹ năng số để cán bộ tự học tập'] },
  { header: 'Chủ trì', cells: ['Sở Khoa học và Công nghệ', 'Công an tỉnh'] },
  { header: 'Phối hợp', cells: ['Công an tỉnh, Sở Giáo dục và Đào tạo, Sở Nội vụ và các cơ quan, đơn vị'] },
  { header: 'Thời gian', cells: ['Năm 2026', 'Thường xuyên'] },
  { header: 'Sản phẩm', cells: ['Báo cáo'] },
];

describe('columnWidths', () => {
  const widths = columnWidths(TASKS, 9355, 13);

  it('adds up to the table width exactly', () => {
    expect(widths.reduce((s, w) => s + w, 0)).toBe(9355);
  });
  it('keeps STT narrowest and Nhiệm vụ widest', () => {
    expect(widths[0]).toBe(Math.min(...widths));
    expect(widths[1]).toBe(Math.max(...widths));
  });
  it('leaves a short header room for one line', () => {
    // "Thời gian" in bold 13 pt is about 56 pt (1120 twips), plus cell margins.
    expect(widths[4]).toBeGreaterThanOrEqual(1120);
  });
  it('shares evenly between columns of equal content', () => {
    const even = columnWidths([{ header: 'A', cells: ['x'] }, { header: 'B', cells: ['y'] }], 1000, 13);
    expect(even).toEqual([500, 500]);
  });

  it('gives a column with one long entry among blanks less room than one long on every row', () => {
    // The plan's annex: seven tasks, a product given for the last only.
    const long = 'Định kỳ 6 tháng, tổng hợp, báo cáo kết quả bồi dưỡng kiến thức, kỹ năng số trên nền tảng số của các cơ quan';
    const annex = [
      { header: 'STT', cells: ['1', '2', '3', '4', '5', '6', '7'] },
      { header: 'Nhiệm vụ', cells: Array.from({ length: 7 }, () => long) },
      { header: 'Sản phẩm', cells: ['', '', '', '', '', '', 'Báo cáo kết quả bồi dưỡng kiến thức, kỹ năng số trên nền tảng số định kỳ 6 tháng'] },
    ];
    const [, task = 0, product = 0] = columnWidths(annex, 14287, 13);
    expect(product).toBeLessThan(task / 2);
    // Still wide enough for its header on one line: "Sản phẩm" bold 13 pt is about 55 pt (1100 twips).
    expect(product).toBeGreaterThanOrEqual(1100);
  });
});
