import { describe, expect, it } from 'vitest';
import { parseConfig, settingFor } from './config.js';

const ids = new Set(['draft-not-issued', 'task-missing-lead']);
const parse = (text: string) => parseConfig(text, 'cascade.config.yaml', ids);

describe('parseConfig', () => {
  it('accepts severities, overrides and waivers', () => {
    const { config, diagnostics } = parse(
      [
        'rules:',
        '  draft-not-issued: info',
        'overrides:',
        '  - documents: [an-giang-draft-2026-05]',
        '    rules: { draft-not-issued: off }',
        'waivers:',
        '  - rule: task-missing-lead',
        '    at: "hcm-sgddt-draft-2026#1-1"',
        '    reason: Chủ trì là các đơn vị nhận văn bản',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(config?.waivers[0]).toEqual({ rule: 'task-missing-lead', at: 'hcm-sgddt-draft-2026#1-1', reason: 'Chủ trì là các đơn vị nhận văn bản' });
  });

  it('refuses a waiver without a reason, at the reason, in both languages', () => {
    const { config, diagnostics } = parse('waivers:\n  - rule: task-missing-lead\n    at: doc-a\n    reason: "  "\n');
    expect(config).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        rule: 'config-invalid',
        severity: 'error',
        message: { vi: 'Miễn trừ cần lý do (`reason`), không để trống', en: 'A waiver needs a non-empty `reason`' },
        place: expect.objectContaining({ line: 4, column: 13 }),
      }),
    ]);
  });

  it('refuses an unknown severity at its value', () => {
    const { diagnostics } = parse('rules:\n  draft-not-issued: warn\n');
    expect(diagnostics.map((d) => [d.rule, d.place?.line, d.place?.column])).toEqual([['config-invalid', 2, 21]]);
    expect(diagnostics[0]?.message.en).toContain('"off"|"info"|"warning"|"error"');
  });

  it('points at an unrecognised key', () => {
    const { diagnostics } = parse('rules: {}\nwaiver: []\n');
    expect(diagnostics.map((d) => [d.rule, d.place?.line, d.place?.column])).toEqual([['config-invalid', 2, 1]]);
  });

  it('reports a rule id that does not exist, at its key', () => {
    const { diagnostics } = parse('rules:\n  task-missing-leader: off\n');
    expect(diagnostics.map((d) => [d.rule, d.found, d.place?.line, d.place?.column])).toEqual([
      ['config-unknown-rule', 'task-missing-leader', 2, 3],
    ]);
  });

  it('reports YAML syntax errors with their place', () => {
    const { diagnostics } = parse('rules:\n\tdraft-not-issued: off\n');
    expect(diagnostics[0]).toMatchObject({ rule: 'config-invalid', place: { line: 2 } });
  });
});

describe('settingFor', () => {
  const config = {
    rules: { 'draft-not-issued': 'info' as const },
    overrides: [{ documents: ['doc-b'], rules: { 'draft-not-issued': 'off' as const } }],
    waivers: [],
  };
  it('takes the configured severity over the default', () => {
    expect(settingFor(config, 'draft-not-issued', 'doc-a', 'warning')).toBe('info');
  });
  it('lets an override win for its documents', () => {
    expect(settingFor(config, 'draft-not-issued', 'doc-b', 'warning')).toBe('off');
  });
  it('falls back to the default severity', () => {
    expect(settingFor(config, 'task-missing-lead', 'doc-a', 'error')).toBe('error');
  });
});
