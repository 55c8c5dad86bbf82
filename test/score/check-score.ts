/**
 * `npm run score:check`: the audit on IMPORTED groups of the real corpus. Every document is imported
 * as `npm run score:import` imports it (neutral file names, parents first, `importCorpus`); then, per
 * group, the proposed registry entries of its drafts are accepted (merged into a temporary copy of
 * the bundled registry, as a user copies them into `directives/registry/`), the group's drafts (and
 * the parents they were imported after) are loaded with it and `runChecks` is run over them. Its
 * findings are compared with the key's (`findings:` in the expected files, see `compare-findings.ts`):
 * found, missed, errors the key calls wrong, other errors. The held-out part is printed first and
 * apart (totals only); `--misses` lists details for the TUNING part only (test/fixtures/corpus/SPLIT.md).
 *
 * Run: `npm run score:check [-- --groups g01,g03] [-- --misses] [-- --keep DIR]` (`--keep`: leave the
 * drafts and the registries with the proposals accepted in DIR; with tuning groups only).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { runChecks } from '../../src/check/engine.js';
import type { Finding, Rule } from '../../src/check/rule.js';
import { RULE_IDS, RULES } from '../../src/check/rules/index.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { compareFindings, expectedFindings, type AuditFinding, type GroupScore } from './compare-findings.js';
import { readExpected, type Expected } from './expected.js';
import { importCorpus, type ImportedCorpus } from './import-score.js';

const CORPUS = 'test/fixtures/corpus';
const REGISTRY = 'directives/registry';
/** The day the key speaks of (its split was recorded on it, and the tests pin it). */
export const AS_OF = '2026-12-07';

/** One group's audit: what the loader said about its drafts, and the findings mapped to corpus documents and tasks. */
export interface GroupAudit {
  readonly group: string;
  readonly part: Expected['part'];
  /** Loader errors in the group's own drafts (after the proposals were accepted). */
  readonly loadErrors: readonly Diagnostic[];
  readonly findings: readonly AuditFinding[];
  readonly score: GroupScore;
}

/** Merges proposal files into one file of the registry (`keys`: agencies and groups, or documents): each id once, the first proposal wins. */
function mergedProposals(files: readonly string[], keys: readonly ('agencies' | 'groups' | 'documents')[]): string | undefined {
  const out: Record<string, Record<string, unknown>[]> = Object.fromEntries(keys.map((k) => [k, []]));
  for (const f of files) {
    const doc = (parse(readFileSync(f, 'utf8')) ?? {}) as Record<string, unknown>;
    for (const k of keys) {
      for (const item of (doc[k] as Record<string, unknown>[] | undefined) ?? []) {
        const list = out[k] ?? [];
        if (!list.some((x) => x.id === item.id)) list.push(item);
      }
    }
  }
  const kept = Object.fromEntries(Object.entries(out).filter(([, v]) => v.length > 0));
  return Object.keys(kept).length > 0 ? stringify(kept, { lineWidth: 0 }) : undefined;
}

/** Every rule, each finding it reports kept beside the diagnostic the engine makes of it. */
function recording(into: Map<object, { rule: string; finding: Finding; refOf: (node: object) => string | undefined }>): Rule[] {
  return RULES.map((rule) => ({
    ...rule,
    check: (ctx) => {
      const refs = new Map<object, string>();
      for (const doc of ctx.cascade.documents) {
        refs.set(doc, doc.id);
        for (const e of ctx.index.tasksOf(doc.id)) refs.set(e.task, e.ref);
      }
      const refOf = (node: object) => refs.get(node);
      rule.check({ ...ctx, report: (f) => (into.set(f.message, { rule: rule.id, finding: f, refOf }), ctx.report(f)) });
    },
  }));
}

