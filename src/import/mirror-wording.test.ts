import { describe, expect, it } from 'vitest';
import { deadlinePassed, provincialWording, withoutDeadlineSentence } from './mirror-wording.js';

describe('provincialWording', () => {
  it('says the ministry’s report in the province’s words', () => {
    expect(provincialWording('Định kỳ 6 tháng, tổng hợp, báo cáo Thủ tướng Chính phủ kết quả của các bộ, ngành, địa phương; gửi Bộ Nội vụ để theo dõi.', 'Bộ Công an')).toBe(
      'Định kỳ 6 tháng, tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh; gửi Sở Nội vụ để theo dõi.',
    );
  });

  it('turns an act only a ministry performs into following its guidance', () => {
    expect(provincialWording('Phân quyền và hướng dẫn các bộ, cơ quan ngang bộ sử dụng nền tảng.', 'Bộ Công an')).toBe(
      'Phối hợp với Bộ Công an, hướng dẫn các cơ quan, đơn vị, địa phương trên địa bàn tỉnh triển khai sau khi Bộ Công an hoàn thành việc phân quyền và hướng dẫn các sở, ban, ngành sử dụng nền tảng.',
    );
  });
});

describe('deadlines of a scaffold', () => {
  it('knows a dated deadline has passed by a day, and an open one never does', () => {
    expect(deadlinePassed('Hoàn thành trước ngày 31 tháng 5 năm 2026', '2026-06-15')).toBe(true);
    expect(deadlinePassed('Hoàn thành trước ngày 31 tháng 5 năm 2026', '2026-05-01')).toBe(false);
    expect(deadlinePassed('Thường xuyên', '2030-01-01')).toBe(false);
  });

  it('drops the closing sentence that repeats the deadline, and nothing else', () => {
    expect(withoutDeadlineSentence('Phát triển trợ lý ảo. Hoàn thành trong năm 2026.', 'Hoàn thành trong năm 2026')).toBe('Phát triển trợ lý ảo.');
    expect(withoutDeadlineSentence('Định kỳ 6 tháng, tổng hợp, báo cáo.', 'Định kỳ 6 tháng')).toBe('Định kỳ 6 tháng, tổng hợp, báo cáo.');
  });
});
