import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { formatSarif } from './sarif.js';

const d: Diagnostic = {
  rule: 'citation-inconsistent',
  severity: 'warning',
  message: { vi: 'Trích dẫn `757/QĐ-BKHHCN`', en: 'Cites `757/QĐ-BKHHCN`' },
  place: { file: 'directives/documents/ct-14-ttg.yaml', line: 17, column: 38, endLine: 17, endColumn: 51 },
  found: '757/QĐ-BKHHCN',
  related: [{ place: { file: 'directives/registry/documents.yaml', line: 15, column: 13 }, message: { vi: 'văn bản được trích dẫn', en: 'the cited document' } }],
  waived: 'Lỗi của văn bản gốc',
};
const rules = [{ id: 'citation-inconsistent', description: { vi: 'trích dẫn khác nhau', en: 'cited differently' }, defaultSeverity: 'warning' as const }];
const log = JSON.parse(formatSarif([d, { rule: 'yaml-syntax', severity: 'error', message: { vi: 'cú pháp', en: 'syntax' } }],
  [{ rule: 'central-task-missing', reason: { vi: 'không đánh giá', en: 'not evaluated' } }], { lang: 'en', rules, version: '0.1.0' }));

describe('formatSarif', () => {
  it('writes a SARIF 2.1.0 log of one run of cascade', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'cascade', version: '0.1.0' });
  });

  it('gives a finding its rule, level, location, related location and suppression', () => {
    expect(log.runs[0].results[0]).toEqual({
      ruleId: 'citation-inconsistent',
      ruleIndex: 0,
      level: 'warning',
      message: { text: 'Cites `757/QĐ-BKHHCN`' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'directives/documents/ct-14-ttg.yaml' }, region: { startLine: 17, startColumn: 38, endLine: 17, endColumn: 51 } } }],
      relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: { uri: 'directives/registry/documents.yaml' }, region: { startLine: 15, startColumn: 13 } }, message: { text: 'the cited document' } }],
      suppressions: [{ kind: 'external', justification: 'Lỗi của văn bản gốc' }],
      properties: { found: '757/QĐ-BKHHCN' },
    });
  });

  it('adds rules it was not told about (the loader’s) to the driver', () => {
    expect(log.runs[0].results[1]).toMatchObject({ ruleId: 'yaml-syntax', ruleIndex: 1, level: 'error' });
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['citation-inconsistent', 'yaml-syntax', 'central-task-missing']);
  });

  it('writes a check not evaluated as an open result', () => {
    expect(log.runs[0].results[2]).toEqual({ ruleId: 'central-task-missing', ruleIndex: 2, kind: 'open', level: 'none', message: { text: 'not evaluated' } });
  });
});
