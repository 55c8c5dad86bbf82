import { describe, expect, it } from 'vitest';
import type { Block } from './blocks.js';
import { chargesWork, paragraphTasks } from './letter-paragraphs.js';

const block = (text: string, start: number): Block => ({ kind: 'text', start, end: start, lines: [text] });

describe('tasks of a letter that numbers nothing', () => {
  it('reads as work a paragraph that charges a body: giao, đề nghị, yêu cầu, chủ trì, triển khai thực hiện', () => {
    expect(chargesWork('Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp tham mưu việc ủy quyền.')).toBe(true);
    expect(chargesWork('Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan khẩn trương trao đổi.')).toBe(true);
    expect(chargesWork('Căn cứ ý kiến chỉ đạo trên, Sở Công Thương và các đơn vị liên quan triển khai thực hiện./.')).toBe(true);
    expect(chargesWork('Trên đây là ý kiến của Bộ, đề nghị UBND tỉnh Bình Định chỉ đạo đơn vị chức năng thực hiện.')).toBe(true);
  });

  it('does not read as work the context, an interpretation, or a closing that passes the letter on', () => {
    expect(chargesWork('Liên quan thủ tục huấn luyện quy định tại Nghị định số 181/2024/NĐ-CP; Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:')).toBe(false);
    expect(chargesWork('Theo quy định tại khoản 1 Điều 12 Nghị định số 15/2018/NĐ-CP, cơ sở kinh doanh thực phẩm nhỏ lẻ không phải cấp Giấy chứng nhận.')).toBe(false);
    expect(chargesWork('Văn phòng Chính phủ thông báo Bộ Tài nguyên và Môi trường biết, thực hiện./.')).toBe(false);
  });

  it('takes those paragraphs out of the preamble and the closing, in order, and leaves the rest', () => {
    const context = block('Liên quan thủ tục huấn luyện; Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:', 1);
    const charge = block('Giao Sở Công Thương chủ trì tham mưu việc ủy quyền.', 2);
    const closing = block('Căn cứ ý kiến chỉ đạo trên, Sở Công Thương và các đơn vị liên quan triển khai thực hiện./.', 3);
    const r = paragraphTasks([context, charge], [closing]);
    expect(r.items.map((i) => i.block.start)).toEqual([2, 3]);
    expect(r.items.every((i) => i.marker === undefined)).toBe(true);
    expect(r.preamble).toEqual([context]);
    expect(r.closing).toEqual([]);
  });

  it('reads a paragraph a line (no blank line between) as paragraphs: the charge is a task, the line passing the letter on stays the closing', () => {
    const both: Block = {
      kind: 'text',
      start: 6,
      end: 7,
      lines: ['Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan khẩn trương trao đổi với phía Singapore.', 'Văn phòng Chính phủ thông báo Bộ Tài nguyên và Môi trường biết, thực hiện./.'],
    };
    const r = paragraphTasks([], [both]);
    expect(r.items.map((i) => [i.block.start, i.block.end])).toEqual([[6, 6]]);
    expect(r.closing.map((b) => b.lines)).toEqual([['Văn phòng Chính phủ thông báo Bộ Tài nguyên và Môi trường biết, thực hiện./.']]);
  });

  it('keeps whole a paragraph wrapped over lines mid-sentence', () => {
    const wrapped: Block = { kind: 'text', start: 1, end: 2, lines: ['Giao Sở Công Thương chủ trì, phối hợp với', 'các sở, ngành liên quan thực hiện./.'] };
    const r = paragraphTasks([], [wrapped]);
    expect(r.items.map((i) => [i.block.start, i.block.end])).toEqual([[1, 2]]);
  });
});
