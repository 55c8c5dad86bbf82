import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { formatJson } from './json.js';

const d: Diagnostic = {
  rule: 'duplicate-task-id',
  severity: 'error',
  message: { vi: 'Số hiệu lặp lại', en: 'Repeated id' },
  place: { file: 'a.yaml', line: 3, column: 5, endLine: 3, endColumn: 13 },
  found: '2',
  expected: { vi: 'một số hiệu mới', en: 'a new id' },
  related: [{ place: { file: 'a.yaml', line: 1, column: 5 }, message: { vi: 'lần đầu ở đây', en: 'first here' } }],
};

describe('formatJson', () => {
  it('writes every key of the documented shape, in the chosen language', () => {
    expect(JSON.parse(formatJson([d], 'en'))).toEqual([
      {
        rule: 'duplicate-task-id',
        severity: 'error',
        message: 'Repeated id',
        file: 'a.yaml',
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 13,
        found: '2',
        expected: 'a new id',
        related: [{ message: 'first here', file: 'a.yaml', line: 1, column: 5, endLine: null, endColumn: null }],
        waived: null,
      },
    ]);
  });

  it('uses null, never a missing key, for what is unknown; Vietnamese by the lang given', () => {
    const [out] = JSON.parse(formatJson([{ rule: 'x', severity: 'warning', message: { vi: 'chú ý', en: 'note' } }], 'vi')) as Record<string, unknown>[];
    expect(out).toEqual({ rule: 'x', severity: 'warning', message: 'chú ý', file: null, line: null, column: null, endLine: null, endColumn: null, found: null, expected: null, related: [], waived: null });
  });

  it('writes an empty array for no findings', () => {
    expect(formatJson([], 'vi')).toBe('[]\n');
  });
});
