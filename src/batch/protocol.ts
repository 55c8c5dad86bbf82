import type { ChunkWritten, WorkItem } from './job.js';

/** Main thread → worker: a chunk of documents to make and write. */
export interface ToWorker {
  readonly id: number;
  readonly items: readonly WorkItem[];
}

/** Worker → main thread. */
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly count: number; readonly written: ChunkWritten }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
