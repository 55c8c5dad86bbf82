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

  it('asks a department for the provincial tasks addressed to a group it belongs to, and those naming it as lead', () => {
    const found = r.diagnostics.filter((d) => d.rule === 'central-task-missing');
    const line = lineOf(`${FIX}/not-ok-department-partial.yaml`, 'implements: [vi-du-tinh]');
    expect(found.map((d) => [d.place?.file, d.place?.line])).toEqual(Array(4).fill([`${FIX}/not-ok-department-partial.yaml`, line]));
    // 2 through "các cơ quan, đơn vị, địa phương"; 3, 4 and 5 name Sở KH&CN itself.
    expect(found.map((d) => /implementing 123\/UBND-VX (\S+)/.exec(d.message.en)?.[1])).toEqual(['2', '3', '4', '5']);
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
    r = await audit('ok-province.yaml', file);
  });
  const mine = (rule: string) => r.diagnostics.filter((d) => d.rule === rule && d.place?.file === path);

  it('loads cleanly', () => {
    expect(r.loaded.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports a target dropped once per document and parent, at the first task carrying it', () => {
    const dropped = mine('target-weaker-than-parent').filter((d) => d.message.en.includes('but no task of it restates'));
    expect(dropped.map((d) => [d.place?.line, /123\/UBND-VX (\S+)/.exec(d.message.en)?.[1]])).toEqual([
      [lineOf(path, 'implements: [vi-du-tinh#2]'), '2'],
    ]);
  });

  it('reports a lower percentage against each parent that sets one', () => {
    const weaker = mine('target-weaker-than-parent').filter((d) => d.message.en.startsWith('Target'));
    expect(weaker.map((d) => d.place?.line)).toEqual([lineOf(path, 'percent: 90'), lineOf(path, 'percent: 90')]);
    expect(weaker.map((d) => /\((123\/UBND-VX \S+)\)/.exec(d.message.en)?.[1])).toEqual(['123/UBND-VX 3', '123/UBND-VX 4']);
    expect(weaker[0]?.message.en).toContain('90% is lower than 100%');
  });

  it('reports the same percentage against the directive’s goal of its kind, two levels up', () => {
    const weaker = mine('target-weaker-than-goal');
    expect(weaker.map((d) => [d.place?.line, d.message.en])).toEqual([[
      lineOf(path, 'percent: 90'),
      'Target `90% cán bộ, công chức, viên chức hoàn thành bồi dưỡng` is weaker than goal `từ năm 2027 và các năm tiếp theo, 100% cán bộ, công chức, v…` (14/CT-TTg 1.b): 90% is lower than 100%',
    ]]);
    const ct14 = 'directives/documents/ct-14-ttg.yaml';
    expect(weaker[0]?.related?.map((x) => `${x.place.file}:${x.place.line}`)).toEqual([`${ct14}:${lineOf(ct14, 'percent: 100, from: 2027')}`]);
  });

  it('finds nothing to say about the province’s targets, which restate the goals', () => {
    const province = `${FIX}/ok-province.yaml`;
    expect(r.diagnostics.filter((d) => d.rule.startsWith('target-') && d.place?.file === province)).toEqual([]);
  });

  it('takes lead and deadline from the enclosing task', () => {
    expect([...at(r, 'task-missing-lead', file), ...at(r, 'task-missing-deadline', file)]).toEqual([]);
  });

  it('shows a task declared not applicable with its reason instead of a missing task', () => {
    expect(at(r, 'central-task-missing', file)).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule === 'task-not-applicable').map((d) => d.message.en)).toEqual([
      'Task 77/SKHCN-VP 4 is declared not applicable, because: `Sở đã tổ chức quán triệt Chỉ thị số 14/CT-TTg theo Kế hoạch số 12/KH-SKHCN.`',
    ]);
  });
});

describe('central-task-missing for a ministry: named tasks are owed, others’ coordinating duties are not', () => {
  let r: CheckResult & { loaded: Diagnostic[] };
  beforeAll(async () => {
    r = await audit('ok-coordinating-parent.yaml', 'not-ok-ministry-plan.yaml');
  });

  it('loads cleanly', () => {
    expect(r.loaded.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('asks the ministry for the task given to it by name, not for "các bộ, ngành liên quan phối hợp với" it', () => {
    const found = r.diagnostics.filter((d) => d.rule === 'central-task-missing');
    expect(found.map((d) => [d.severity, /implementing 99\/CT-TTg (\S+)/.exec(d.message.en)?.[1]])).toEqual([['error', '1']]);
    expect(found[0]?.place?.file).toBe(`${FIX}/not-ok-ministry-plan.yaml`);
  });
});
