/**
 * Import speed (issue 11, item 9: 60,000 characters in under 2 s, 260,000 in under 8 s): the
 * longest documents of the corpus's tuning part, and longer inputs made by joining its texts to
 * about 60,000 and 260,000 characters (the corpus holds no full decree). Each import runs in a fresh
 * process, stopped after a time limit so that a slow importer cannot hang the benchmark. Prints
 * numbers; asserts nothing. Run alone: `npm run build && node dist/test/bench/import.js [--timeout S]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportRun } from './import-once.js';

const CORPUS = 'test/fixtures/corpus';
/** The held-out groups are not read here either (test/fixtures/corpus/SPLIT.md). */
const HELD_OUT = /^g0[469]-/;

/** One input and what its import measured, or why it stopped. */
export interface ImportBenchRow {
  readonly label: string;
  readonly chars: number;
  readonly run?: ImportRun;
  readonly stopped?: string;
}

/** The tuning texts of the corpus, longest first. */
function tuningTexts(): { name: string; text: string }[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt') && !HELD_OUT.test(f))
    .map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') }))
    .sort((a, b) => b.text.length - a.text.length);
}

/** Texts joined (cycling through them) until `size` characters, cut at the last line end before it. */
export function joined(texts: readonly string[], size: number): string {
  let out = '';
  for (let k = 0; out.length < size && texts.length > 0; k++) out += `${texts[k % texts.length] ?? ''}\n\n`;
  const cut = out.lastIndexOf('\n', size);
  return out.slice(0, cut > 0 ? cut : size);
}

function importOnce(file: string, timeoutMs: number): { run?: ImportRun; stopped?: string } {
  const script = fileURLToPath(new URL('./import-once.js', import.meta.url));
  const r = spawnSync(process.execPath, [script, file], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 20 });
  if (r.error || r.signal) return { stopped: `stopped after ${(timeoutMs / 1000).toFixed(0)} s` };
  if (r.status !== 0) return { stopped: `failed: ${(r.stderr || '').trim().split('\n').at(-1) ?? ''}` };
  return { run: JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as ImportRun };
}

/** Times the imports: the `longest` tuning documents, then the joined inputs. */
export function benchImport(opts: { timeoutS?: number; longest?: number } = {}): ImportBenchRow[] {
  const timeoutMs = (opts.timeoutS ?? 120) * 1000;
  const texts = tuningTexts();
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const inputs = [
      ...texts.slice(0, opts.longest ?? 3).map((t, k) => ({ label: t.name.replace(/\.txt$/, ''), text: t.text, file: `doc-${k + 1}.txt` })),
      { label: 'tuning texts joined to ~60,000 characters', text: joined(texts.map((t) => t.text), 60_000), file: 'joined-60k.txt' },
      { label: 'tuning texts joined to ~260,000 characters', text: joined(texts.map((t) => t.text), 260_000), file: 'joined-260k.txt' },
    ];
    return inputs.map((i) => {
      const file = join(dir, i.file);
      writeFileSync(file, i.text);
      return { label: i.label, chars: i.text.length, ...importOnce(file, timeoutMs) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table, with the goals beside the two joined inputs. */
export function formatImportBench(rows: readonly ImportBenchRow[]): string {
  const goal = (chars: number): string => (chars >= 200_000 ? 'goal < 8 s' : chars >= 55_000 ? 'goal < 2 s' : '');
  const lines = rows.map((r) => {
    const time = r.run ? `${(r.run.ms / 1000).toFixed(2)} s` : (r.stopped ?? '');
    const cpu = r.run ? `${(r.run.cpuMs / 1000).toFixed(2)} s` : '—';
    const rate = r.run ? `${Math.round(r.chars / (r.run.ms / 1000)).toLocaleString('en-US')}` : '—';
    return `| ${r.label} | ${r.chars.toLocaleString('en-US')} | ${r.run?.tasks ?? '—'} | ${time} | ${cpu} | ${rate} | ${goal(r.chars)} |`;
  });
  return [
    'Import speed (`importText` alone, bundled registry, one fresh process per input)',
    '',
    '| input | characters | tasks | wall | CPU | characters/s | |',
    '|---|---|---|---|---|---|---|',
    ...lines,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('bench/import.js')) {
  const i = process.argv.indexOf('--timeout');
  const timeoutS = i >= 0 ? Number(process.argv[i + 1]) : undefined;
  process.stdout.write(formatImportBench(benchImport(timeoutS ? { timeoutS } : {})));
}
