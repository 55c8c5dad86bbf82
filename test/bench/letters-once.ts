/**
 * One batch of letters to every commune of the country in a fresh process, for the benchmark: ours
 * (compile once, fill many) or docxtemplater's, both on the same number of worker threads. Prints
 * `{ "engine", "docs", "batchMs", "wallMs", "maxRssKb", "cpuMs", "filled", "rendered", "bytes" }` as one JSON line.
 * Run: `node dist/test/bench/letters-once.js <ours|docxtemplater> <outDir> [threads] [province]`
 * (a province slug limits the run to its communes: `gia-lai` for 135).
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateEach } from '../../src/batch/each.js';
import { withAgencyName } from '../../src/batch/overlay.js';
import { communesOf, recipientsOf, type Recipient } from '../../src/batch/recipients.js';
import { packDocx } from '../../src/docx/pack.js';
import type { Cascade } from '../../src/load/cascade.js';
import { packageRoot } from '../../src/load/discover.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import type { UnitProvince } from '../../src/load/units.js';
import type { Document } from '../../src/model/document.js';
import { assemble } from '../../src/render/assemble.js';
import { readTemplateFiles } from '../../src/render/template-files.js';
import { TemplateSet } from '../../src/render/template-set.js';
import { prepareDocument } from '../../src/render/views/document.js';

/** The letter every commune gets: Gia Lai's 5900/UBND-NC, each copy addressed to one commune. */
export const BENCH_LETTER = 'gia-lai-5900';

/** What one run measured. */
export interface LettersRun {
  readonly engine: 'ours' | 'docxtemplater';
  readonly docs: number;
  readonly batchMs: number;
  readonly wallMs: number;
  readonly maxRssKb: number;
  /** CPU time of the whole process, every thread (user + system), in ms: fairer than wall time on a busy machine. */
  readonly cpuMs: number;
  readonly filled: number;
  readonly rendered: number;
  readonly bytes: number;
}

/** The docxtemplater template: the same letter laid out by our layout, `{name}` where the addressee goes. */
async function docxtemplaterTemplate(cascade: Cascade, templates: TemplateSet, doc: Document, first: Recipient): Promise<Uint8Array> {
  const named = withAgencyName(cascade, first.agency, '{name}');
  return packDocx(assemble(prepareDocument({ ...doc, to: [first.id] }, named, 'cong-van'), templates).input);
}

function runDocxtemplater(template: Uint8Array, recipients: readonly Recipient[], outDir: string, threads: number): Promise<number> {
  const url = new URL('./dt-worker.js', import.meta.url);
  const chunks: { fileName: string; name: string }[][] = [];
  for (let i = 0; i < recipients.length; i += 16) chunks.push(recipients.slice(i, i + 16).map((r) => ({ fileName: r.fileName, name: r.name })));
  return new Promise((resolve, reject) => {
    let next = 0;
    let inFlight = 0;
    let bytes = 0;
    const workers = Array.from({ length: threads }, () => new Worker(url, { workerData: { template, outDir } }));
    const feed = (w: Worker): void => {
      const items = chunks[next];
      if (!items) return;
      w.postMessage({ id: next++, items });
      inFlight++;
    };
    for (const w of workers) {
      w.on('error', reject);
      w.on('message', (m: { type: string; bytes?: number }) => {
        if (m.type === 'done') {
          inFlight--;
          bytes += m.bytes ?? 0;
        } else feed(w);
        feed(w);
        if (inFlight === 0 && next >= chunks.length) void Promise.all(workers.map((x) => x.terminate())).then(() => resolve(bytes));
      });
    }
  });
}

const started = performance.now();
const [engine, outDir, threadsArg, only] = process.argv.slice(2);
if ((engine !== 'ours' && engine !== 'docxtemplater') || !outDir) {
  process.stderr.write('usage: letters-once <ours|docxtemplater> <outDir> [threads]\n');
  process.exit(2);
}
const threads = Number(threadsArg ?? 2);
const root = packageRoot();
const { cascade } = await loadCascade([join(root, 'directives')], { cwd: root });
const templates = new TemplateSet(await readTemplateFiles());
const units = JSON.parse(await readFile(join(root, 'directives', 'registry', 'vn-admin-units-2025.json'), 'utf8')) as UnitProvince[];
const doc = cascade.documentsById.get(BENCH_LETTER);
if (!doc) throw new Error(`no ${BENCH_LETTER}`);
const communes = communesOf(units).filter((c) => only === undefined || c.agency.province === only);
const recipients = recipientsOf(communes.map((c) => c.agency.id), cascade, units);
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let result: Omit<LettersRun, 'engine' | 'docs' | 'batchMs' | 'wallMs' | 'maxRssKb' | 'cpuMs'>;
if (engine === 'ours') {
  const r = await generateEach({ kind: 'cong-van', doc, recipients, cascade, templates, outDir, threads });
  result = { filled: r.filled, rendered: r.rendered, bytes: r.bytes };
} else {
  const first = recipients[0];
  if (!first) throw new Error('no recipients');
  const template = await docxtemplaterTemplate(cascade, templates, doc, first);
  result = { filled: recipients.length, rendered: 0, bytes: await runDocxtemplater(template, recipients, outDir, threads) };
}
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
const run: LettersRun = { engine, docs: recipients.length, batchMs: t1 - t0, wallMs: t1 - started, maxRssKb: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000, ...result };
process.stdout.write(`${JSON.stringify(run)}\n`);
