import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from '../../src/synth/prng.js';
import { builtCli, spawnCli } from '../helpers/spawn-cli.js';

// A batch of Gia Lai's 135 communes, stopped by SIGTERM and by SIGKILL once a seeded number of its
// letters are on disk, then run again without --force: it completes, a file of the user's in the
// folder is untouched, and no temporary file or journal remains.
const SEED = Number(process.env['CASCADE_INTERRUPT_SEED'] ?? Date.now() % 1_000_000);
console.log(`interrupt test seed: ${SEED} (set CASCADE_INTERRUPT_SEED=${SEED} to repeat)`);
const rng = createRng(SEED);

const BIN = resolve('dist/src/cli/bin.js');
const ARGS = ['generate', 'gia-lai-5900', '--kind', 'cong-van', '--each', 'gia-lai.ubnd-xa', '--threads', '1'];
const root = mkdtempSync(join(tmpdir(), 'cascade-interrupt-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const letters = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.docx') && !n.startsWith('.')) : []);

/** Starts the batch; once `after` letters are on disk, sends `signal`. Resolves with what the process said and how it ended. */
function interruptAt(out: string, dir: string, after: number, signal: NodeJS.Signals, args: readonly string[] = ARGS): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string; sent: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args, '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
    let err = '';
    let sent = false;
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const poll = setInterval(() => {
      if (!sent && letters(dir).length >= after) {
        sent = true;
        child.kill(signal);
      }
    }, 2);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      done({ code, signal: sig, err, sent });
    });
  });
}

describe.runIf(builtCli())('a batch interrupted, then run again', () => {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`${signal} at a seeded point, then a re-run without --force completes`, async () => {
      const out = join(root, signal);
      const dir = join(out, 'cong-van-gia-lai-ubnd-xa');
      mkdirSync(dir, { recursive: true });
      const mine = join(dir, 'ghi-chu-cua-toi.docx');
      writeFileSync(mine, 'bản ghi chú của tôi');
      const before = sha(mine);
      const after = 1 + Math.floor(rng.next() * 100);
      console.log(`${signal}: after ${after} letters (seed ${SEED})`);
      const stopped = await interruptAt(out, dir, after, signal);
      expect(stopped.sent).toBe(true);
      if (stopped.sent && signal === 'SIGTERM') {
        expect(stopped.code).toBe(143);
        expect(stopped.err).toMatch(/\ncascade: dừng theo SIGTERM: đã ghi trọn \d+ tệp vào .+\/ \(đã ghi vào sổ tệp, không để lại tệp tạm\); chạy lại đúng lệnh này để làm tiếp, không cần --force\n$/);
        // A graceful stop leaves no temporary file and records every letter it wrote.
        expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      }
      if (stopped.sent && signal === 'SIGKILL') expect(stopped.signal).toBe('SIGKILL');
      const again = spawnCli([...ARGS, '--out', out]);
      expect(again.err).not.toContain('--force');
      expect(again.code).toBe(0);
      expect(letters(dir).filter((n) => n !== 'ghi-chu-cua-toi.docx')).toHaveLength(135);
      expect(sha(mine)).toBe(before);
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n === '.cascade-journal')).toEqual([]);
    });
  }

  it('cascade report: SIGTERM among its reminders, then a re-run writes the report and every reminder', async () => {
    const out = join(root, 'report');
    const args = ['report', '--figures', 'test/fixtures/figures/gia-lai-2026-06-30.csv', '--for', 'gia-lai.ubnd', '--threads', '1'];
    const dir = join(out, 'don-doc-2026-06-30');
    const after = 1 + Math.floor(rng.next() * 40);
    console.log(`report SIGTERM: after ${after} reminders (seed ${SEED})`);
    const stopped = await interruptAt(out, dir, after, 'SIGTERM', args);
    expect(stopped.sent).toBe(true);
    expect(stopped.code).toBe(143);
    expect(stopped.err).toMatch(/\ncascade: dừng theo SIGTERM: đã ghi trọn \d+ tệp vào .*don-doc-2026-06-30\/ .*không cần --force\n$/);
    const again = spawnCli([...args, '--out', out]);
    expect(again.code).toBe(0);
    expect(letters(dir)).toHaveLength(61);
    expect(existsSync(join(out, 'bao-cao-gia-lai-ubnd-2026-06-30.docx'))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n === '.cascade-journal')).toEqual([]);
  });
});
