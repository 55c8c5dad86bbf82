import { describe, expect, it } from 'vitest';
import { smallRegistry } from '../../test/import/small-registry.js';
import type { Node } from '../model/body.js';
import { importText } from './import-text.js';

const HEAD = ['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI', '', 'Số: 7/UBND-VX', '', 'V/v thử', '', 'Kính gửi: Sở Nội vụ.', ''];

/** The body's nodes as `kind id` lines, indented by depth. */
function outline(nodes: readonly Node[], depth = 0): string[] {
  return nodes.flatMap((n) => {
    const pad = '  '.repeat(depth);
    const items = 'items' in n && n.items ? outline(n.items, depth + 1) : [];
    if ('section' in n) return [`${pad}section ${n.section}`, ...items];
    if ('task' in n) return [`${pad}task ${n.task}`, ...items];
    if ('goal' in n) return [`${pad}goal ${n.goal}`];
    return [`${pad}p`];
  });
}

const body = (lines: string[]) => outline(importText([...HEAD, ...lines].join('\n'), smallRegistry()).document.body);

describe('ids of the body', () => {
  it('keeps the letter’s numbering, letters under their number, Roman parts as prefixes', () => {
    expect(body(['I. NHIỆM VỤ', '', '1. Sở Nội vụ:', '', 'a) Theo dõi việc thực hiện.', '', 'b) Tổng hợp kết quả.', '', '2. Sở Tài chính bố trí kinh phí.'])).toEqual([
      'section I',
      '  section I.1',
      '    task I.1.a',
      '    task I.1.b',
      '  task I.2',
    ]);
  });

  it('numbers unmarked items by position under their parent, and a split task’s years by year', () => {
    expect(body(['1. Sở Nội vụ:', '', 'Theo dõi việc thực hiện.', '', '- Tổng hợp kết quả.', '', '2. Sử dụng nền tảng số, cụ thể như sau:', '', '+ Năm 2026: học tập.', '', '+ Các năm tiếp theo: cập nhật.'])).toEqual([
      'section 1',
      '  task 1-1',
      '  task 1-2',
      'task 2',
      '  task 2/2026',
      '  task 2/sau',
    ]);
  });

  it('reads a paragraph after a "-" item as that item’s second paragraph', () => {
    const doc = importText([...HEAD, '1. Sở Nội vụ:', '', '- Theo dõi việc thực hiện.', '', 'Báo cáo kết quả.'].join('\n'), smallRegistry()).document;
    const section = doc.body[0];
    const task = section && 'items' in section ? section.items?.[0] : undefined;
    expect(task && 'task' in task ? task.text : undefined).toEqual(['Theo dõi việc thực hiện.', 'Báo cáo kết quả.']);
  });

  it('reads the items under a "Mục tiêu" heading as goals and a purpose section as text', () => {
    expect(body(['1. Mục tiêu:', '', 'a) Đến hết năm 2026, 100% cán bộ hoàn thành.', '', '2. Mục đích', '', 'Nâng cao nhận thức.', '', '3. Sở Nội vụ theo dõi, kiểm tra.'])).toEqual([
      'section 1',
      '  goal 1.a',
      'section 2',
      '  p',
      'task 3',
    ]);
  });
});