/** `doc#task` → the corpus file and the task id, through the ids the import gave. */
function splitRef(ref: string | undefined, fileOfDoc: ReadonlyMap<string, string>): { file?: string; task?: string } {
  if (ref === undefined) return {};
  const hash = ref.indexOf('#');
  const doc = hash < 0 ? ref : ref.slice(0, hash);
  // A task ref may carry a year after a slash (`doc#2.b/2027`): the task id is before it.
  const task = hash < 0 ? undefined : ref.slice(hash + 1).replace(/\/\d{4}$/u, '');
  return { file: fileOfDoc.get(doc), task };
}

/** Runs the audit over one group's drafts (and its parents'), with its proposals accepted. */
export async function auditGroup(group: string, every: readonly Expected[], imported: ImportedCorpus, dir: string): Promise<GroupAudit> {
  const own = every.filter((e) => e.group === group);
  const byFile = new Map(every.map((e) => [e.file, e]));
  const withParents: string[] = [];
  const visit = (file: string): void => {
    if (withParents.includes(file)) return;
    for (const p of byFile.get(file)?.after ?? []) visit(p);
    withParents.push(file);
  };
  for (const e of own) visit(e.file);
  const files = withParents.flatMap((f) => imported.drafts.get(f) ?? []);
  const drafts = files.filter((f) => !f.endsWith('.proposals.yaml') && !f.endsWith('.proposals-documents.yaml'));
  const registry = join(dir, `registry-${group}`);
  cpSync(REGISTRY, registry, { recursive: true });
  // Accepting the proposals: agencies and groups into one registry file, cited documents into another.
  const agencies = mergedProposals(files.filter((f) => f.endsWith('.proposals.yaml')), ['agencies', 'groups']);
  const documents = mergedProposals(files.filter((f) => f.endsWith('.proposals-documents.yaml')), ['documents']);
  if (agencies !== undefined) writeFileSync(join(registry, 'accepted-agencies.yaml'), agencies);
  if (documents !== undefined) writeFileSync(join(registry, 'accepted-documents.yaml'), documents);
  const { cascade, diagnostics } = await loadCascade([registry, ...drafts]);
  const ownDrafts = new Set(own.flatMap((e) => imported.drafts.get(e.file) ?? []));
  const loadErrors = diagnostics.filter((d) => d.severity === 'error' && ownDrafts.has(d.place?.file ?? ''));
  const recorded = new Map<object, { rule: string; finding: Finding; refOf: (node: object) => string | undefined }>();
  const result = runChecks(cascade, undefined, { asOf: AS_OF, rules: recording(recorded) });
  const fileOfDoc = new Map([...imported.ids].map(([file, id]) => [id, file]));
  const findings = result.diagnostics.flatMap((d) => {
    const r = recorded.get(d.message);
    if (!r) return [];
    const at = splitRef(r.finding.at ?? r.refOf(r.finding.node), fileOfDoc);
    const related = (r.finding.related ?? []).map((p) => splitRef(r.refOf(p.node), fileOfDoc));
    return [{ rule: d.rule, severity: d.severity, document: at.file, task: at.task, related, message: d.message.en, found: d.found, line: d.place?.line } satisfies AuditFinding];
  });
  const ownFiles = new Set(own.map((e) => e.file));
  const mine = findings.filter((f) => f.document !== undefined && ownFiles.has(f.document));
  return { group, part: own[0]?.part ?? 'tuning', loadErrors, findings: mine, score: compareFindings(expectedFindings(every, group), mine, RULE_IDS) };
}

