import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../check/engine.js';
import { loadCascade } from '../load/load-cascade.js';
import { findingsByRef } from '../matrix/findings.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { generateNationalCascade, type NationalCascade } from './generate.js';
import { GAP_KINDS, type GapKind, type SeededGap } from './gaps.js';
import { makeSynthDir, writeCascadeFiles } from './write.js';

/**
 * The rule that must find each kind of gap (first), and the others it may also trip: a rarer
 * report is also a later deadline (a year ends after six months). A weaker target is always
 * weaker than the directive's goal (14/CT-TTg's 2.b sets no target of its own); below a province
 * that restates the goal, it is also weaker than the provincial task's target.
 */
const RULES_OF: Readonly<Record<GapKind, readonly string[]>> = {
  'missing-task': ['central-task-missing'],
  'later-deadline': ['deadline-later-than-parent'],
  'missing-lead': ['task-missing-lead'],
  'missing-deadline': ['task-missing-deadline'],
  'weaker-target': ['target-weaker-than-goal', 'target-weaker-than-parent'],
  'rarer-report': ['report-rarer-than-parent', 'deadline-later-than-parent'],
  'citation-variant': ['citation-inconsistent'],
  'no-document': ['document-missing'],
};

/** Two gaps of every kind; three bodies that issued nothing: a province, a ministry, a commune. */
const EVERY_KIND = { ...(Object.fromEntries(GAP_KINDS.map((k) => [k, 2])) as Record<GapKind, number>), 'no-document': 3 };

// The directive is reused as it is, with its own real inconsistency: it cites 757/QĐ-BKHHCN.
const BASELINE = [{ rule: 'citation-inconsistent', at: 'ct-14-ttg' }];

interface Found {
  readonly rule: string;
  readonly at: string;
  readonly d: Diagnostic;
}

let dir = '';
let generated: NationalCascade;
let found: Found[] = [];
let notEvaluated: string[] = [];
/** Agencies the generator writes for (`writers`), those it left out on purpose among them. */
let writers = new Set<string>();

