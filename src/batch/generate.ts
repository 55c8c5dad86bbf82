import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isFillable } from '../docx/fill/plain.js';
import type { LayoutProfileInput } from '../docx/profile.js';
import type { Text } from '../report/diagnostic.js';
import { compileKeys, type BatchItem, type BuildFn } from './compile-keys.js';
import type { WorkItem } from './job.js';
import { runInThreads } from './pool.js';
import { silentProgress, type Progress } from './progress.js';
import { recordOutputs, settleJournal, targetsInWay } from '../output/write-outputs.js';
import { removeStaleTemps } from '../output/temp-files.js';
import { BatchInterruptedError } from './interrupt.js';

/** A batch: one kind of document, many recipients. */
export interface BatchInput {
  readonly items: readonly BatchItem[];
  /** Names of the per-recipient fields, as `build` reads them from its values. */
  readonly fields: readonly string[];
  /** The single-document pipeline up to the layout's input, for an item with given field values. */
  readonly build: BuildFn;
  readonly profile?: LayoutProfileInput | undefined;
  readonly outDir: string;
  /**
   * Overwrite any file in the way. Without it, files the tool wrote in `outDir` and nobody edited
   * since (by the folder's manifest) are replaced, and any other file in the way stops the batch
   * before anything is written.
   */
  readonly force?: boolean | undefined;
  /** What the files are, for the output folder's manifest (`don-doc`, `bieu-mau`). */
  readonly kind?: string | undefined;
  /** Worker threads (default 2, one per core of the target machines); 0 works in the calling thread. */
  readonly threads?: number | undefined;
  /** Deflate level of the filled entries (see `FillOptions`). */
  readonly level?: number | undefined;
  /** Flush every file to disk (see `WorkSetup.sync`). */
  readonly sync?: boolean | undefined;
  readonly progress?: Progress | undefined;
  /** Aborted on SIGINT/SIGTERM: no more work is taken; the files in flight finish and are recorded. */
  readonly signal?: AbortSignal | undefined;
}

/** What a batch did. */
export interface BatchResult {
  readonly written: number;
  /** Documents filled from a compiled template. */
  readonly filled: number;
  /** Documents laid out in full (a value that is not plain text, a key too small or not compilable). */
  readonly rendered: number;
  readonly bytes: number;
  /** Keys whose template could not be compiled, and why. */
  readonly notCompiled: ReadonlyMap<string, Text>;
}

/**
 * Thrown before anything is written when files in the way are not the tool's own unedited output
 * (see `targetsInWay`) and `force` is not set.
 */
export class BatchTargetsExistError extends Error {
  readonly files: readonly string[];
  constructor(files: readonly string[]) {
    const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? ', …' : '');
    super(
      `${files.length} tệp đã có, không do chương trình ghi hoặc đã bị sửa: không ghi đè (dùng --force): ${shown} / ` +
        `${files.length} file(s) exist that the tool did not write or that were edited since: not overwritten (use --force)`,
    );
    this.name = 'BatchTargetsExistError';
    this.files = files;
  }
}

const DEFAULT_THREADS = 2;
const FILL_CHUNK = 16;
// A full layout takes some 40 ms: small chunks keep both threads busy to the end.
const RENDER_CHUNK = 2;


/** Work in chunks, the full layouts first (they take longest); their inputs are built only when pulled. None once `signal` aborts. */
function* chunks(toFill: readonly WorkItem[], toRender: readonly BatchItem[], build: BuildFn, signal?: AbortSignal): Generator<readonly WorkItem[]> {
  for (let i = 0; i < toRender.length; i += RENDER_CHUNK) {
    if (signal?.aborted) return;
    yield toRender.slice(i, i + RENDER_CHUNK).map((item) => ({ kind: 'render', fileName: item.fileName, input: build(item, item.values) }));
  }
  for (let i = 0; i < toFill.length; i += FILL_CHUNK) {
    if (signal?.aborted) return;
    yield toFill.slice(i, i + FILL_CHUNK);
  }
}

/**
 * Writes one .docx per item. Each key's document is compiled once (`compileDocx`) and checked against
 * the single path; items of a compiled key whose values are plain text are filled, the others laid out
 * in full from their input. Both kinds of work run on worker threads, each writing its own files
 * atomically, so memory stays flat however many recipients there are.
 */
export async function generateBatch(input: BatchInput): Promise<BatchResult> {
  await mkdir(input.outDir, { recursive: true });
  // What an interrupted run left: its temporary files go, its journaled complete files become the tool's own.
  await removeStaleTemps(input.outDir);
  await settleJournal(input.outDir);
  const inWay = await targetsInWay(input.outDir, input.items.map((i) => i.fileName));
  if (inWay.conflicts.length > 0 && input.force !== true) throw new BatchTargetsExistError(inWay.conflicts.map((c) => join(input.outDir, c.name)));
  // Files in the way are the tool's own, or --force was given: they are replaced.
  const force = input.force === true || inWay.ours.length > 0;
  const progress = input.progress ?? silentProgress;
  const { templates, notCompiled } = await compileKeys(input.items, input.fields, input.build, input.profile);
  const fillable = (item: BatchItem): boolean => item.key in templates && input.fields.every((f) => isFillable(item.values[f] ?? ''));
  const toFill: WorkItem[] = input.items.filter(fillable).map((i) => ({ kind: 'fill', fileName: i.fileName, key: i.key, values: i.values }));
  const toRender = input.items.filter((i) => !fillable(i));
  const written: { name: string; sha256: string }[] = [];
  const onChunk = (n: number, files: readonly { name: string; sha256: string }[]): void => {
    written.push(...files);
    progress.tick(n);
  };
  try {
    const done = await runInThreads(
      { templates, outDir: input.outDir, force, profile: input.profile, level: input.level, sync: input.sync, journal: input.kind ?? 'batch' },
      chunks(toFill, toRender, input.build, input.signal),
      { threads: input.threads ?? DEFAULT_THREADS, onChunk },
    );
    if (input.signal?.aborted) throw new BatchInterruptedError(done.count, input.outDir);
    return { written: done.count, filled: toFill.length, rendered: toRender.length, bytes: done.bytes, notCompiled };
  } finally {
    progress.stop();
    // What was written is the tool's own, even when a later chunk failed: a re-run may replace it.
    await recordOutputs(input.outDir, written, input.kind ?? 'batch');
  }
}
