import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCascade } from '../../load/load-cascade.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import { runChecks, type CheckResult } from '../engine.js';

// Behaviour beyond the doc examples, on small letters under test/fixtures/rules/.
const FIX = 'test/fixtures/rules';

function lineOf(file: string, needle: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

async function audit(...files: string[]): Promise<CheckResult & { loaded: Diagnostic[] }> {
  const { cascade, diagnostics } = await loadCascade(files.map((f) => `${FIX}/${f}`));
  return { ...runChecks(cascade), loaded: diagnostics };
}

const at = (r: CheckResult, rule: string, file: string) =>
  r.diagnostics.filter((d) => d.rule === rule && d.place?.file === `${FIX}/${file}`).map((d) => d.place?.line);

describe('central-task-missing one level down', () => {
  let r: CheckResult & { loaded: Diagnostic[] };
  beforeAll(async () => {
    r = await audit('ok-province.yaml', 'not-ok-department-partial.yaml');
  });

  it('loads cleanly', () => {
    expect(r.loaded.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('asks a department for the provincial tasks addressed to a group it belongs to, and only those', () => {
    const found = r.diagnostics.filter((d) => d.rule === 'central-task-missing');
    expect(found.map((d) => [d.place?.file, d.place?.line])).toEqual([
      [`${FIX}/not-ok-department-partial.yaml`, lineOf(`${FIX}/not-ok-department-partial.yaml`, 'implements: [vi-du-tinh]')],
    ]);
    expect(found[0]?.message.en).toContain('has no task implementing 123/UBND-VX 2 ');
  });

  it('flags the link approved against another text of the provincial task', () => {
    expect(at(r, 'link-suspect', 'not-ok-department-partial.yaml')).toEqual([lineOf(`${FIX}/not-ok-department-partial.yaml`, 'abcdefabcdef')]);
  });
});

describe('targets, inherited fields and not-applicable tasks', () => {
  let r: CheckResult & { loaded: Diagnostic[] };
  const file = 'not-ok-target-dropped.yaml';
  const path = `${FIX}/${file}`;
  beforeAll(async () => {
    r = await audit(file);
  });

  it('loads cleanly', () => {
    expect(r.loaded.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports a target dropped once per document and parent, at the first task carrying it', () => {
    const dropped = r.diagnostics.filter((d) => d.rule === 'target-weaker-than-parent' && d.message.en.includes('but no task of it restates'));
    expect(dropped.map((d) => [d.place?.line, /14\/CT-TTg (\S+)/.exec(d.message.en)?.[1]])).toEqual([
      [lineOf(path, 'implements: [ct-14-ttg#2.b/2026]'), '2.b/2026'],
    ]);
  });

  it('reports a lower percentage against each parent that sets one', () => {
    const weaker = r.diagnostics.filter((d) => d.rule === 'target-weaker-than-parent' && d.message.en.startsWith('Target'));
    expect(weaker.map((d) => d.place?.line)).toEqual([lineOf(path, 'percent: 90'), lineOf(path, 'percent: 90')]);
    expect(weaker[0]?.message.en).toContain('90% is lower than 100%');
  });

  it('takes lead and deadline from the enclosing task', () => {
    expect([...at(r, 'task-missing-lead', file), ...at(r, 'task-missing-deadline', file)]).toEqual([]);
  });

  it('shows a task declared not applicable with its reason instead of a missing task', () => {
    expect(at(r, 'central-task-missing', file)).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule === 'task-not-applicable').map((d) => d.message.en)).toEqual([
      'Task 77/UBND-VX 4 is declared not applicable, because: `Tỉnh đã áp dụng Khung kỹ năng số từ năm 2025 theo Kế hoạch số 12/KH-UBND.`',
    ]);
  });
});
