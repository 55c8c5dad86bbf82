import { Worker } from 'node:worker_threads';
import { createWorkRunner, type ChunkWritten, type WorkItem, type WorkSetup } from './job.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { workerUrl } from './worker-url.js';

/** How a batch is spread over threads. */
export interface PoolOptions {
  /** Worker threads; 0 works in the calling thread. */
  readonly threads: number;
  /** Called after every chunk with the number of documents it wrote, and their names and hashes. */
  readonly onChunk?: ((count: number, files: ChunkWritten['files']) => void) | undefined;
}

/** Documents and bytes written. */
export interface PoolResult {
  readonly count: number;
  readonly bytes: number;
}

// A worker holds one template and one document at a time: a small heap makes it collect early, so
// the process's memory stays flat however many documents pass through (a full layout needs ~40 MB).
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 } as const;

// Two chunks in flight per worker: one being filled, one waiting, so a worker never idles on a message.
const IN_FLIGHT = 2;

async function runHere(setup: WorkSetup, chunks: Iterator<readonly WorkItem[]>, options: PoolOptions): Promise<PoolResult> {
  const runner = await createWorkRunner(setup);
  let count = 0;
  let bytes = 0;
  for (let next = chunks.next(); !next.done; next = chunks.next()) {
    const written = await runner.run(next.value);
    bytes += written.bytes;
    count += next.value.length;
    options.onChunk?.(next.value.length, written.files);
  }
  return { count, bytes };
}

/**
 * Makes chunks of documents on worker threads. Chunks are pulled from the iterator only as workers
 * free up, and every worker writes its own files, so memory stays flat however many recipients there are.
 * The first failure stops every worker and rejects.
 */
export function runInThreads(setup: WorkSetup, chunks: Iterator<readonly WorkItem[]>, options: PoolOptions): Promise<PoolResult> {
  if (options.threads <= 0) return runHere(setup, chunks, options);
  return new Promise<PoolResult>((resolve, reject) => {
    const url = workerUrl();
    const workers: Worker[] = [];
    let nextId = 0;
    let inFlight = 0;
    let exhausted = false;
    let settled = false;
    let count = 0;
    let bytes = 0;

    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      void Promise.all(workers.map((w) => w.terminate())).then(() => (error ? reject(error) : resolve({ count, bytes })));
    };
    const feed = (w: Worker): boolean => {
      if (exhausted || settled) return false;
      const next = chunks.next();
      if (next.done) {
        exhausted = true;
        return false;
      }
      const message: ToWorker = { id: nextId++, items: next.value };
      inFlight++;
      w.postMessage(message);
      return true;
    };
    const maybeDone = (): void => {
      if (exhausted && inFlight === 0) finish();
    };

    for (let i = 0; i < options.threads; i++) {
      const w = new Worker(url, { workerData: setup, resourceLimits: WORKER_LIMITS });
      workers.push(w);
      w.on('message', (m: FromWorker) => {
        if (m.type === 'ready') {
          for (let k = 0; k < IN_FLIGHT; k++) feed(w);
          maybeDone();
          return;
        }
        inFlight--;
        if (m.type === 'failed') return finish(new Error(m.message));
        count += m.count;
        bytes += m.written.bytes;
        options.onChunk?.(m.count, m.written.files);
        feed(w);
        maybeDone();
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`batch worker stopped with code ${code}`));
      });
    }
  });
}
