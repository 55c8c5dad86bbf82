/** The signals a batch stops on, and the exit code each gives (128 + its number). */
export const STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof STOP_SIGNALS;

/** A watch on SIGINT and SIGTERM for the length of a batch. */
export interface SignalWatch {
  /** Aborted on the first signal: the batch takes no more work. */
  readonly signal: AbortSignal;
  /** The signal received, if any. */
  received(): StopSignal | undefined;
  /** Stops watching (the process's default handling comes back). */
  dispose(): void;
}

/**
 * Watches for SIGINT (Ctrl-C) and SIGTERM while a batch runs. The first signal aborts `signal`: the
 * batch lets the documents in flight finish, records them, and ends. A second signal exits at once
 * (what is left is at worst temporary files, which the next run removes).
 */
export function watchSignals(): SignalWatch {
  const controller = new AbortController();
  let got: StopSignal | undefined;
  const handlers = new Map<StopSignal, () => void>();
  for (const name of Object.keys(STOP_SIGNALS) as StopSignal[]) {
    const handler = (): void => {
      if (got !== undefined) process.exit(STOP_SIGNALS[name]);
      got = name;
      controller.abort(name);
    };
    handlers.set(name, handler);
    process.on(name, handler);
  }
  return {
    signal: controller.signal,
    received: () => got,
    dispose: () => {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}

/** Thrown by a batch that stopped on a signal, after recording what it wrote. */
export class BatchInterruptedError extends Error {
  constructor(
    readonly written: number,
    readonly outDir: string,
  ) {
    super(`interrupted after ${written} files`);
    this.name = 'BatchInterruptedError';
  }

  /** The line the CLI prints: how many files were written, and that re-running resumes. */
  say(lang: 'vi' | 'en', shown: string, signal: StopSignal): string {
    return lang === 'vi'
      ? `cascade: dừng theo ${signal}: đã ghi trọn ${this.written} tệp vào ${shown}/ (đã ghi vào sổ tệp, không để lại tệp tạm); chạy lại đúng lệnh này để làm tiếp, không cần --force\n`
      : `cascade: stopped by ${signal}: ${this.written} complete file${this.written === 1 ? '' : 's'} written to ${shown}/ (recorded in the manifest, no temporary file left); run the same command again to resume, no --force needed\n`;
  }
}
