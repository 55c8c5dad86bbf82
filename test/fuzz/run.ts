/**
 * `npm run fuzz`: the fuzz targets of `fuzz.test.ts` at 10,000 cases each (`--runs N`), counting
 * escapes (an exception out of the tool, a finding without a place) instead of stopping at the
 * first, with the time per KB of input; then how long each refusal of a hostile input takes (the
 * zip bomb, a .docx whose sizes lie, 50 MB of text, /dev/zero, an alias amplification, deep
 * nesting). Timings are printed, never asserted. Exit 1 when anything escaped.
 * Run: `npm run build && node dist/test/fuzz/run.js [--runs N] [--seed S] [--only name]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readSource } from '../../src/import/source.js';
import { textOverLimit } from '../../src/load/input-limits.js';
import { readCapped } from '../../src/load/read-capped.js';
import { bundled } from '../docx/seeds.js';
import { smallRegistry } from '../import/small-registry.js';
import { deadlineTarget, figuresTarget, importTarget, scratch, type FuzzTarget } from './targets.js';
import { yamlTarget } from './targets.js';
import { giaLai } from '../figures/context.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 10_000);
const SEED = Number(arg('--seed') ?? Date.now() % 1_000_000);
const ONLY = arg('--only');
// Work that scales with input should be linear: no case may take longer than this per KB (plus a fixed allowance).
const MS_PER_KB = 250;
const MS_FIXED = 200;

interface Tally {
  cases: number;
  escapes: number;
  slow: number;
  worstMsPerKb: number;
  totalMs: number;
  first?: string;
}

async function fuzz(target: FuzzTarget): Promise<Tally> {
  const t: Tally = { cases: 0, escapes: 0, slow: 0, worstMsPerKb: 0, totalMs: 0 };
  const started = performance.now();
  await fc.check(
    fc.asyncProperty(target.input, async (bytes) => {
      t.cases++;
      const t0 = performance.now();
      try {
        await target.run(bytes);
      } catch (e) {
        t.escapes++;
        t.first ??= `${e instanceof Error ? e.message : String(e)} on ${JSON.stringify(Buffer.from(bytes).toString('utf8').slice(0, 200))}`;
      }
      const ms = performance.now() - t0;
      const kb = Math.max(bytes.length / 1024, 1 / 1024);
      if (bytes.length >= 256) t.worstMsPerKb = Math.max(t.worstMsPerKb, ms / kb);
      if (ms > MS_FIXED + MS_PER_KB * kb) t.slow++;
      return true;
    }),
    { numRuns: RUNS, seed: SEED },
  );
  t.totalMs = performance.now() - started;
  return t;
}

async function timed(what: string, f: () => Promise<string> | string): Promise<string> {
  const t0 = performance.now();
  const said = await f();
  return `  ${what.padEnd(44)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms  ${said.slice(0, 90)}`;
}

async function refusals(dir: string): Promise<string[]> {
  const big = join(dir, 'big.txt');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
  const say = (r: { ok: boolean; message?: { en: string } }): string => (r.ok ? 'READ (not refused)' : (r.message?.en ?? ''));
  const source = async (path: string): Promise<string> => {
    const r = await readSource(readFileSync(path), path);
    return r.ok ? 'READ (not refused)' : r.diagnostic.message.en;
  };
  const amplified = `x: &big "${'a'.repeat(10_000)}"\nlist:\n${'  - *big\n'.repeat(99)}`;
  const deep = `body: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
  return [
    await timed('zip bomb (300 MB declared)', () => source('test/fixtures/hostile/not-ok-zip-bomb.docx')),
    await timed('zip bomb with lying sizes (streaming cap)', () => source('test/fixtures/hostile/not-ok-zip-bomb-lying-sizes.docx')),
    await timed('50 MB text', () => say(readCapped(big, 'big.txt', 'importBytes'))),
    await timed('/dev/zero', () => say(readCapped('/dev/zero', '/dev/zero', 'importBytes'))),
    await timed('99 aliases of a 10 KB node', () => textOverLimit('a.yaml', amplified)?.message.en ?? 'READ (not refused)'),
    await timed('100,000 levels of [ nesting', () => textOverLimit('a.yaml', deep)?.message.en ?? 'READ (not refused)'),
  ];
}

const work = scratch();
try {
  console.log(`cascade fuzz: ${RUNS} cases per target, seed ${SEED} (repeat with --seed ${SEED})`);
  const { cascade } = await bundled();
  const ctx = giaLai(cascade, { today: '2026-07-15' });
  const targets = [
    yamlTarget(work.dir),
    deadlineTarget(),
    importTarget(smallRegistry()),
    figuresTarget(work.dir, { ...ctx, agencies: ctx.agencies.filter((a) => a.province === 'gia-lai') }),
  ].filter((t) => ONLY === undefined || t.name === ONLY);
  let escapes = 0;
  console.log(`  ${'target'.padEnd(16)} ${'cases'.padStart(7)} ${'escapes'.padStart(8)} ${'slow'.padStart(5)} ${'worst ms/KB'.padStart(12)} ${'total s'.padStart(8)}`);
  for (const target of targets) {
    const t = await fuzz(target);
    escapes += t.escapes;
    console.log(`  ${target.name.padEnd(16)} ${String(t.cases).padStart(7)} ${String(t.escapes).padStart(8)} ${String(t.slow).padStart(5)} ${t.worstMsPerKb.toFixed(1).padStart(12)} ${(t.totalMs / 1000).toFixed(1).padStart(8)}`);
    if (t.first) console.log(`    first escape: ${t.first}`);
  }
  console.log(escapes === 0 ? `0 escapes in ${targets.length} targets.` : `${escapes} escapes.`);
  console.log(`\nRefusals (in-process, after the program is loaded; the CLI adds Node's start-up):`);
  for (const line of await refusals(work.dir)) console.log(line);
  process.exitCode = escapes === 0 ? 0 : 1;
} finally {
  work.dispose();
}
