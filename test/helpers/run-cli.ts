import { resolve } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** What a command printed and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** An IO that keeps what the CLI writes, for a test to read; not a terminal. */
export function capturingIo(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, isTTY: false, cwd: resolve('.'), out, err };
}

/** Runs `cascade <argv>` in-process and returns its output and exit code. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const io = capturingIo();
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}