beforeAll(async () => {
  generated = await generateNationalCascade({
    unitsFile: 'directives/registry/vn-admin-units-2025.json',
    seed: 7,
    gaps: EVERY_KIND,
    provinces: ['gia-lai', 'ha-noi', 'dak-lak', 'ca-mau', 'son-la'],
    communesPerProvince: 25,
    ministries: true,
  });
  dir = await makeSynthDir();
  await writeCascadeFiles(dir, generated.files);
  const { cascade, diagnostics } = await loadCascade([dir], { cwd: dir });
  // Pinned after the directive's 2026 deadline: a body that issued nothing is an error by then.
  const audit = runChecks(cascade, undefined, { asOf: '2027-01-05' });
  notEvaluated = audit.notEvaluated.map((n) => n.rule);
  writers = new Set(generated.writers);
  const all = [...diagnostics, ...audit.diagnostics];
  const { byRef } = findingsByRef(cascade, all);
  found = [...byRef.values()].flat().map((f) => ({ rule: f.diagnostic.rule, at: f.at, d: f.diagnostic }));
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** What a seeded gap is reported at: its task, or its document for a task left out or a citation. */
function subjectOf(g: SeededGap): string {
  return g.task ?? g.doc;
}

/** The agency a `document-missing` finding is about: the issuer its expected document would have. */
function addresseeOf(f: Found): string | undefined {
  return /`issuer: ([^`]+)`/.exec(f.d.expected?.en ?? '')?.[1];
}

/** Does the finding report the seeded gap? A body that issued nothing is the expected issuer. */
function reports(f: Found, g: SeededGap, rules: readonly string[]): boolean {
  if (!rules.includes(f.rule)) return false;
  return g.kind === 'no-document' ? addresseeOf(f) === g.addressee : f.at === subjectOf(g);
}

/** A body without a document that the generator never writes for (a fourth department, the 26th commune). */
function outsideModel(f: Found): boolean {
  const who = f.rule === 'document-missing' ? addresseeOf(f) : undefined;
  return who !== undefined && !writers.has(who);
}

describe('the synthetic cascade, audited', () => {
  it('seeds gaps of every kind and level', () => {
    expect(new Set(generated.seededGaps.map((g) => g.kind)).size).toBe(8);
    expect(new Set(generated.seededGaps.map((g) => g.level))).toEqual(new Set(['province', 'department', 'commune', 'ministry']));
  });

  it('finds every seeded gap with its rule, at its task or document', () => {
    const missed = generated.seededGaps.filter((g) => !found.some((f) => reports(f, g, [RULES_OF[g.kind][0] ?? ''])));
    expect(missed).toEqual([]);
  });

  it('seeds a province, a ministry and a commune that issued nothing, and finds them as errors', () => {
    const silent = generated.seededGaps.filter((g) => g.kind === 'no-document');
    expect(silent.map((g) => g.level).sort()).toEqual(['commune', 'ministry', 'province']);
    for (const g of silent) expect(found.filter((f) => reports(f, g, ['document-missing'])).map((f) => f.d.severity)).toEqual(['error']);
  });

  it('reports nothing but errors and warnings that were seeded (information excluded)', () => {
    const unexplained = found
      .filter((f) => f.d.severity !== 'info')
      .filter((f) => !BASELINE.some((b) => b.rule === f.rule && b.at === f.at))
      .filter((f) => !generated.seededGaps.some((g) => reports(f, g, RULES_OF[g.kind])))
      .filter((f) => !outsideModel(f))
      .map((f) => `${f.rule} @ ${f.at}: ${f.d.message.en}`);
    expect(unexplained).toEqual([]);
  });

  it('finds a province’s weaker target by the directive’s goal, 2.b having none to compare with', async () => {
    const one = await generateNationalCascade({
      unitsFile: 'directives/registry/vn-admin-units-2025.json',
      seed: 7,
      gaps: { 'weaker-target': 1 },
      provinces: ['gia-lai', 'ha-noi'],
      communesPerProvince: 2,
    });
    const gap = one.seededGaps[0];
    expect(gap).toMatchObject({ kind: 'weaker-target', level: 'province' });
    const dir1 = await makeSynthDir();
    try {
      await writeCascadeFiles(dir1, one.files);
      const { cascade } = await loadCascade([dir1], { cwd: dir1 });
      const targets = runChecks(cascade).diagnostics.filter((d) => d.rule.startsWith('target-'));
      expect(targets.map((d) => [d.rule, /\(14\/CT-TTg (\S+)\)/.exec(d.message.en)?.[1]])).toEqual([['target-weaker-than-goal', '1.a']]);
      expect(targets[0]?.place?.file).toContain(gap?.file ?? '?');
    } finally {
      await rm(dir1, { recursive: true, force: true });
    }
  });

  it('leaves no check unevaluated but the levels the folder holds no letter of (the communes under a department)', () => {
    expect(new Set(notEvaluated)).toEqual(new Set(['document-missing']));
  });

  it('writes approved links when asked: no link is unapproved or suspect', async () => {
    const approved = await generateNationalCascade({
      unitsFile: 'directives/registry/vn-admin-units-2025.json',
      seed: 7,
      provinces: ['gia-lai'],
      communesPerProvince: 5,
      approved: true,
    });
    const where = await makeSynthDir();
    try {
      await writeCascadeFiles(where, approved.files);
      const { cascade } = await loadCascade([where], { cwd: where });
      const rules = runChecks(cascade).diagnostics.map((d) => d.rule);
      expect(rules.filter((r) => r.startsWith('link-'))).toEqual([]);
      expect(rules).toContain('task-without-parent');
    } finally {
      await rm(where, { recursive: true, force: true });
    }
  });

  it('gives the same files for the same seed', async () => {
    const again = await generateNationalCascade({
      unitsFile: 'directives/registry/vn-admin-units-2025.json',
      seed: 7,
      gaps: EVERY_KIND,
      provinces: ['gia-lai', 'ha-noi', 'dak-lak', 'ca-mau', 'son-la'],
      communesPerProvince: 25,
      ministries: true,
    });
    expect([...again.files]).toEqual([...generated.files]);
    expect(again.seededGaps).toEqual(generated.seededGaps);
  });
});
