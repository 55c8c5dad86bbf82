import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCascade } from '../load/load-cascade.js';
import type { Cascade } from '../load/cascade.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { runChecks, type CheckResult } from './engine.js';
import { goalsAboveOf, goalsFor } from './goals.js';
import { targetFacts } from './targets.js';

// The audit of the bundled documents: the findings an auditor must see, each at its place.
const DOCS = 'directives/documents';
const GIA_LAI = `${DOCS}/gia-lai-5900.yaml`;
const AN_GIANG = `${DOCS}/an-giang-draft-2026-05.yaml`;
const HCM = `${DOCS}/hcm-sgddt-draft-2026.yaml`;
const CT14 = `${DOCS}/ct-14-ttg.yaml`;
const PROPOSAL = `${DOCS}/gia-lai-de-xuat-bkhcn.yaml`;

/** 1-based line of the first line of `file` containing `needle` (after line `after`). */
function lineOf(file: string, needle: string, after = 0): number {
  const i = readFileSync(file, 'utf8').split('\n').findIndex((l, n) => n >= after && l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

/** The line of task `id`'s `key:` in a document. */
function keyLine(file: string, id: string, key: string): number {
  return lineOf(file, `${key}:`, lineOf(file, `task: ${/^\d+$/.test(id) ? `"${id}"` : id}`));
}

let result: CheckResult;
let loaded: Diagnostic[];
let bundled: Cascade;
beforeAll(async () => {
  const { cascade, diagnostics } = await loadCascade(['directives/']);
  loaded = diagnostics;
  bundled = cascade;
  result = runChecks(cascade);
});

const where = (rule: string) =>
  result.diagnostics.filter((d) => d.rule === rule).map((d) => `${d.severity} ${d.place?.file}:${d.place?.line}`);

describe('cascade check directives/', () => {
  it('loads without a loader error', () => {
    expect(loaded.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('finds 757/QĐ-BKHHCN cited wrongly in the directive and, copied from it, in An Giang; not in Gia Lai', () => {
    expect(where('citation-inconsistent')).toEqual([
      `warning ${AN_GIANG}:${lineOf(AN_GIANG, '757/QĐ-BKHHCN')}`,
      `warning ${CT14}:${lineOf(CT14, '757/QĐ-BKHHCN')}`,
    ]);
  });

  it('finds the two drafts (number and day blank), and cannot tell for the letter whose header is lost', () => {
    expect(where('draft-not-issued')).toEqual([
      `warning ${AN_GIANG}:${lineOf(AN_GIANG, 'symbol: UBND-TH')}`,
      `warning ${AN_GIANG}:${lineOf(AN_GIANG, 'date: 2026-05')}`,
      `warning ${HCM}:${lineOf(HCM, 'symbol: SGDĐT-TCCB')}`,
      `warning ${HCM}:${lineOf(HCM, 'date: "2026"')}`,
    ]);
    expect(result.notEvaluated.filter((n) => n.rule === 'draft-not-issued').map((n) => n.place?.file)).toEqual([PROPOSAL, PROPOSAL]);
  });

  it('reports mirrors due after the ministry as information, never as a late deadline', () => {
    expect(where('mirror-later-than-parent')).toEqual([
      `info ${AN_GIANG}:${keyLine(AN_GIANG, '3-1', 'deadline')}`, // "Trong tháng 6/2026" after 3's 30/4/2026
      `info ${AN_GIANG}:${keyLine(AN_GIANG, '4-1', 'deadline')}`, // "Trong tháng 6/2026" after 5.b's 31/5/2026
      `info ${GIA_LAI}:${keyLine(GIA_LAI, '4', 'deadline')}`, // "Năm 2026 (Sau khi có hướng dẫn của Bộ Công an)"
    ]);
    expect(where('deadline-later-than-parent')).toEqual([]);
  });

  it('finds every task addressed to the provinces carried by Gia Lai and An Giang', () => {
    expect(where('central-task-missing')).toEqual([]);
  });

  it('says the HCMC department letter’s parents are known only by citation, so its coverage is not evaluated', () => {
    expect(result.notEvaluated.filter((n) => n.rule === 'central-task-missing').map((n) => `${n.place?.file}:${n.place?.line}`)).toEqual([
      `${HCM}:${lineOf(HCM, 'implements: [hcm-3978-ubnd-vx')}`,
      `${HCM}:${lineOf(HCM, 'implements: [hcm-3978-ubnd-vx')}`,
    ]);
  });

  it('lists which ministry tasks each province mirrored to its counterpart, and which not', () => {
    const notMirrored = (file: string) =>
      result.diagnostics.filter((d) => d.rule === 'ministry-task-not-mirrored' && d.place?.file === file).map((d) => /14\/CT-TTg (\S+)/.exec(d.message.en)?.[1]);
    // Gia Lai sends its 6-monthly reports to Sở Nội vụ (its 5) but gives it no follow-up task of its own: 6 is not mirrored.
    expect(notMirrored(GIA_LAI)).toEqual(['3', '4', '5.a', '6']);
    expect(notMirrored(AN_GIANG)).toEqual(['5.a']);
    const mirrored = result.diagnostics.filter((d) => d.rule === 'ministry-task-mirrored');
    expect(mirrored.filter((d) => d.place?.file === AN_GIANG).map((d) => d.message.en.includes('(the counterpart)'))).toEqual([true, true, true, true, true]);
    expect(mirrored.filter((d) => d.place?.file === GIA_LAI)).toHaveLength(2);
    // HCMC's wards and schools take up 5.c, which Bộ Công an's counterpart (Công an thành phố) would normally lead.
    expect(mirrored.filter((d) => d.place?.file === HCM).map((d) => d.message.en.endsWith('the ministry’s counterpart is Công an thành phố'))).toEqual([true, true]);
  });

  it('finds the HCMC tasks that give no deadline', () => {
    // 1 implements 2.a, which the directive leaves without a date ("thường xuyên" in spirit); a local
    // task still needs one to be followed up. 1-2, 1-4 and 1-5 give theirs, 1-1 and 1-3 do not.
    expect(where('task-missing-deadline')).toEqual([
      `warning ${HCM}:${lineOf(HCM, 'task: "1"')}`,
      `warning ${HCM}:${lineOf(HCM, 'task: 1-1')}`,
      `warning ${HCM}:${lineOf(HCM, 'task: 1-3')}`,
    ]);
  });

  it('finds no cascaded task without a lead, no rarer report, no local task without a parent', () => {
    expect([...where('task-missing-lead'), ...where('report-rarer-than-parent'), ...where('task-without-parent')]).toEqual([]);
  });

  it('finds no target weaker than a parent’s or than the directive’s goals, and none dropped: 2.b sets no target, so Gia Lai, which copies it, owes none', () => {
    expect([...where('target-weaker-than-parent'), ...where('target-weaker-than-goal')]).toEqual([]);
    expect(result.notEvaluated.filter((n) => n.rule.startsWith('target-'))).toEqual([]);
  });

  it('holds each restated target to the goal of its kind: a year to reach it by to 1.a, a first year to 1.b, no year to both', () => {
    const above = goalsAboveOf(bundled);
    const heldTo = [...bundled.tasks.values()].flatMap((e) =>
      e.task.target === undefined ? [] : [[e.ref, goalsFor(targetFacts(e.task.target), above(e.doc.id)).map((g) => g.entry.ref)]],
    );
    expect(heldTo).toEqual([
      ['an-giang-draft-2026-05#1-2', ['ct-14-ttg#1.a', 'ct-14-ttg#1.b']],
      ['an-giang-draft-2026-05#1-2/2026', ['ct-14-ttg#1.a']],
      ['an-giang-draft-2026-05#1-2/2027', ['ct-14-ttg#1.b']],
      ['hcm-sgddt-draft-2026#1-2', ['ct-14-ttg#1.a']],
      ['hcm-sgddt-draft-2026#1-5', ['ct-14-ttg#1.a']],
    ]);
  });

  it('finds every link approved against the directive as it stands: none unapproved, none suspect', () => {
    expect([...where('link-unapproved'), ...where('link-suspect')]).toEqual([]);
  });

  it('says nothing else: 9 warnings and 17 pieces of information, no error, 6 checks not evaluated', () => {
    const count = (list: readonly { rule: string }[]) => Object.fromEntries([...new Set(list.map((d) => d.rule))].map((r) => [r, list.filter((d) => d.rule === r).length]));
    expect(count(result.diagnostics)).toEqual({
      'draft-not-issued': 4,
      'ministry-task-not-mirrored': 5,
      'citation-inconsistent': 2,
      'ministry-task-mirrored': 9,
      'mirror-later-than-parent': 3,
      'task-missing-deadline': 3,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(9);
    expect(result.diagnostics.filter((d) => d.severity === 'info')).toHaveLength(17);
    expect(count(result.notEvaluated)).toEqual({ 'central-task-missing': 2, 'deadline-later-than-parent': 2, 'draft-not-issued': 2 });
  });

  it('cannot compare a yearly rhythm ("hàng năm") with a year, and says so', () => {
    expect(result.notEvaluated.filter((n) => n.rule === 'deadline-later-than-parent').map((n) => n.reason.en)).toEqual([
      'Deadline `hàng năm` cannot be compared with the parent’s `Năm 2026` (14/CT-TTg 2.b/2026)',
      'Deadline `hàng năm` cannot be compared with the parent’s `Năm 2027` (14/CT-TTg 2.b/2027)',
    ]);
  });
});
