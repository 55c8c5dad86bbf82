import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { formatStylish } from './stylish.js';

const unknown: Diagnostic = {
  rule: 'unknown-agency',
  severity: 'error',
  message: { vi: 'Không tìm thấy cơ quan `Sở KHCM`', en: 'No agency `Sở KHCM`' },
  place: { file: 'b.yaml', line: 12, column: 9 },
  found: 'Sở KHCM',
  expected: { vi: 'một cơ quan trong danh mục', en: 'an agency of the registry' },
};
const dup: Diagnostic = {
  rule: 'duplicate-task-id',
  severity: 'error',
  message: { vi: 'Số hiệu lặp lại', en: 'Repeated id' },
  place: { file: 'a.yaml', line: 3, column: 5 },
  found: '2',
  related: [{ place: { file: 'a.yaml', line: 1, column: 5 }, message: { vi: 'lần đầu ở đây', en: 'first here' } }],
};
const unused: Diagnostic = { rule: 'footnote-unused', severity: 'warning', message: { vi: 'Chú thích thừa', en: 'Unused footnote' }, place: { file: 'a.yaml', line: 10, column: 3 } };

describe('formatStylish', () => {
  it('groups by file, one line per finding, quoted text and related places below, a summary', () => {
    expect(formatStylish([dup, unused, unknown], { lang: 'vi', color: false })).toBe(
      [
        'a.yaml',
        '  3:5   lỗi       Số hiệu lặp lại  duplicate-task-id',
        '        thấy: «2»',
        '        ↳ a.yaml:1:5  lần đầu ở đây',
        '  10:3  cảnh báo  Chú thích thừa  footnote-unused',
        '',
        'b.yaml',
        '  12:9  lỗi       Không tìm thấy cơ quan `Sở KHCM`  unknown-agency',
        '        cần: một cơ quan trong danh mục',
        '',
        '✖ 2 lỗi, 1 cảnh báo',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with lang en', () => {
    const out = formatStylish([unknown, unused], { lang: 'en', color: false });
    expect(out).toContain('  12:9  error    No agency `Sở KHCM`  unknown-agency');
    expect(out).toContain('expected: an agency of the registry');
    expect(out.trimEnd().split('\n').pop()).toBe('✖ 1 error, 1 warning');
  });

  it('counts the findings by rule under the summary when there are many, errors first, most found first', () => {
    const many = (rule: string, severity: Diagnostic['severity'], n: number): Diagnostic[] =>
      Array.from({ length: n }, (_, i) => ({ rule, severity, message: { vi: 'x', en: 'x' }, place: { file: 'a.yaml', line: i + 1, column: 1 } }));
    const out = formatStylish([...many('b-info', 'info', 12), ...many('a-info', 'info', 3), ...many('c-error', 'error', 4), ...many('d-warning', 'warning', 1)], { lang: 'en', color: false });
    expect(out.trimEnd().split('\n').slice(-4)).toEqual([
      '✖ 4 errors, 1 warning, 15 info',
      '  error    c-error 4',
      '  warning  d-warning 1',
      '  info     b-info 12 · a-info 3',
    ]);
    // A short report needs no tally.
    expect(formatStylish([dup, unused, unknown], { lang: 'en', color: false })).not.toContain('duplicate-task-id 1');
  });

  it('says what --quiet hid', () => {
    const out = formatStylish([unknown], { lang: 'vi', color: false, hidden: { errors: 0, warnings: 2, infos: 7 } });
    expect(out.trimEnd().split('\n').pop()).toBe('✖ 1 lỗi (ẩn 2 cảnh báo, 7 thông tin: --quiet)');
  });

  it('colours only when asked', () => {
    expect(formatStylish([unknown], { lang: 'vi', color: true })).toContain('\u001b[');
    expect(formatStylish([unknown], { lang: 'vi', color: false })).not.toContain('\u001b[');
  });

  it('prints nothing when there is nothing to say, and a warning mark without errors', () => {
    expect(formatStylish([], { lang: 'vi', color: false })).toBe('');
    expect(formatStylish([unused], { lang: 'en', color: false })).toContain('⚠ 0 errors, 1 warning');
  });

  it('puts findings without a place under a general heading, and shows waivers without counting them', () => {
    const out = formatStylish([{ ...unknown, place: undefined }, { ...dup, waived: 'đã xin ý kiến' }], { lang: 'vi', color: false });
    expect(out.split('\n')[0]).toBe('(chung)');
    expect(out).toContain('[miễn trừ: đã xin ý kiến]');
    expect(out).toContain('✖ 1 lỗi, 0 cảnh báo');
  });
});
