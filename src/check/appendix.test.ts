import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCascade } from '../load/load-cascade.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { runChecks } from './engine.js';

const FILE = 'test/fixtures/rules/not-ok-appendix-deadline.yaml';
const lineOf = (needle: string): number => readFileSync(FILE, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a time frame given in an appendix row', () => {
  let loaded: readonly Diagnostic[];
  let found: readonly Diagnostic[];
  beforeAll(async () => {
    const { cascade, diagnostics } = await loadCascade([FILE]);
    loaded = diagnostics;
    found = runChecks(cascade, undefined, { asOf: '2026-12-07' }).diagnostics.filter((d) => d.place?.file === FILE);
  });
  const of = (rule: string) => found.filter((d) => d.rule === rule).map((d) => [d.severity, d.place?.line]);

  it('loads cleanly', () => {
    expect(loaded.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('counts for its task, by link, by the same parent task or by the row named in the text: only task 4 has no deadline', () => {
    expect(of('task-missing-deadline')).toEqual([['warning', lineOf('task: "4"')]]);
  });

  it('is compared with the parent task: PL.2 (Quý I/2027) is later than 2.b/2026 (Năm 2026), reported once, at the row', () => {
    expect(of('deadline-later-than-parent')).toEqual([['error', lineOf('deadline: Quý I/2027')]]);
  });
});
