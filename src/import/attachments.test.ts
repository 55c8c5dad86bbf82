import { describe, expect, it } from 'vitest';
import { findAttachments, isAttachmentNote } from './attachments.js';

describe('findAttachments', () => {
  it('keeps forms and annexes sent along, not the documents sent with them', () => {
    expect(findAttachments(['đề nghị thực hiện theo đúng quy định (kèm *Chỉ thị số 14/CT-TTg, Công văn số 3978/UBND-VX, Biểu mẫu tổng hợp*)./.'])).toEqual(['Biểu mẫu tổng hợp']);
    expect(findAttachments(['• Biểu mẫu báo cáo gửi kèm Công văn này.'])).toEqual(['Biểu mẫu báo cáo']);
    expect(findAttachments(['báo cáo theo biểu mẫu đính kèm và gửi về Sở Nội vụ'])).toEqual([]);
  });

  it('tells a note on a form from a task', () => {
    expect(isAttachmentNote('- Phụ lục danh sách đính kèm')).toBe(true);
    expect(isAttachmentNote('Báo cáo kết quả theo biểu mẫu kèm theo')).toBe(false);
  });
});
