import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/engine.js';
import { loadCascade, type LoadOptions } from '../../src/load/load-cascade.js';
import { sortDiagnostics } from '../../src/load/sort.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { generateNationalCascade } from '../../src/synth/generate.js';
import { makeSynthDir, writeCascadeFiles } from '../../src/synth/write.js';

/**
 * The speed work (issue 12, item 6) must not change what the audit finds: the findings of a small
 * synthetic cascade are pinned in a golden file, and the same with the loader's cache off, on a
 * first run, on a warm run and after one letter is edited. When a rule is added or changed on
 * purpose, regenerate the golden file with `UPDATE_GOLDEN=1` and review the difference.
 */
const GOLDEN = 'test/fixtures/perf/small-cascade-findings.txt';
const GOLDEN_DIRECTIVES = 'test/fixtures/perf/directives-findings.txt';

/** One line per finding: place, severity, rule, message, quoted text, related places. */
function lines(diagnostics: readonly Diagnostic[]): string[] {
  const at = (p: Diagnostic['place']): string => (p ? `${p.file}:${p.line}:${p.column}-${p.endLine ?? ''}:${p.endColumn ?? ''}` : '-');
  return diagnostics.map((d) =>
    [at(d.place), d.severity, d.rule, d.message.en, d.found ?? '', ...(d.related ?? []).map((r) => `<${at(r.place)} ${r.message.en}>`)].join(' | '),
  );
}

async function audit(dir: string, options: LoadOptions): Promise<string[]> {
  const { cascade, diagnostics } = await loadCascade([dir], { cwd: dir, ...options });
  const result = runChecks(cascade);
  const notEvaluated = result.notEvaluated.map((n) => `not evaluated | ${n.rule} | ${n.at ?? ''} | ${n.reason.en}`);
  return [...lines(sortDiagnostics([...diagnostics, ...result.diagnostics])), ...notEvaluated];
}

/** The golden file's lines (its last newline dropped, trailing blanks kept). */
function golden(file = GOLDEN): string[] {
  return readFileSync(file, 'utf8').replace(/\n$/u, '').split('\n');
}

let dir = '';
let cacheDir = '';

beforeAll(async () => {
  const generated = await generateNationalCascade({
    unitsFile: 'directives/registry/vn-admin-units-2025.json',
    seed: 7,
    gaps: 2,
    provinces: ['gia-lai', 'ha-noi', 'dak-lak', 'ca-mau'],
    communesPerProvince: 12,
  });
  dir = await makeSynthDir();
  await writeCascadeFiles(dir, generated.files);
  cacheDir = mkdtempSync(join(tmpdir(), 'cascade-same-findings-'));
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

describe('the findings of a small synthetic cascade', () => {
  it('are those of the golden file', async () => {
    const found = await audit(dir, { cache: false });
    if (process.env['UPDATE_GOLDEN']) writeFileSync(GOLDEN, `${found.join('\n')}\n`);
    expect(found).toEqual(golden());
  });

  it('are the same with the cache off, on a first run and on a warm run', async () => {
    const cold = await audit(dir, { cache: false });
    const first = await audit(dir, { cache: true, cacheDir });
    const warm = await audit(dir, { cache: true, cacheDir });
    expect(first).toEqual(cold);
    expect(warm).toEqual(cold);
  });

  it('are the same warm and cold after one letter is edited', async () => {
    await audit(dir, { cache: true, cacheDir });
    const province = join(dir, 'documents', 'ha-noi');
    const letter = join(province, readdirSync(province).find((n) => n.endsWith('.yaml')) ?? 'missing.yaml');
    const text = await readFile(letter, 'utf8');
    // One deadline made later than the directive's, and one task's lead removed: new findings in one file.
    const edited = text.replace(/deadline: (.*)\n/u, 'deadline: Năm 2031\n').replace(/\n(\s+)lead: [^\n]+/u, '');
    expect(edited).not.toBe(text);
    writeFileSync(letter, edited);
    const warm = await audit(dir, { cache: true, cacheDir });
    // One file changed: the cache wrote a small delta beside its base, and the next run reads both.
    expect(readdirSync(cacheDir).some((n) => n.endsWith('.delta.json'))).toBe(true);
    const again = await audit(dir, { cache: true, cacheDir });
    const cold = await audit(dir, { cache: false });
    expect(warm).toEqual(cold);
    expect(again).toEqual(cold);
    expect(warm).not.toEqual(golden());
  });
});

describe('the findings of the bundled directives/', () => {
  it('are those of the golden file, with the cache off and warm', async () => {
    const cwd = process.cwd();
    const run = async (options: LoadOptions): Promise<string[]> => {
      const { cascade, diagnostics } = await loadCascade(['directives/'], { cwd, ...options });
      const result = runChecks(cascade);
      return [...lines(sortDiagnostics([...diagnostics, ...result.diagnostics])), ...result.notEvaluated.map((n) => `not evaluated | ${n.rule} | ${n.at ?? ''} | ${n.reason.en}`)];
    };
    const cold = await run({ cache: false });
    if (process.env['UPDATE_GOLDEN']) writeFileSync(GOLDEN_DIRECTIVES, `${cold.join('\n')}\n`);
    expect(cold).toEqual(golden(GOLDEN_DIRECTIVES));
    await run({ cache: true, cacheDir });
    expect(await run({ cache: true, cacheDir })).toEqual(cold);
  });
});
