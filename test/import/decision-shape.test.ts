/**
 * What a decision's articles give as tasks: an approving article's label-and-value items are what is
 * decided (paragraphs), its schedule and the articles that hand out work are tasks; "Chương II" is
 * structure; a clause on entry into force is a task with its date; "lập thành 03 bản" is no duty.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/import/import-text.js';
import { registryAndDirective } from './cascades.js';

const DECISION = [
  'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
  'Số: 100/QĐ-UBND',
  'Lào Cai, ngày 02 tháng 7 năm 2026',
  '',
  'QUYẾT ĐỊNH',
  'Về việc chấp thuận chủ trương đầu tư dự án',
  '',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
  '',
  'Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020;',
  '',
  'QUYẾT ĐỊNH:',
  '',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  '',
  'Điều 1. Chấp thuận chủ trương đầu tư đối với dự án, gồm các nội dung sau:',
  '1. Tên dự án: Đầu tư xây dựng kết cấu hạ tầng khu công nghiệp.',
  '2. Tổng vốn đầu tư: 2.185.000.000.000 đồng.',
  '3. Tiến độ thực hiện dự án: hoàn thành trước ngày 31 tháng 12 năm 2027.',
  '',
  'Chương II',
  'TỔ CHỨC THỰC HIỆN',
  '',
  'Điều 2. Tổ chức thực hiện',
  '1. Sở Tài chính hướng dẫn, theo dõi, đôn đốc nhà đầu tư thực hiện dự án.',
  '2. Sở Công Thương giám sát thực hiện dự án; báo cáo kết quả trong Quý IV năm 2026.',
  '',
  'Điều 3. Điều khoản thi hành',
  '1. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
  '2. Quyết định này được lập thành 03 (ba) bản chính.',
  '',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT.',
  '',
  'CHỦ TỊCH',
  'Nguyễn Văn A',
].join('\n');

describe('tasks of a decision with articles', () => {
  it('gives the approving article, its schedule, the duties and the clause on entry into force as tasks; nothing else', async () => {
    const r = importText(DECISION, await registryAndDirective(), { fileName: 'qd.txt' });
    const byId = new Map(r.tasks.map((t) => [t.task.task, t.task]));
    expect([...byId.keys()]).toEqual(['1', '1.3', '2.1', '2.2', '3.1']);
    expect(byId.get('3.1')?.deadline).toBe('kể từ ngày ký ban hành');
    expect(JSON.stringify(r.document.body)).toContain('Tổng vốn đầu tư');
  });
});
