/**
 * `npm run bench`: one run on this machine, one table. Letters to all 3,321 communes (ours: compile
 * once, fill many; docxtemplater filling the same letter made by our layout with `{name}`), both on 2
 * worker threads, each run in a fresh process; the same letters to Gia Lai's 135 communes (memory
 * must not grow with the recipients); a sample of the output converted by LibreOffice; and
 * `cascade check` on the synthetic national cascade (`check.ts`). Medians of several runs.
 * Then the import speed on the real corpus (`import.ts`).
 * Run: `npm run build && node dist/test/bench/run.js [--runs N] [--fresh N] [--no-check] [--no-import] [--import-timeout S]`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCheck, formatCheckBench } from './check.js';
import { benchImport, formatImportBench } from './import.js';
import type { LettersRun } from './letters-once.js';

const THREADS = 2;
const SAMPLE = 5;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function once(engine: 'ours' | 'docxtemplater', outDir: string, province?: string): Promise<LettersRun> {
  const script = fileURLToPath(new URL('./letters-once.js', import.meta.url));
  const args = [script, engine, outDir, String(THREADS), ...(province ? [province] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as LettersRun) : reject(new Error(`letters-once ${engine} exited ${code}`))));
  });
}

/** Several runs of one engine: medians of time and throughput, the highest peak RSS. */
interface Series {
  readonly label: string;
  readonly docs: number;
  readonly batchMs: { readonly median: number; readonly min: number; readonly max: number };
  readonly docsPerSecond: number;
  readonly peakRssMb: number;
  /** Median CPU time of the batch's process, every thread. */
  readonly cpuMs: number;
  readonly runs: number;
  readonly filled: number;
}

async function series(label: string, engine: 'ours' | 'docxtemplater', runs: number, outDir: string, province?: string): Promise<Series> {
  const results: LettersRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(engine, outDir, province));
  const ms = results.map((r) => r.batchMs);
  const docs = results[0]?.docs ?? 0;
  const med = median(ms);
  return {
    label,
    docs,
    batchMs: { median: med, min: Math.min(...ms), max: Math.max(...ms) },
    docsPerSecond: docs / (med / 1000),
    peakRssMb: Math.max(...results.map((r) => r.maxRssKb)) / 1024,
    cpuMs: median(results.map((r) => r.cpuMs)),
    runs,
    filled: results[0]?.filled ?? 0,
  };
}

/** Converts a few of the written files with LibreOffice; how many gave a PDF, and how long it took. */
async function convertSample(dir: string): Promise<{ readonly tried: number; readonly converted: number; readonly ms: number; readonly note?: string }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.docx')).sort();
  const step = Math.max(1, Math.floor(files.length / SAMPLE));
  const sample = files.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const pdfDir = await mkdtemp(join(tmpdir(), 'bench-pdf-'));
  const started = performance.now();
  const profile = `file://${join(pdfDir, 'profile')}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...sample.map((f) => join(dir, f))], { encoding: 'utf8', timeout: 300_000 });
  const ms = performance.now() - started;
  if (r.error) return { tried: sample.length, converted: 0, ms, note: r.error.message };
  let converted = 0;
  for (const f of sample) {
    const pdf = join(pdfDir, f.replace(/\.docx$/, '.pdf'));
    if ((await stat(pdf).catch(() => undefined))?.size) converted++;
  }
  await rm(pdfDir, { recursive: true, force: true });
  return { tried: sample.length, converted, ms };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function table(rows: readonly Series[]): string[] {
  const head = `| ${'measure'.padEnd(52)} | ${'median'.padStart(8)} | ${'min'.padStart(8)} | ${'max'.padStart(8)} | ${'docs/s'.padStart(7)} | ${'CPU'.padStart(8)} | ${'peak RSS'.padStart(8)} | runs |`;
  const rule = `|${'-'.repeat(54)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(9)}|${'-'.repeat(10)}|${'-'.repeat(10)}|------|`;
  return [
    head,
    rule,
    ...rows.map(
      (r) =>
        `| ${r.label.padEnd(52)} | ${s(r.batchMs.median).padStart(8)} | ${s(r.batchMs.min).padStart(8)} | ${s(r.batchMs.max).padStart(8)} | ${r.docsPerSecond.toFixed(0).padStart(7)} | ${s(r.cpuMs).padStart(8)} | ${`${r.peakRssMb.toFixed(0)} MB`.padStart(8)} | ${String(r.runs).padStart(4)} |`,
    ),
  ];
}

const runs = Number(argValue('--runs') ?? 3);
const work = await mkdtemp(join(tmpdir(), 'cascade-bench-'));
const load = loadavg()[0] ?? 0;
const loadNow = (): string => (loadavg()[0] ?? 0).toFixed(1);
const ours = await series(`ours: 3,321 commune letters, ${THREADS} threads`, 'ours', runs, join(work, 'ours'));
const sample = await convertSample(join(work, 'ours'));
const baseline = await series(`docxtemplater: the same letters, ${THREADS} threads`, 'docxtemplater', runs, join(work, 'dt'));
const giaLai = await series(`ours: 135 Gia Lai commune letters, ${THREADS} threads`, 'ours', runs, join(work, 'gia-lai'), 'gia-lai');
await rm(work, { recursive: true, force: true });
const ratio = ours.docsPerSecond / baseline.docsPerSecond;
const out = [
  `Letters: Gia Lai's 5900/UBND-NC, one copy per commune with its own Kính gửi; machine: ${cpus().length} cores, load average ${load.toFixed(1)} at start`,
  '',
  ...table([ours, baseline, giaLai]),
  '',
  `ratio ours / docxtemplater (docs per second): ${ratio.toFixed(1)}×; by CPU time: ${(baseline.cpuMs / ours.cpuMs).toFixed(1)}×`,
  `filled from the compiled template: ${ours.filled}/${ours.docs}`,
  `LibreOffice: ${sample.converted}/${sample.tried} sample letters converted to PDF in ${s(sample.ms)}${sample.note ? ` (${sample.note})` : ''}`,
  `targets: 3,321 letters < 10 s — ${ours.batchMs.median < 10_000 ? 'met' : 'NOT met'}; ≥ 2× docxtemplater — ${ratio >= 2 ? 'met' : 'NOT met'}; peak RSS < 300 MB — ${ours.peakRssMb < 300 ? 'met' : 'NOT met'} (${ours.peakRssMb.toFixed(0)} MB at 3,321, ${giaLai.peakRssMb.toFixed(0)} MB at 135)`,
  '(time: from the first recipient to the last file written, compile and worker start included; CPU: every thread of that process; each run a fresh process)',
  `load average at the end: ${loadNow()}${Number(loadNow()) > 3 ? ' — busy machine: wall times are inflated, CPU times and the ratio are the fairer figures' : ''}`,
];
process.stdout.write(`${out.join('\n')}\n\n`);
if (!process.argv.includes('--no-import')) {
  const timeout = argValue('--import-timeout');
  process.stdout.write(`${formatImportBench(benchImport(timeout ? { timeoutS: Number(timeout) } : {}))}\n`);
}
if (!process.argv.includes('--no-check')) {
  const check = await benchCheck({ runs, freshRuns: Number(argValue('--fresh') ?? 3), html: false });
  process.stdout.write(formatCheckBench(check));
}