/** Imports the corpus (the groups asked for, with their parents) and audits each group. */
export async function runCheckScore(groups?: readonly string[], keep?: string): Promise<GroupAudit[]> {
  const every = readExpected(join(CORPUS, 'expected'));
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'score-check-'));
  try {
    const imported = await importCorpus(dir, join(CORPUS, 'expected'), groups);
    const wanted = [...new Set(every.map((e) => e.group))].filter((g) => !groups || groups.includes(g));
    const out: GroupAudit[] = [];
    for (const g of wanted) out.push(await auditGroup(g, every, imported, dir));
    return out;
  } finally {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

const sum = (audits: readonly GroupAudit[], pick: (s: GroupScore) => number): number => audits.reduce((k, a) => k + pick(a.score), 0);

function partReport(title: string, audits: readonly GroupAudit[], details: boolean): string[] {
  const found = sum(audits, (s) => s.found.length);
  const scored = sum(audits, (s) => s.scored.length);
  const out = [
    `## ${title}: ${audits.length} groups`,
    '',
    '| group | key findings scored | found | missed | errors the key calls wrong | other errors | load errors | not scored (proposed rule / judgement) |',
    '|---|---|---|---|---|---|---|---|',
    ...audits.map((a) => {
      const s = a.score;
      return `| ${a.group} | ${s.scored.length} | ${s.found.length} | ${s.missed.length} | ${s.wrong.length} | ${s.otherErrors.length} | ${a.loadErrors.length} | ${s.unscored.length} |`;
    }),
    `| **total** | ${scored} | ${found} (${scored === 0 ? '—' : `${((100 * found) / scored).toFixed(0)}%`}) | ${sum(audits, (s) => s.missed.length)} | ${sum(audits, (s) => s.wrong.length)} | ${sum(audits, (s) => s.otherErrors.length)} | ${audits.reduce((k, a) => k + a.loadErrors.length, 0)} | ${sum(audits, (s) => s.unscored.length)} |`,
    '',
  ];
  if (!details) return out;
  for (const a of audits) {
    const s = a.score;
    out.push(`### ${a.group}`, '');
    for (const f of s.found) out.push(`- found: ${f.expected.rule} @ ${f.expected.document}${f.expected.task ? ` ${f.expected.task}` : ''} (${f.expected.severity}) ← ${f.by.rule} ${f.by.severity}${f.by.severity === f.expected.severity ? '' : ' (other severity)'}`);
    for (const m of s.missed) out.push(`- MISSED: ${m.rule} @ ${m.document}${m.task ? ` ${m.task}` : ''} (${m.severity}): ${m.note}`);
    for (const w of s.wrong) out.push(`- WRONG (${w.why}): ${w.finding.rule} ${w.finding.severity} @ ${w.finding.document}#${w.finding.task ?? ''}: ${w.finding.message}`);
    for (const e of s.otherErrors) out.push(`- other error: ${e.rule} @ ${e.document}#${e.task ?? ''}: ${e.message}`);
    for (const e of a.loadErrors) out.push(`- load error: ${e.rule} line ${e.place?.line ?? '?'}: ${e.message.en}${e.found ? ` ("${e.found}")` : ''}`);
    out.push('');
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const only = argv.includes('--groups') ? argv[argv.indexOf('--groups') + 1]?.split(',') : undefined;
  // `--keep DIR` (with `--groups` of the tuning part): leaves the drafts and registries there, to look at.
  const keep = argv.includes('--keep') ? argv[argv.indexOf('--keep') + 1] : undefined;
  if (keep !== undefined) {
    const held = new Set(readExpected(join(CORPUS, 'expected')).filter((e) => e.part === 'held-out').map((e) => e.group));
    // The held-out drafts are scored, never looked at (test/fixtures/corpus/SPLIT.md).
    if (!only || only.some((g) => held.has(g))) throw new Error(`--keep needs --groups naming tuning groups only (held out: ${[...held].sort().join(', ')})`);
    mkdirSync(keep, { recursive: true });
  }
  const audits = await runCheckScore(only, keep);
  const out = [
    `# Audit of the imported corpus (as of ${AS_OF})`,
    '',
    ...partReport('Held-out part (g04, g06, g09: reported, never tuned on)', audits.filter((a) => a.part === 'held-out'), false),
    ...partReport('Tuning part', audits.filter((a) => a.part === 'tuning'), argv.includes('--misses')),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('check-score.js')) {
  main().catch((e: unknown) => {
    process.stderr.write(`score:check: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
