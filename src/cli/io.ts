/** Somewhere to write text: `process.stdout`, or a collector in tests. */
export interface Writer {
  write(chunk: string): unknown;
}

/** What the CLI may touch of the outside world, passed in so that tests run it in-process. */
export interface CliIO {
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** Whether to colour the output: a terminal, or FORCE_COLOR; never with NO_COLOR. */
  readonly isTTY: boolean;
  /** The working directory relative paths start from. */
  readonly cwd: string;
  /** The terminal's width in columns, when stdout is a terminal (tables and help fit it). */
  readonly columns?: number | undefined;
  /** The environment (`CASCADE_LANG`); none in tests unless given. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Ends a long-running command (`check --watch`) as Ctrl-C does; none outside tests. */
  readonly signal?: AbortSignal | undefined;
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
