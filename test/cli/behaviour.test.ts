import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { capturingIo, runCli } from '../helpers/run-cli.js';
import { main } from '../../src/cli/main.js';

const BIN = 'dist/src/cli/bin.js';

/** Runs the CLI in-process with an environment, as `CASCADE_LANG=… cascade …` would. */
async function runWithEnv(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { ...capturingIo(), env };
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('commander in the chosen language', () => {
  it('prints help titles, option texts and examples in Vietnamese by default', async () => {
    const r = await runCli('check', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Cách dùng: cascade check [tuỳ chọn] [paths...]');
    expect(r.out).toContain('Tuỳ chọn:');
    expect(r.out).toContain('hiển thị trợ giúp của lệnh');
    expect(r.out).toContain('Ví dụ:\n  npx cascade check directives/');
    expect(r.out).not.toMatch(/Usage:|Options:|display help for command/);
  });

  it('prints them in English with a global --lang en before the command', async () => {
    const r = await runCli('--lang', 'en', 'check', '--help');
    expect(r.out).toContain('Usage: cascade check [options] [paths...]');
    expect(r.out).toContain('Examples:\n  npx cascade check directives/');
  });

  it('says an unknown option in Vietnamese, with commander’s suggestion', async () => {
    const r = await runCli('check', '--quit');
    expect(r.code).toBe(2);
    expect(r.err).toBe("cascade: không có tuỳ chọn '--quit'\n(Có phải là --quiet?)\n");
  });

  it('says an invalid choice in Vietnamese', async () => {
    const r = await runCli('check', '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.err).toBe("cascade: giá trị 'xml' của tuỳ chọn '--format <format>' không hợp lệ. Chỉ nhận: stylish, json, markdown, sarif.\n");
  });

  it('says an unknown command in English under CASCADE_LANG=en', async () => {
    const r = await runWithEnv({ CASCADE_LANG: 'en' }, 'chek');
    expect(r.code).toBe(2);
    expect(r.err).toBe("cascade: unknown command 'chek'\n(Did you mean check?)\n");
  });

  it('lets --lang on the command line win over CASCADE_LANG', async () => {
    const r = await runWithEnv({ CASCADE_LANG: 'en' }, 'check', '--quit', '--lang', 'vi');
    expect(r.err).toContain("không có tuỳ chọn '--quit'");
  });

  it('refuses a language it does not have, in one line, exit 2', async () => {
    const r = await runWithEnv({ CASCADE_LANG: 'fr' }, 'check');
    expect(r.code).toBe(2);
    expect(r.err).toBe('cascade: ngôn ngữ `fr` không có; chọn vi hoặc en (--lang, CASCADE_LANG) / language `fr` is not available: choose vi or en\n');
  });

  it('gives the audit’s own messages in English with the global --lang', async () => {
    const r = await runCli('--lang', 'en', 'validate', 'directives/');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✔ \d+ documents: no problems\n$/);
  });
});

describe('the built binary in a pipe', () => {
  it('stops quietly when the reader closes the pipe early (cascade templates | head -1)', async () => {
    const child = spawn(process.execPath, [BIN, 'templates'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('colours its output with FORCE_COLOR and not with NO_COLOR', () => {
    const forced = spawnSync(process.execPath, [BIN, 'check', 'directives/'], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' } });
    const plain = spawnSync(process.execPath, [BIN, 'check', 'directives/'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    expect(plain.stdout).not.toContain('\u001b[');
  });
});
