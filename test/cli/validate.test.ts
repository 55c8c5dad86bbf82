import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const ROOT = process.cwd();
const BROKEN = 'test/fixtures/broken';

/** Runs the CLI in-process and collects what it writes. */
async function run(argv: readonly string[], opts: { isTTY?: boolean; cwd?: string } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    isTTY: opts.isTTY ?? false,
    cwd: opts.cwd ?? ROOT,
  });
  return { code, out, err };
}

describe('cascade validate', () => {
  it('exits 0 on the bundled directives (the default path) and says so', async () => {
    const r = await run(['validate']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✔ \d+ văn bản: không có lỗi nào\n$/);
    expect(r.err).toBe('');
  });

  it('exits 1 with the finding at its place, Vietnamese by default', async () => {
    const file = `${BROKEN}/not-ok-unknown-agency.yaml`;
    const r = await run(['validate', file]);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(file);
    expect(lines[1]).toMatch(/^ {2}9:12 {2}lỗi {2}Không tìm thấy cơ quan `gia-lai.skhcm`.* {2}unknown-agency$/);
    expect(r.out).toContain('✖ 1 lỗi, 0 cảnh báo');
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['validate', '--lang', 'en', `${BROKEN}/not-ok-kind-enum.yaml`]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('The value `cong-vn` is not valid for `kind` (did you mean `cong-van`?)');
    expect(r.out).toContain('✖ 1 error, 0 warnings');
  });

  it('writes JSON with --format json', async () => {
    const r = await run(['validate', '--format', 'json', `${BROKEN}/not-ok-duplicate-key.yaml`]);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { rule: string; line: number; column: number; found: string }[];
    expect(parsed.map((d) => [d.rule, d.line, d.column, d.found])).toEqual([['yaml-duplicate-key', 5, 1, 'subject']]);
  });

  it('exits 0 when there are warnings only', async () => {
    const r = await run(['validate', `${BROKEN}/not-ok-footnote-unused.yaml`]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 lỗi, 1 cảnh báo');
  });

  it('colours on a terminal only', async () => {
    const file = `${BROKEN}/not-ok-kind-enum.yaml`;
    expect((await run(['validate', file], { isTTY: true })).out).toContain('\u001b[');
    expect((await run(['validate', file])).out).not.toContain('\u001b[');
  });

  it('exits 2 with one line for a path that does not exist', async () => {
    const r = await run(['validate', 'no/such/folder']);
    expect(r).toEqual({ code: 2, out: '', err: 'cascade: không tìm thấy đường dẫn `no/such/folder`\n' });
  });

  it('exits 2 with one line for a bad option value, an unknown option, an unknown command', async () => {
    for (const argv of [['validate', '--lang', 'fr'], ['validate', '--bogus'], ['frobnicate']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^cascade: /);
    }
  });

  it('exits 2 and shows the commands when run without one; 0 for --help', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('validate');
    const help = await run(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--format <format>');
  });

  it('resolves paths against the working directory it is given', async () => {
    const r = await run(['validate', 'not-ok-kind-enum.yaml'], { cwd: `${ROOT}/${BROKEN}` });
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe('not-ok-kind-enum.yaml');
  });
});

describe('the built binary', () => {
  it('node dist/src/cli/bin.js validate directives/ exits 0', () => {
    // `npm test` builds first; build here only when run on its own.
    if (!existsSync('dist/src/cli/bin.js')) {
      try {
        execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'ignore' });
      } catch {
        // Type errors elsewhere still emit JavaScript; the spawn below says whether it runs.
      }
    }
    const r = spawnSync(process.execPath, ['dist/src/cli/bin.js', 'validate', 'directives/'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^✔ \d+ văn bản: không có lỗi nào\n$/);
  });
});
