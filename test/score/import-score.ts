/**
 * `npm run score:import`: imports every document of the real corpus (`test/fixtures/corpus/`) as a
 * new user would, and scores it against its expected file (the answer key transcribed). The
 * held-out part is printed first and apart; the tuning part after it; then the five seeds.
 *
 * Each text is copied to a temporary folder under a neutral name (`doc-07.txt`), so the importer
 * cannot read a number or a slug from the corpus file name. Documents are imported parents first
 * (`after:` in the expected files); each draft is written with its proposals and passed, as
 * `cascade import --in` would, to the imports of its children, so that their links can resolve.
 * Each draft is then loaded as `cascade validate` loads it.
 *
 * Run: `npm run build && node dist/test/score/import-score.js [--misses] [--groups g01,g02] [--json file]`
 * (`npm run score:import -- --groups g01 --misses`).
 * `--misses` lists what went wrong in the TUNING part only: the held-out part is reported, never
 * debugged (test/fixtures/corpus/SPLIT.md).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftYaml, proposalsYaml } from '../../src/import/emit.js';
import { importText, type ImportResult } from '../../src/import/import-text.js';
import { readSource } from '../../src/import/source.js';
import type { Cascade } from '../../src/load/cascade.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import { HEADER_FIELDS, scoreDocument, type AgencyNames, type DocScore, type HeaderField, type Tally } from './compare-corpus.js';
import { readExpected, type Expected } from './expected.js';
import { SEED_FIELDS, scoreSeeds } from './seeds.js';

const CORPUS = 'test/fixtures/corpus';
const REGISTRY = 'directives/registry';

/** One document's run: its score, whether its draft loads clean, how long the import took. */
export interface DocRun {
  readonly expected: Expected;
  readonly neutral: string;
  readonly score: DocScore;
  readonly validateErrors: number;
  readonly firstError: string | undefined;
  readonly ms: number;
}

function namesOf(cascade: Cascade, result: ImportResult): AgencyNames {
  return {
    nameOf: (id) => {
      const a = cascade.agencies.get(id);
      if (a) return { name: a.name, province: a.province };
      const g = cascade.groups.get(id);
      return g ? { name: g.name, province: g.rule?.province ?? (id.includes('.') ? id.slice(0, id.indexOf('.')) : undefined) } : undefined;
    },
    proposed: result.proposals.agencies,
  };
}

/** Files before the ones that come `after` them; otherwise the order of the file names. */
function importOrder(docs: readonly Expected[]): Expected[] {
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const out: Expected[] = [];
  const visit = (d: Expected, path: readonly string[]): void => {
    if (out.includes(d)) return;
    if (path.includes(d.file)) throw new Error(`a cycle in "after": ${[...path, d.file].join(' → ')}`);
    for (const p of d.after) {
      const parent = byFile.get(p);
      if (!parent) throw new Error(`${d.file}: "after" names ${p}, which has no expected file`);
      visit(parent, [...path, d.file]);
    }
    out.push(d);
  };
  for (const d of docs) visit(d, []);
  return out;
}

/** The corpus documents a document is imported after (its parents, theirs, …). */
function ancestors(e: Expected, byFile: ReadonlyMap<string, Expected>): string[] {
  const out: string[] = [];
  const walk = (d: Expected): void => {
    for (const p of d.after) {
      if (out.includes(p)) continue;
      out.push(p);
      const parent = byFile.get(p);
      if (parent) walk(parent);
    }
  };
  walk(e);
  return out;
}

/**
 * Imports and scores every document of the corpus, parents first. Each import is given, as
 * `cascade import --in` would be, the registry and the drafts of its parents only.
 */
