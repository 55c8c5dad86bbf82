import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { formatMarkdown } from './markdown.js';

const late: Diagnostic = {
  rule: 'deadline-later-than-parent',
  severity: 'error',
  message: { vi: 'Thời hạn `Năm 2027` muộn hơn `Năm 2026` | x', en: 'Deadline `Năm 2027` is later than `Năm 2026` | x' },
  place: { file: 'directives/documents/a.yaml', line: 12, column: 5 },
  expected: { vi: 'không muộn hơn `Năm 2026`', en: 'no later than `Năm 2026`' },
  related: [{ place: { file: 'directives/documents/ct-14-ttg.yaml', line: 60, column: 13 }, message: { vi: 'nhiệm vụ cấp trên', en: 'the parent task' } }],
};
const waived: Diagnostic = {
  rule: 'draft-not-issued',
  severity: 'warning',
  message: { vi: 'dự thảo', en: 'draft' },
  place: { file: 'directives/documents/b.yaml', line: 3, column: 1 },
  waived: 'Đang trình ký',
};
const summary = { errors: 1, warnings: 0, infos: 0, waived: 1, notEvaluated: 1 };
const notEvaluated = [{ rule: 'central-task-missing', reason: { vi: 'chỉ biết qua trích dẫn', en: 'known only by citation' }, place: { file: 'c.yaml', line: 33, column: 13 } }];

describe('formatMarkdown', () => {
  const vi = formatMarkdown([late, waived], notEvaluated, summary, 'vi');

  it('prints one table per file with the place, severity, rule and message', () => {
    expect(vi).toContain('## directives/documents/a.yaml\n\n| Vị trí | Mức | Quy tắc | Nội dung |\n|---|---|---|---|\n');
    expect(vi).toContain(
      '| 12:5 | lỗi | `deadline-later-than-parent` | Thời hạn `Năm 2027` muộn hơn `Năm 2026` \\| x<br>cần: không muộn hơn `Năm 2026`<br>xem directives/documents/ct-14-ttg.yaml:60:13 (nhiệm vụ cấp trên) |',
    );
  });

  it('shows a waived finding struck through with its reason', () => {
    expect(vi).toContain('| 3:1 | ~~cảnh báo~~ miễn trừ: Đang trình ký | `draft-not-issued` | dự thảo |');
  });

  it('lists the checks not evaluated apart, and the summary', () => {
    expect(vi).toContain('## Chưa đánh giá\n\n| Vị trí | Quy tắc | Lý do |\n|---|---|---|\n| c.yaml:33:13 | `central-task-missing` | chỉ biết qua trích dẫn |');
    expect(vi.trimEnd().endsWith('1 lỗi, 0 cảnh báo, 0 thông tin, 1 được miễn trừ, 1 chưa đánh giá.')).toBe(true);
  });

  it('speaks English when asked', () => {
    expect(formatMarkdown([late], [], { ...summary, waived: 0, notEvaluated: 0 }, 'en')).toContain('| 12:5 | error | `deadline-later-than-parent` | Deadline');
  });

  it('says so when there is nothing to report', () => {
    expect(formatMarkdown([], [], { errors: 0, warnings: 0, infos: 0, waived: 0, notEvaluated: 0 }, 'en')).toContain('No findings.');
  });
});
