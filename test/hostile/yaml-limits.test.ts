import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Each construct that used to end in "Maximum call stack size exceeded", a silent skip or a
// minutes-long expansion is named at its line, with the limit and how to raise it.
const dir = mkdtempSync(join(tmpdir(), 'cascade-yaml-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(name: string, text: string, env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const r = await runCli('validate', path, '--lang', 'en');
    return { code: r.code, out: r.out.replace(`${path}\n`, '') };
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

const HEAD = 'id: x\nkind: cong-van\n';

describe('YAML limits, named at their line', () => {
  it('100,000 levels of [ nesting: the 65th level, at its line and column', async () => {
    const r = await validate('deep-flow.yaml', `${HEAD}body: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(r.out.split('\n')[0]).toBe(
      '  3:70  error  Over the limit on nesting depth: flow collections ([ or {) nested 65 levels deep at line 3, the limit is 64 levels (raise it with the environment variable CASCADE_MAX_NESTING_DEPTH=<n>); stopped, nothing more read  yaml-nesting-limit',
    );
    expect(r.code).toBe(1);
  });

  it('1,000 levels of block nesting: the line where it passes the limit', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i + 1)}- items:`).join('\n');
    const r = await validate('deep-block.yaml', `${HEAD}body:\n${lines}\n`);
    expect(r.out.split('\n')[0]).toBe(
      '  66:127  error  Over the limit on nesting depth: block collections (indentation or "- ") nested 65 levels deep at line 66, the limit is 64 levels (raise it with the environment variable CASCADE_MAX_NESTING_DEPTH=<n>); stopped, nothing more read  yaml-nesting-limit',
    );
    expect(r.code).toBe(1);
  });

  it('a raised limit lets the same nesting through to the parser', async () => {
    const r = await validate('deep-ok.yaml', `${HEAD}body: ${'['.repeat(70)}${']'.repeat(70)}\n`, { CASCADE_MAX_NESTING_DEPTH: '100' });
    expect(r.out).not.toContain('yaml-nesting-limit');
  });

  it('99 aliases of a large node: refused by their expanded size, under the count limit', async () => {
    const r = await validate('amplify.yaml', `x: &big "${'a'.repeat(10_000)}"\nlist:\n${'  - *big\n'.repeat(99)}`);
    expect(r.out.split('\n')[0]).toBe(
      '  29:5  error  Over the limit on size of the expanded aliases: the aliases up to *big (line 29) expand to 270054 characters, the limit is 262144 characters (raise it with the environment variable CASCADE_MAX_ALIAS_EXPANSION=<n>); stopped, nothing more read  yaml-alias-limit',
    );
    expect(r.code).toBe(1);
  });

  it('too many aliases: the first one past the count, at its line', async () => {
    const r = await validate('many.yaml', `x: &a [1]\ny: [${Array(150).fill('*a').join(',')}]\n`);
    expect(r.out.split('\n')[0]).toBe(
      '  2:305  error  Over the limit on alias expansions: 150 aliases, alias number 101 is *a at line 2, the limit is 100 expansions (raise it with the environment variable CASCADE_MAX_ALIASES=<n>); stopped, nothing more read  yaml-alias-limit',
    );
  });

  it('a self-referring alias is named as a loop at its line', async () => {
    const r = await validate('loop.yaml', 'id: x\na: &me\n  b: *me\n');
    expect(r.out.split('\n')[0]).toBe('  3:6  error  The alias *me sits inside the very node &me it names: expanding it would never end  yaml-alias-loop');
    expect(r.code).toBe(1);
  });

  it('an empty or blank document file under documents/ is an error: a letter vanished', async () => {
    for (const [name, text] of [['documents/empty.yaml', ''], ['documents/blank.yaml', '  \n\n# only a comment\n']] as const) {
      const r = await validate(name, text);
      expect(r.out.split('\n')[0]).toBe(
        '  1:1  error  The document file is empty (nothing, only blanks or comments): a letter of the cascade lost its content; restore the file or delete it  document-empty',
      );
      expect(r.code).toBe(1);
    }
  });

  it('more tasks in one document than the limit', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `  - task: "${i + 1}"\n    text: Việc ${i + 1}\n`).join('');
    const r = await validate('crowded.yaml', `id: crowded\nkind: cong-van\nissuer: gia-lai.ubnd\nbody:\n${body}`, { CASCADE_MAX_TASKS: '20' });
    expect(r.out).toContain(
      '  1:1  error  Over the limit on tasks in one document: more than 20 tasks and sections, the limit is 20 tasks (raise it with the environment variable CASCADE_MAX_TASKS=<n>); stopped, nothing more read  document-too-many-tasks',
    );
  });

  it('a Windows-1258 file is named as such, with the iconv command', async () => {
    const bytes = Buffer.from([...Buffer.from('id: x\ntitle: Vi'), 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x20, 0xf0, 0xe2, 0x79, 0x20, 0x6c, 0xe0, 0x20, 0xf0, 0xfd, 0xf5, 0xcc, 0x6e, 0x67, 0x0a]);
    const path = join(dir, 'cp1258.yaml');
    writeFileSync(path, bytes);
    const r = await runCli('validate', path, '--lang', 'en');
    expect(r.out).toContain(
      `error  The text is not UTF-8: it seems to be in the Windows-1258 encoding; convert with: iconv -f CP1258 -t UTF-8 '${path}' | uconv -x any-nfc > '${path}.utf8' (or Unikey's converter), then run again  file-legacy-encoding`,
    );
  });

  it('a named pipe is refused at once, not waited on', async () => {
    const pipe = join(dir, 'pipe.yaml');
    if (spawnSync('mkfifo', [pipe]).status !== 0) return;
    const r = await runCli('validate', pipe, '--lang', 'en');
    expect(r.out).toContain('  1:1  error  Not a regular file (a device, pipe or socket): not read  file-not-regular');
    expect(r.code).toBe(1);
  });

  it('import of a dangling symbolic link says so, exit 2', async () => {
    const link = join(dir, 'gone.txt');
    symlinkSync(join(dir, 'never-there.txt'), link);
    const r = await runCli('import', link, '--lang', 'en');
    expect(r.err).toBe(`cascade: \`${link}\` is a symbolic link to a file that no longer exists\n`);
    expect(r.code).toBe(2);
  });
});
