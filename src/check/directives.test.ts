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
  // Pinned: before 14/CT-TTg's earliest deadline owed by a province (Năm 2026 → 31/12/2026).
  result = runChecks(cascade, undefined, { asOf: '2026-04-25' });
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
    // 1 implements 2.a, which the directive leaves without a date: nothing can be late, information
    // only (issue #12). 1-2, 1-4 and 1-5 give theirs, 1-1 and 1-3 do not, under 2.b/2026's Năm 2026.
    expect(where('task-missing-deadline')).toEqual([
      `info ${HCM}:${lineOf(HCM, 'task: "1"')}`,
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

  // Changed with issue #12: the 31 provinces without a letter (information before the deadline), and
  // HCM's task 1 under 2.a (no deadline under a parent with none) from warning to information.
  it('says nothing else: 8 warnings and 49 pieces of information, no error, 12 checks not evaluated', () => {
    const count = (list: readonly { rule: string }[]) => Object.fromEntries([...new Set(list.map((d) => d.rule))].map((r) => [r, list.filter((d) => d.rule === r).length]));
    expect(count(result.diagnostics)).toEqual({
      'document-missing': 31,
      'draft-not-issued': 4,
      'ministry-task-not-mirrored': 5,
      'citation-inconsistent': 2,
      'ministry-task-mirrored': 9,
      'mirror-later-than-parent': 3,
      'task-missing-deadline': 3,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(8);
    expect(result.diagnostics.filter((d) => d.severity === 'info')).toHaveLength(49);
    // Levels the folder holds no letter of (the ministries; the departments and communes under each
    // letter) cannot be judged: listed, never counted as a pass.
    expect(count(result.notEvaluated)).toEqual({ 'central-task-missing': 2, 'deadline-later-than-parent': 2, 'draft-not-issued': 2, 'document-missing': 6 });
  });

  it('cannot compare a yearly rhythm ("hàng năm") with a year, and says so', () => {
    expect(result.notEvaluated.filter((n) => n.rule === 'deadline-later-than-parent').map((n) => n.reason.en)).toEqual([
      'Deadline `hàng năm` cannot be compared with the parent’s `Năm 2026` (14/CT-TTg 2.b/2026)',
      'Deadline `hàng năm` cannot be compared with the parent’s `Năm 2027` (14/CT-TTg 2.b/2027)',
    ]);
  });
});

describe('addressees that issued nothing (document-missing)', () => {
  const missing = (r: CheckResult) => r.diagnostics.filter((d) => d.rule === 'document-missing');
  const provinces = (r: CheckResult) => missing(r).map((d) => d.found);

  it('reports every province without a letter: 31 of 34, as errors once 14/CT-TTg’s 2026 deadline has passed', async () => {
    const late = runChecks(bundled, undefined, { asOf: '2027-01-05' });
    expect(missing(late)).toHaveLength(31);
    expect(new Set(missing(late).map((d) => d.severity))).toEqual(new Set(['error']));
    expect(missing(late)[0]?.message.vi).toContain('đã quá 5 ngày tính đến 05/01/2027');
  });

  it('reports them as information before that deadline', () => {
    expect(new Set(missing(result).map((d) => d.severity))).toEqual(new Set(['info']));
    expect(missing(result)[0]?.message.vi).toContain('tính đến 25/04/2026 chưa đến hạn');
  });

  it('counts An Giang’s draft and Hồ Chí Minh City’s 3978/UBND-VX, known only by citation, as issued', () => {
    expect(provinces(result)).not.toContain('Ủy ban nhân dân tỉnh An Giang');
    expect(provinces(result)).not.toContain('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(provinces(result)).not.toContain('Ủy ban nhân dân tỉnh Gia Lai');
    expect(provinces(result)).toContain('Ủy ban nhân dân thành phố Hà Nội');
  });

  it('places them at the lead of the earliest task owed in 14/CT-TTg (2.b/2026, Năm 2026)', () => {
    expect(new Set(missing(result).map((d) => `${d.place?.file}:${d.place?.line}`))).toEqual(new Set([`${CT14}:${lineOf(CT14, 'task: 2.b/2026')}`]));
  });

  it('gives the coverage over addressees: provinces 3/34, ministries not evaluated (no ministry’s plan in the folder)', () => {
    const ct14 = result.addressees.filter((c) => c.parent === 'ct-14-ttg');
    expect(ct14.map((c) => [c.level, c.withDocument, c.addressees, c.evaluated])).toEqual([
      ['central', 0, 16, false],
      ['province', 3, 34, true],
    ]);
  });
});
