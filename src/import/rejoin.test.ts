import { describe, expect, it } from 'vitest';
import { segment } from './blocks.js';
import { rejoin } from './rejoin.js';

const texts = (lines: string[]) => rejoin(segment(lines)).map((b) => [b.start, b.lines.join(' ')]);

describe('segment and rejoin', () => {
  it('joins a paragraph a page break cut in two (the next part starts in lower case)', () => {
    expect(texts(['Đánh giá, xác nhận cán bộ hoàn', '', 'thành học tập.', '', 'a) Cơ quan thực hiện: Sở Nội vụ.'])).toEqual([
      [1, 'Đánh giá, xác nhận cán bộ hoàn thành học tập.'],
      [5, 'a) Cơ quan thực hiện: Sở Nội vụ.'],
    ]);
  });

  it('joins a list of names a line break cut after a comma or a semicolon', () => {
    expect(texts(['2. Trách nhiệm của Sở Y tế, Sở Công Thương, Sở Nông nghiệp và Môi trường,', '', 'Uỷ ban nhân dân cấp xã:', '', 'a) Định kỳ báo cáo.'])).toEqual([
      [1, '2. Trách nhiệm của Sở Y tế, Sở Công Thương, Sở Nông nghiệp và Môi trường, Uỷ ban nhân dân cấp xã:'],
      [5, 'a) Định kỳ báo cáo.'],
    ]);
    expect(texts(['Chủ tịch Ủy ban nhân dân các xã, phường;', '', 'các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành.'])).toEqual([
      [1, 'Chủ tịch Ủy ban nhân dân các xã, phường; các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành.'],
    ]);
  });

  it('starts a block at an item or a field even without a blank line before it', () => {
    expect(texts(['Kính gửi:', '- Công an tỉnh;', '- Sở Nội vụ.', 'Thời gian thực hiện: Năm 2026'])).toEqual([
      [1, 'Kính gửi:'],
      [2, '- Công an tỉnh;'],
      [3, '- Sở Nội vụ.'],
      [4, 'Thời gian thực hiện: Năm 2026'],
    ]);
  });

  it('rebuilds the paragraphs of a hard-wrapped text: long lines continue, a short one ends its paragraph', () => {
    const wrapped = [
      'Thực hiện Quyết định số 1143/QĐ-BKHCN ngày 04 tháng 6 năm 2025 của ',
      '',
      'Bộ Khoa học và Công nghệ về việc phê duyệt Kế hoạch bồi dưỡng, tập huấn về ',
      '',
      'chuyển đổi số năm 2025; Ủy ban nhân dân tỉnh trân trọng đề nghị như sau: ',
      '',
      '2. Đề nghị được triển khai sớm các khóa bồi dưỡng trực tuyến ngay trong ',
      '',
      'tháng 10 năm 2025 ',
      '',
      'Theo Kế hoạch, các khóa bồi dưỡng trực tuyến sẽ được tổ chức trên Nền ',
      '',
      'tảng Bình dân học vụ số từ tháng 9 năm 2025. Nhận thấy tầm quan trọng và ',
      '',
      'tính cấp bách của việc nâng cao kỹ năng số cho đội ngũ CBCCVC sau sáp ',
      '',
      'nhập, Ủy ban nhân dân tỉnh đề nghị cho phép tỉnh tham gia sớm hơn. ',
    ];
    expect(texts(wrapped).map(([, t]) => t)).toEqual([
      'Thực hiện Quyết định số 1143/QĐ-BKHCN ngày 04 tháng 6 năm 2025 của Bộ Khoa học và Công nghệ về việc phê duyệt Kế hoạch bồi dưỡng, tập huấn về chuyển đổi số năm 2025; Ủy ban nhân dân tỉnh trân trọng đề nghị như sau:',
      '2. Đề nghị được triển khai sớm các khóa bồi dưỡng trực tuyến ngay trong tháng 10 năm 2025',
      'Theo Kế hoạch, các khóa bồi dưỡng trực tuyến sẽ được tổ chức trên Nền tảng Bình dân học vụ số từ tháng 9 năm 2025. Nhận thấy tầm quan trọng và tính cấp bách của việc nâng cao kỹ năng số cho đội ngũ CBCCVC sau sáp nhập, Ủy ban nhân dân tỉnh đề nghị cho phép tỉnh tham gia sớm hơn.',
    ]);
  });

  it('keeps a Markdown table as one block with its cells', () => {
    const [table] = rejoin(segment(['| STT | Nhiệm vụ |', '|---|---|', '| 1 | Tuyên truyền |']));
    expect(table?.kind).toBe('table');
    expect(table?.rows).toEqual([['STT', 'Nhiệm vụ'], ['1', 'Tuyên truyền']]);
  });
});
