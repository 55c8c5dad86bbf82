import { describe, expect, it } from 'vitest';
import type { Cascade, TaskEntry } from '../load/cascade.js';
import { Document } from '../model/document.js';
import type { Place } from '../report/diagnostic.js';
import { CheckConfig, DEFAULT_CONFIG } from './config.js';
import { runChecks } from './engine.js';
import type { Rule } from './rule.js';

const doc = (id: string): Document => Document.parse({ id, kind: 'cong-van', body: [{ task: '1', text: 't' }] });
const a = doc('doc-a');
const b = doc('doc-b');
const entries = [a, b].map((d): TaskEntry => {
  const task = d.body[0] as TaskEntry['task'];
  return { ref: `${d.id}#1`, doc: d, task, ancestors: [], lead: [], coordinators: [], implements: [], mirrors: [] };
});
const places = new Map<object, Place>([
  [a, { file: 'a.yaml', line: 1, column: 1 }],
  [b, { file: 'b.yaml', line: 1, column: 1 }],
  [entries[0]!.task, { file: 'a.yaml', line: 5, column: 5 }],
  [entries[1]!.task, { file: 'b.yaml', line: 7, column: 5 }],
]);
const cascade: Cascade = {
  documents: [a, b],
  documentsById: new Map([[a.id, a], [b.id, b]]),
  known: new Map(),
  agencies: new Map(),
  groups: new Map(),
  tasks: new Map(entries.map((e) => [e.ref, e])),
  goals: new Map(),
  members: () => [],
  locate: (node) => places.get(node),
  nameOf: () => undefined,
};
const text = { vi: 'x', en: 'x' };

/** A rule reporting every task, and a not-evaluated check on the first document. */
const everyTask: Rule = {
  id: 'every-task',
  defaultSeverity: 'warning',
  meta: { description: text, docs: { why: text, ok: '', notOk: '' } },
  check({ cascade: c, report, cannotEvaluate }) {
    for (const e of c.tasks.values()) report({ node: e.task, message: { vi: `nhiệm vụ ${e.ref}`, en: `task ${e.ref}` } });
    cannotEvaluate({ node: a, reason: { vi: 'không biết', en: 'unknown' } });
  },
};
const crashing: Rule = { ...everyTask, id: 'crashing', check: () => { throw new Error('boom'); } };
const config = (c: unknown): CheckConfig => CheckConfig.parse(c);

describe('runChecks', () => {
  it('locates each finding and applies the default severity', () => {
    const { diagnostics } = runChecks(cascade, DEFAULT_CONFIG, { rules: [everyTask] });
    expect(diagnostics.map((d) => [d.rule, d.severity, d.place?.file, d.place?.line])).toEqual([
      ['every-task', 'warning', 'a.yaml', 5],
      ['every-task', 'warning', 'b.yaml', 7],
    ]);
  });

  it('lists a check that could not be made apart from the findings, located', () => {
    const { notEvaluated } = runChecks(cascade, DEFAULT_CONFIG, { rules: [everyTask] });
    expect(notEvaluated).toEqual([{ rule: 'every-task', reason: { vi: 'không biết', en: 'unknown' }, place: { file: 'a.yaml', line: 1, column: 1 }, at: 'doc-a' }]);
  });

  it('changes severity from the configuration', () => {
    const { diagnostics } = runChecks(cascade, config({ rules: { 'every-task': 'error' } }), { rules: [everyTask] });
    expect(diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
  });

  it('turns a rule off, with its not-evaluated checks', () => {
    const result = runChecks(cascade, config({ rules: { 'every-task': 'off' } }), { rules: [everyTask] });
    expect(result.diagnostics).toEqual([]);
    expect(result.notEvaluated).toEqual([]);
  });

  it('applies an override to the documents it names only', () => {
    const c = config({ overrides: [{ documents: ['doc-b'], rules: { 'every-task': 'off' } }] });
    const { diagnostics } = runChecks(cascade, c, { rules: [everyTask] });
    expect(diagnostics.map((d) => d.place?.file)).toEqual(['a.yaml']);
  });

  it('turns a rule on for one document when it is off elsewhere', () => {
    const c = config({ rules: { 'every-task': 'off' }, overrides: [{ documents: ['doc-b'], rules: { 'every-task': 'info' } }] });
    const { diagnostics } = runChecks(cascade, c, { rules: [everyTask] });
    expect(diagnostics.map((d) => [d.place?.file, d.severity])).toEqual([['b.yaml', 'info']]);
  });

  it('keeps a waived finding with its reason', () => {
    const c = config({ waivers: [{ rule: 'every-task', at: 'doc-a#1', reason: 'Đã xin ý kiến Sở Nội vụ' }] });
    const { diagnostics } = runChecks(cascade, c, { rules: [everyTask] });
    expect(diagnostics.map((d) => d.waived)).toEqual(['Đã xin ý kiến Sở Nội vụ', undefined]);
  });

  it('waives every finding of a document when the waiver names the document', () => {
    const c = config({ waivers: [{ rule: 'every-task', at: 'doc-b', reason: 'Bản dự thảo' }] });
    const { diagnostics } = runChecks(cascade, c, { rules: [everyTask] });
    expect(diagnostics.map((d) => d.waived)).toEqual([undefined, 'Bản dự thảo']);
  });

  it('reports a waiver that matched nothing, at its place', () => {
    const c = config({ waivers: [{ rule: 'every-task', at: 'doc-c', reason: 'cũ' }] });
    const at = { file: 'cascade.config.yaml', line: 3, column: 5 };
    const { diagnostics } = runChecks(cascade, c, { rules: [everyTask], waiverPlaces: [at] });
    expect(diagnostics.filter((d) => d.rule === 'waiver-unused').map((d) => d.place)).toEqual([at]);
  });

  it('lists a rule that crashed as not evaluated instead of passing it', () => {
    const { diagnostics, notEvaluated } = runChecks(cascade, DEFAULT_CONFIG, { rules: [crashing] });
    expect(diagnostics).toEqual([]);
    expect(notEvaluated.map((n) => [n.rule, n.reason.en])).toEqual([['crashing', 'The rule failed: boom']]);
  });

  it('passes the day of the audit to the rules, and lets a finding carry its own severity unless configured', () => {
    const dated: Rule = {
      ...everyTask,
      id: 'dated',
      check({ cascade: c, asOf, report }) {
        for (const e of c.tasks.values()) report({ node: e.task, severity: asOf < '2027-01-01' ? 'info' : 'error', message: { vi: asOf, en: asOf } });
      },
    };
    const before = runChecks(cascade, DEFAULT_CONFIG, { rules: [dated], asOf: '2026-04-25' });
    expect(before.asOf).toBe('2026-04-25');
    expect(before.diagnostics.map((d) => [d.severity, d.message.en])).toEqual([['info', '2026-04-25'], ['info', '2026-04-25']]);
    const after = runChecks(cascade, DEFAULT_CONFIG, { rules: [dated], asOf: '2027-01-05' });
    expect(after.diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
    const configured = runChecks(cascade, config({ rules: { dated: 'warning' } }), { rules: [dated], asOf: '2027-01-05' });
    expect(configured.diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
  });
});
