import cliProgress from 'cli-progress';
import type { Lang } from '../report/diagnostic.js';

/** Reports how far a batch has got. */
export interface Progress {
  tick(count: number): void;
  stop(): void;
}

/** Where progress goes: a terminal gets a bar, anything else plain lines. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

const STEP_PERCENT = 10;

function plainProgress(total: number, label: string, out: ProgressStream, lang: Lang): Progress {
  let done = 0;
  let shown = -1;
  const docs = lang === 'vi' ? 'văn bản' : 'documents';
  return {
    tick(count) {
      done += count;
      const step = total === 0 ? 100 : Math.floor((done * 100) / total / STEP_PERCENT) * STEP_PERCENT;
      if (step === shown) return;
      shown = step;
      out.write(`${label}: ${done}/${total} ${docs} (${step}%)\n`);
    },
    stop() {
      if (shown !== 100) out.write(`${label}: ${done}/${total} ${docs}\n`);
    },
  };
}

/** A progress bar on a terminal (cli-progress), plain lines every 10% otherwise (logs, CI, pipes). */
export function createProgress(total: number, label: string, out: ProgressStream, lang: Lang = 'vi'): Progress {
  if (!out.isTTY) return plainProgress(total, label, out, lang);
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} {percentage}% {eta_formatted}`, stream: out as NodeJS.WritableStream, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (count) => bar.increment(count), stop: () => bar.stop() };
}

/** Progress that reports nothing (library use, tests). */
export const silentProgress: Progress = { tick: () => undefined, stop: () => undefined };