export async function runCorpus(expectedDir = join(CORPUS, 'expected'), groups?: readonly string[]): Promise<DocRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'score-import-'));
  try {
    return (await importCorpus(dir, expectedDir, groups)).runs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `importCorpus` leaves in its folder: each corpus file's draft and proposal files, and its document id. */
export interface ImportedCorpus {
  readonly runs: DocRun[];
  /** Corpus file name → the files written for it (draft, proposals), in the folder given. */
  readonly drafts: ReadonlyMap<string, readonly string[]>;
  /** Corpus file name → the id of the imported document. */
  readonly ids: ReadonlyMap<string, string>;
}

/**
 * `runCorpus`'s work, writing the neutral copies, drafts and proposals into `dir` and leaving them
 * there, so that an audit (`npm run score:check`) can load them after.
 */
export async function importCorpus(dir: string, expectedDir = join(CORPUS, 'expected'), groups?: readonly string[]): Promise<ImportedCorpus> {
  const every = importOrder(readExpected(expectedDir));
  // A group asked for brings the parents it is imported after, scored too.
  const wanted = groups ? every.filter((d) => groups.includes(d.group)) : every;
  const needed = new Set(wanted.flatMap((d) => [d.file, ...ancestors(d, new Map(every.map((x) => [x.file, x])))]));
  const all = every.filter((d) => needed.has(d.file));
  const byFile = new Map(all.map((d) => [d.file, d]));
  const runs: DocRun[] = [];
  const drafts = new Map<string, string[]>();
  const ids = new Map<string, string>();
  for (const [k, e] of all.entries()) {
    const neutral = `doc-${String(k + 1).padStart(2, '0')}`;
    const txt = join(dir, `${neutral}.txt`);
    copyFileSync(join(CORPUS, e.file), txt);
    const given = ancestors(e, byFile).flatMap((p) => drafts.get(p) ?? []);
    const { cascade } = await loadCascade([REGISTRY, ...given]);
    const source = await readSource(readFileSync(txt), txt);
    if (!source.ok) throw new Error(`${e.file}: ${source.diagnostic.message.en}`);
    const started = performance.now();
    const result = importText(source.text, cascade, { fileName: `${neutral}.txt` });
    const ms = performance.now() - started;
    const files: [string, string | undefined][] = [
      [join(dir, `${neutral}.yaml`), draftYaml(result, { source: `${neutral}.txt`, lang: 'en' })],
      [join(dir, `${neutral}.proposals.yaml`), proposalsYaml(result.proposals, 'en').registry],
      [join(dir, `${neutral}.proposals-documents.yaml`), proposalsYaml(result.proposals, 'en').documents],
    ];
    const mine: string[] = [];
    for (const [path, text] of files) {
      if (text === undefined) continue;
      writeFileSync(path, text);
      mine.push(path);
    }
    // As `cascade validate` loads it: the registry, the parents given, the draft and its proposals.
    const loaded = await loadCascade([REGISTRY, ...given, ...mine]);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error' && mine.includes(d.place?.file ?? ''));
    const first = errors[0];
    const score = scoreDocument(e, result.document, namesOf(cascade, result), ids);
    runs.push({ expected: e, neutral, score, validateErrors: errors.length, firstError: first ? `${first.message.en}${first.found ? ` ("${first.found}")` : ''}` : undefined, ms });
    ids.set(e.file, result.document.id);
    drafts.set(e.file, mine);
    // Progress after each document, on stderr (held-out documents by their neutral name only).
    process.stderr.write(`${neutral} ${e.part === 'tuning' ? e.file : '(held out)'} ${(ms / 1000).toFixed(1)} s\n`);
  }
  return { runs, drafts, ids };
}

const pct = (t: Tally): string => (t.total === 0 ? '—' : `${((100 * t.right) / t.total).toFixed(0)}% (${t.right}/${t.total})`);
const add = (a: Tally, b: Tally): Tally => ({ right: a.right + b.right, total: a.total + b.total });
const zero = (): Tally => ({ right: 0, total: 0 });

/** Totals of a part: every tally summed, extras as a share of the tasks imported. */
export function totals(runs: readonly DocRun[]) {
  const sum = (pick: (r: DocRun) => Tally): Tally => runs.map(pick).reduce(add, zero());
  const fields = Object.fromEntries(
    HEADER_FIELDS.map((f) => [f, runs.reduce((t, r) => (r.score.headerFields[f] === undefined ? t : add(t, { right: r.score.headerFields[f] ? 1 : 0, total: 1 })), zero())]),
  ) as Record<HeaderField, Tally>;
  const extra = runs.reduce((k, r) => k + r.score.extra, 0);
  const found = sum((r) => r.score.tasks).right;
  return {
    header: sum((r) => r.score.header),
    fields,
    tasks: sum((r) => r.score.tasks),
    extra,
    extraShare: { right: extra, total: found + extra },
    leads: sum((r) => r.score.leads),
    coordinators: sum((r) => r.score.coordinators),
    deadlines: sum((r) => r.score.deadlines),
    spurious: runs.reduce((k, r) => k + r.score.spuriousDeadlines, 0),
    links: sum((r) => r.score.links),
    validate: { right: runs.filter((r) => r.validateErrors === 0).length, total: runs.length },
    ms: runs.reduce((k, r) => k + r.ms, 0),
  };
}

function table(runs: readonly DocRun[]): string[] {
  const rows = runs.map((r) => {
    const s = r.score;
    const name = r.expected.file.replace(/\.txt$/, '').slice(0, 44);
    const v = r.validateErrors === 0 ? 'yes' : `NO (${r.validateErrors})`;
    return `| ${name} | ${s.header.right}/${s.header.total} | ${s.tasks.right}/${s.tasks.total} | ${s.extra} | ${s.leads.right}/${s.leads.total} | ${s.coordinators.right}/${s.coordinators.total} | ${s.deadlines.right}/${s.deadlines.total} | ${s.links.right}/${s.links.total} | ${v} | ${r.ms.toFixed(0)} |`;
  });
  return ['| document | header | tasks found | extra | leads | coord. | deadlines | links | validates | ms |', '|---|---|---|---|---|---|---|---|---|---|', ...rows];
}

/** The report of one part: per document, then the totals with raw counts. */
export function partReport(title: string, runs: readonly DocRun[]): string[] {
  const t = totals(runs);
  const fieldLine = HEADER_FIELDS.map((f) => `${f} ${t.fields[f].right}/${t.fields[f].total}`).join(', ');
  return [
    `## ${title}: ${runs.length} documents`,
    '',
    ...table(runs),
    '',
    `| measure | score |`,
    `|---|---|`,
    `| header fields | ${pct(t.header)} |`,
    `| tasks found | ${pct(t.tasks)} |`,
    `| extra tasks (share of tasks imported and matched) | ${pct(t.extraShare)} |`,
    `| leads | ${pct(t.leads)} |`,
    `| coordinators | ${pct(t.coordinators)} |`,
    `| deadlines verbatim | ${pct(t.deadlines)} |`,
    `| parent links (explicit citations) | ${pct(t.links)} |`,
    `| drafts that pass \`cascade validate\` | ${pct(t.validate)} |`,
    `| import time, all documents | ${(t.ms / 1000).toFixed(2)} s |`,
    '',
    `header fields one by one: ${fieldLine}; deadlines read where the key has none: ${t.spurious}`,
    '',
  ];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const only = argv.includes('--groups') ? argv[argv.indexOf('--groups') + 1]?.split(',') : undefined;
  const runs = await runCorpus(join(CORPUS, 'expected'), only);
  const held = runs.filter((r) => r.expected.part === 'held-out');
  const tuning = runs.filter((r) => r.expected.part === 'tuning');
  const out = [
    `# Import score on the real corpus (${new Date().toISOString().slice(0, 10)})`,
    '',
    ...partReport('Held-out part (g04, g06, g09: reported, never tuned on)', held),
    ...partReport('Tuning part', tuning),
  ];
  if (argv.includes('--misses')) {
    out.push('## What went wrong in the tuning part', '');
    for (const r of tuning) {
      if (r.score.misses.length === 0 && r.validateErrors === 0) continue;
      out.push(`### ${r.expected.file} (imported as ${r.neutral}.txt)`);
      if (r.firstError) out.push(`- validate: ${r.validateErrors} error(s), first: ${r.firstError}`);
      out.push(...r.score.misses.map((m) => `- ${m}`), '');
    }
  }
  const seeds = await scoreSeeds();
  out.push('## The five seeds (test/fixtures/seeds, against directives/documents)', '', '| field | score |', '|---|---|');
  for (const f of SEED_FIELDS) out.push(`| ${f} | ${pct(seeds.tallies.get(f) ?? zero())} |`);
  if (argv.includes('--misses') && seeds.misses.length > 0) out.push('', ...seeds.misses.map((m) => `- ${m}`));
  process.stdout.write(`${out.join('\n')}\n`);
  const json = argv[argv.indexOf('--json') + 1];
  if (argv.includes('--json') && json) {
    const strip = (r: DocRun) => ({ file: r.expected.file, part: r.expected.part, ms: r.ms, validateErrors: r.validateErrors, ...r.score, misses: r.expected.part === 'tuning' ? r.score.misses : undefined });
    writeFileSync(json, JSON.stringify({ heldOut: { totals: totals(held), docs: held.map(strip) }, tuning: { totals: totals(tuning), docs: tuning.map(strip) } }, null, 2));
  }
}

if (process.argv[1]?.endsWith('import-score.js')) {
  main().catch((e: unknown) => {
    process.stderr.write(`score:import: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
