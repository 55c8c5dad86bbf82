import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** What the real binary printed, its exit code, and its peak resident memory in bytes. */
export interface SpawnedRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
  readonly maxRssBytes: number;
}

const BIN = resolve('dist/src/cli/bin.js');
const WRAPPER = resolve('test/helpers/max-rss.mjs');

/** Whether the CLI has been built (`npm test` builds it first). */
export const builtCli = (): boolean => existsSync(BIN);

/**
 * Runs `node dist/src/cli/bin.js <argv>` in a child process and reads the child's own peak memory
 * (`process.resourceUsage().maxRSS`, reported on exit), so a test can assert memory, not time.
 */
export function spawnCli(argv: readonly string[], options: { readonly cwd?: string; readonly env?: NodeJS.ProcessEnv; readonly input?: string } = {}): SpawnedRun {
  // A wrapper file, not `--eval`: worker threads inherit the node options of the process.
  const r = spawnSync(process.execPath, [WRAPPER, BIN, ...argv], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /\nMAXRSS_KB=(\d+)\n$/.exec(r.stderr);
  return {
    code: r.status,
    signal: r.signal,
    out: r.stdout,
    err: m ? r.stderr.slice(0, m.index) : r.stderr,
    maxRssBytes: m ? Number(m[1]) * 1024 : Number.NaN,
  };
}
