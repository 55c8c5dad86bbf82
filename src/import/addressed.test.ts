import { describe, expect, it } from 'vitest';
import { opensWithName } from './addressed.js';

const cp = { names: ['chính phủ'], longer: ['thủ tướng chính phủ'] };
const sct = { names: ['sở công thương'], longer: [] };

describe('opensWithName', () => {
  it('finds the issuer named in the opening words, either tone placement', () => {
    expect(opensWithName('Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo việc lập, phê duyệt Chiến lược', cp)).toBe(true);
    expect(opensWithName('Ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ', sct)).toBe(true);
    expect(opensWithName('Uỷ quyền cho Giám đốc Sở Công Thương', sct)).toBe(true);
  });

  it('does not take a longer name holding the issuer’s, or a name far into the text', () => {
    expect(opensWithName('Thủ tướng Chính phủ chỉ đạo các bộ, ngành', cp)).toBe(false);
    expect(opensWithName('Các bộ, ngành, địa phương tổ chức tuyên truyền, phổ biến rộng rãi nội dung Nghị quyết và báo cáo Chính phủ', cp)).toBe(false);
  });
});
