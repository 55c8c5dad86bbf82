import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCascade } from '../../load/load-cascade.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import { DEFAULT_CONFIG } from '../config.js';
import { runChecks } from '../engine.js';
import type { Rule } from '../rule.js';
import { RULES } from './index.js';

// Each rule's doc examples, run as a document beside the real registry and directive: the docs
// cannot drift from the code (remark-lint does the same).
const BASE = ['directives/registry', 'directives/documents/ct-14-ttg.yaml'];
const dir = mkdtempSync(join(tmpdir(), 'cascade-rule-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(rule: Rule, name: string, yaml: string): Promise<{ file: string; loadErrors: Diagnostic[]; found: Diagnostic[] }> {
  const file = join(dir, `${rule.id}-${name}.yaml`);
  writeFileSync(file, yaml);
  const parent = join(dir, `${rule.id}-parent.yaml`);
  if (rule.meta.docs.parent !== undefined) writeFileSync(parent, rule.meta.docs.parent);
  const { cascade, diagnostics } = await loadCascade([...BASE, ...(rule.meta.docs.parent === undefined ? [] : [parent]), file]);
  const { diagnostics: findings } = runChecks(cascade, DEFAULT_CONFIG, { rules: [rule] });
  return {
    file,
    loadErrors: diagnostics.filter((d) => d.severity === 'error'),
    // Only the example's own findings: the directive has some of its own (757/QĐ-BKHHCN).
    found: findings.filter((d) => d.place?.file.endsWith(`${rule.id}-${name}.yaml`)),
  };
}

/** 1-based lines of the example marked `# <-`: where the findings must be. */
function markedLines(yaml: string): number[] {
  return yaml.split('\n').flatMap((line, i) => (/#\s*<-/.test(line) ? [i + 1] : []));
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('documents itself in both languages', () => {
    for (const text of [rule.meta.description, rule.meta.docs.why]) {
      expect(text.vi.length).toBeGreaterThan(10);
      expect(text.en.length).toBeGreaterThan(10);
    }
    expect(markedLines(rule.meta.docs.notOk).length).toBeGreaterThan(0);
  });

  it('finds nothing in its passing example', async () => {
    const { loadErrors, found } = await run(rule, 'ok', rule.meta.docs.ok);
    expect(loadErrors).toEqual([]);
    expect(found).toEqual([]);
  });

  it('finds something in its failing example, exactly on the marked lines', async () => {
    const { loadErrors, found } = await run(rule, 'not-ok', rule.meta.docs.notOk);
    expect(loadErrors).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
    expect([...new Set(found.map((d) => d.place?.line))].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(markedLines(rule.meta.docs.notOk));
  });
});
