import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = resolve('.');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

interface PackEntry {
  readonly filename: string;
  readonly files: readonly { path: string }[];
}

let work = '';
let packed: PackEntry;
let install = '';

// `npm test` has built dist/ already, so the pack skips its prepack build; the install takes the
// dependencies from npm's cache that `npm ci` filled (--prefer-offline).
beforeAll(() => {
  if (!existsSync('dist/src/index.js')) execFileSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { stdio: 'ignore' });
  work = mkdtempSync(join(tmpdir(), 'cascade-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { encoding: 'utf8' });
  packed = (JSON.parse(out) as PackEntry[])[0] as PackEntry;
  const project = join(work, 'consumer');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const r = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename), '@types/node@^20'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 300_000,
  });
  install = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`npm install of the packed tarball failed:\n${install}`);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the built code, templates, bundled directives and papers only: no tests, fixtures or sources', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('dist/src/index.js');
    expect(paths).toContain('dist/src/index.d.ts');
    expect(paths).toContain('dist/src/cli/bin.js');
    expect(paths).toContain('directives/registry/agencies.yaml');
    expect(paths).toContain('directives/documents/ct-14-ttg.yaml');
    expect(paths).toContain('LICENSE');
    expect(paths).toContain('CHANGELOG.md');
    expect(paths.some((p) => p.startsWith('templates/'))).toBe(true);
    expect(paths.filter((p) => /(^|\/)(test|fixtures)\/|\.test\.|^src\/|^dist\/test\/|^\.ci\//.test(p))).toEqual([]);
  });

  it('installs on Node 20 with no engine warning and no override', () => {
    expect(install).not.toMatch(/EBADENGINE/);
  });

  it('runs `npx cascade --version` in a consumer project', () => {
    const r = spawnSync('npx', ['--no-install', 'cascade', '--version'], { cwd: join(work, 'consumer'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(version);
  });

  it('checks the bundled directives from the installed package as the repository does', async () => {
    const project = join(work, 'consumer');
    const r = spawnSync('npx', ['--no-install', 'cascade', 'check', 'node_modules/cascade-14ct/directives/', '--format', 'json', '--quiet', '--as-of', '2027-01-05'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(work, 'xdg') } });
    const here = await runCli('check', 'directives/', '--format', 'json', '--quiet', '--as-of', '2027-01-05');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(here.code);
    const errorsThere = (JSON.parse(r.stdout) as { diagnostics?: unknown[] }).diagnostics?.length;
    const errorsHere = (JSON.parse(here.out) as { diagnostics?: unknown[] }).diagnostics?.length;
    expect(errorsThere).toBe(errorsHere);
    // The cache goes to the user's cache folder, never inside the installed package.
    expect(existsSync(join(project, 'node_modules', 'cascade-14ct', 'node_modules', '.cache'))).toBe(false);
    expect(existsSync(join(work, 'xdg', 'cascade'))).toBe(true);
  });

  it('renders a letter to a Buffer from TypeScript, type-checked against the shipped declarations', () => {
    const project = join(work, 'consumer');
    copyFileSync(join(ROOT, 'test', 'package', 'consumer.ts.txt'), join(project, 'consumer.ts'));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, outDir: 'out', types: ['node'], skipLibCheck: false }, files: ['consumer.ts'] }),
    );
    const tsc = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    const run = spawnSync(process.execPath, ['out/consumer.js'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ name: 'gia-lai-5900.docx', bytes: expect.any(Number), zip: 'PK', loadErrors: 0 });
  });
});
