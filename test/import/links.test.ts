/** How the importer links a letter's tasks to the directive's (src/import/links.ts), one rule at a time. */
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/import/import-text.js';
import { registryAndDirective } from './cascades.js';
import { flatten } from './compare.js';

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LẠNG SƠN',
  '',
  'Số: 10/UBND-VX',
  '',
  'Lạng Sơn, ngày 2 tháng 6 năm 2026',
  '',
  'V/v triển khai Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ',
  '',
  'Kính gửi: Các sở, ban, ngành tỉnh.',
  '',
  'Thực hiện Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu:',
  '',
];

async function links(...items: string[]): Promise<Record<string, string[]>> {
  const doc = importText([...HEAD, ...items.flatMap((i) => [i, ''])].join('\n'), await registryAndDirective()).document;
  return Object.fromEntries(flatten(doc.body).map((t) => [t.id, t.links]));
}

describe('parent links', () => {
  it('a task split by year: the year of the task’s deadline, every year for a yearly task, the letter’s year otherwise', async () => {
    expect(
      await links(
        '1. Xây dựng, ban hành và đăng tải chương trình, học liệu kiến thức, kỹ năng số để cán bộ tự học tập. Thời gian hoàn thành: Năm 2027.',
        '2. Đánh giá, xác nhận cán bộ, công chức, viên chức hoàn thành học tập chương trình, học liệu kiến thức, kỹ năng số hằng năm.',
        '3. Sử dụng bộ học liệu ban hành theo Quyết định số 522/QĐ-BGDĐT để cán bộ, công chức, viên chức tự học tập, bồi dưỡng kiến thức, kỹ năng số.',
      ),
    ).toEqual({
      '1': ['implements:ct-14-ttg#2.b/2027'],
      '2': ['implements:ct-14-ttg#2.b/2026', 'implements:ct-14-ttg#2.b/2027', 'implements:ct-14-ttg#2.b/sau'],
      '3': ['implements:ct-14-ttg#2.b/2026'],
    });
  });

  it('a ministry’s task is mirrored by its counterpart; a task of the province’s own has no parent', async () => {
    expect(
      await links(
        '1. Sở Khoa học và Công nghệ: Tham mưu triển khai trợ lý ảo hỗ trợ học tập kiến thức, kỹ năng số dựa trên trí tuệ nhân tạo.',
        '2. Công an tỉnh: Định kỳ 6 tháng, tổng hợp, báo cáo kết quả bồi dưỡng kiến thức, kỹ năng số của các cơ quan, đơn vị.',
        '3. Sở Xây dựng: Sửa chữa hội trường của Ủy ban nhân dân tỉnh trước ngày 30/9/2026.',
      ),
    ).toEqual({ '1': ['mirrors:ct-14-ttg#4'], '2': ['mirrors:ct-14-ttg#5.c'], '3': [] });
  });

  it('an item whose own wording says little takes the parent its siblings agree on', async () => {
    expect(
      await links(
        '1. Sử dụng nền tảng “Bình dân học vụ số”:',
        'a) Sử dụng bộ học liệu ban hành theo Quyết định số 522/QĐ-BGDĐT để tự học tập, bồi dưỡng kiến thức, kỹ năng số.',
        'b) Đánh giá, xác nhận cán bộ, công chức, viên chức hoàn thành học tập trong năm 2026.',
        'c) Hướng dẫn cán bộ tham gia học tập trên nền tảng “Bình dân học vụ số” bằng tài khoản VNeID.',
        'd) Khen thưởng tập thể có thành tích trong phong trào thi đua.',
      ),
    ).toEqual({
      '1.a': ['implements:ct-14-ttg#2.b/2026'],
      '1.b': ['implements:ct-14-ttg#2.b/2026'],
      '1.c': ['implements:ct-14-ttg#2.b/2026'],
      // Unrelated wording: the siblings do not carry it along.
      '1.d': [],
    });
  });
});
