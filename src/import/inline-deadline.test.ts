import { describe, expect, it } from 'vitest';
import { findInlineDeadline } from './inline-deadline.js';

const found = (text: string) => {
  const d = findInlineDeadline(text);
  return [d.due?.text, d.rhythm?.text];
};

describe('findInlineDeadline', () => {
  it('finds dates due, in words or figures, with "Hoàn thành" kept', () => {
    expect(found('Đảm bảo 100% hoàn thành khóa học trước ngày 31 tháng 12 năm 2026.')).toEqual(['trước ngày 31 tháng 12 năm 2026', undefined]);
    expect(found('Hoàn thành trước ngày 31/12/2026.')).toEqual(['Hoàn thành trước ngày 31/12/2026', undefined]);
    expect(found('gửi về Sở chậm nhất **ngày 30 tháng 6 năm 2026** để tổng hợp')).toEqual(['chậm nhất ngày 30 tháng 6 năm 2026', undefined]);
    expect(found('… người dùng. Hoàn thành trong năm 2026.')).toEqual(['Hoàn thành trong năm 2026', undefined]);
  });

  it('finds rhythms: "Định kỳ 6 tháng", "(06 tháng/lần)", a weekly cut-off, "hằng năm" and "hàng năm"', () => {
    expect(found('Định kỳ 6 tháng, tổng hợp, báo cáo kết quả')).toEqual([undefined, 'Định kỳ 6 tháng']);
    expect(found('báo cáo theo định kỳ (06 tháng/lần).')).toEqual([undefined, '06 tháng/lần']);
    expect(found('(thời điểm chốt số liệu vào lúc 17 giờ 00 phút thứ Sáu hàng tuần)')).toEqual([undefined, '17 giờ 00 phút thứ Sáu hàng tuần']);
    expect(found('tổng hợp, báo cáo trước ngày 15/12 hằng năm')).toEqual([undefined, 'trước ngày 15/12 hằng năm']);
    expect(found('xác nhận hoàn thành học tập hàng năm.')).toEqual([undefined, 'hàng năm']);
  });

  it('keeps a span whole from its start: "Từ ngày … đến hết ngày …"', () => {
    expect(found('Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm 2027, trừ trường hợp')).toEqual([
      'Từ ngày Quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm 2027',
      undefined,
    ]);
  });

  it('reads when a clause on entry into force says it is in force, unless the item also charges bodies with it', () => {
    expect(found('Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.')).toEqual(['kể từ ngày ký ban hành', undefined]);
    expect(found('Quyết định này có hiệu lực từ ngày 20 tháng 11 năm 2025.')).toEqual(['từ ngày 20 tháng 11 năm 2025', undefined]);
    expect(found('Quyết định này có hiệu lực kể từ ngày ký ban hành. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành.')).toEqual([undefined, undefined]);
  });

  it('reads "ngay sau khi …" only where no date is written, and "định kỳ hoặc thường xuyên" as work that goes on', () => {
    expect(found('thực hiện ký quỹ ngay sau khi được cấp thẩm quyền chấp thuận chủ trương đầu tư. Đề xuất giá')).toEqual([
      'ngay sau khi được cấp thẩm quyền chấp thuận chủ trương đầu tư',
      undefined,
    ]);
    expect(found('trình ngay sau khi Luật Khoáng sản được thông qua, hoàn thành trong năm 2024')).toEqual(['hoàn thành trong năm 2024', undefined]);
    expect(found('phối hợp kiểm tra, giám sát định kỳ hoặc thường xuyên trong quá trình triển khai')).toEqual([undefined, 'định kỳ hoặc thường xuyên']);
  });

  it('does not take "thường xuyên" in a sentence, or a date of a cited document, for a deadline', () => {
    expect(found('coi đây là nhiệm vụ thường xuyên, quan trọng.')).toEqual([undefined, undefined]);
    expect(found('theo Quyết định số 522/QĐ-BGDĐT ngày 10/3/2026 của Bộ trưởng')).toEqual([undefined, undefined]);
  });
});
