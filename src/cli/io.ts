/** Somewhere to write text: `process.stdout`, or a collector in tests. */
export interface Writer {
  write(chunk: string): unknown;
}

/** What the CLI may touch of the outside world, passed in so that tests run it in-process. */
export interface CliIO {
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** Whether stdout is a terminal (colours on). */
  readonly isTTY: boolean;
  /** The working directory relative paths start from. */
  readonly cwd: string;
}

/** The exit codes of ESLint: 0 clean (warnings allowed), 1 errors found, 2 the tool could not run. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

/** A problem with how the tool was called (a missing path, a bad option): one line, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
