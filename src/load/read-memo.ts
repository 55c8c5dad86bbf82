import { statSync } from 'node:fs';
import type { InputFile } from './discover.js';
import type { ParseCache } from './parse-cache.js';
import { readInput, type ReadInput, type TreeBudget } from './read-input.js';

interface Memo {
  readonly file: string;
  readonly maxBytes: number;
  readonly stamp: string;
  readonly read: ReadInput;
}

/** What identifies a file's version without reading it: size, times and inode. */
function stampOf(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true, throwIfNoEntry: false });
    return s ? `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What each file yielded, kept in memory between loads of a kept process (`cascade check --watch`):
 * a file whose size, times and inode have not changed, and that was not named as changed, is not
 * read again. The stamp is taken before the read, so an edit during the read is seen next time.
 */
export class ReadMemo {
  private readonly reads = new Map<string, Memo>();
  private trusted = false;

  /**
   * Whether every changed file is named to `forget` (a recursive watcher that did not fail): then a
   * kept read is reused without `stat`ing its file. Off, every file is `stat`ed (a full sweep).
   */
  trust(on: boolean): void {
    this.trusted = on;
  }

  /** Drops what was kept of these absolute paths (a watcher saw them change). */
  forget(paths: Iterable<string>): void {
    for (const p of paths) this.reads.delete(p);
  }

  /** Keeps only the given absolute paths (files no longer found are dropped). */
  retain(paths: ReadonlySet<string>): void {
    for (const p of this.reads.keys()) if (!paths.has(p)) this.reads.delete(p);
  }

  /** The kept read of `input` if its file is unchanged, else a new read (kept for next time). */
  read(input: InputFile, maxBytes: number, cache?: ParseCache, keep?: TreeBudget): ReadInput {
    const hit = this.reads.get(input.path);
    if (this.trusted && hit && hit.file === input.file && hit.maxBytes === maxBytes) return hit.read;
    const stamp = stampOf(input.path);
    if (hit && stamp !== undefined && hit.stamp === stamp && hit.file === input.file && hit.maxBytes === maxBytes) return hit.read;
    const read = readInput(input, maxBytes, cache, keep);
    if (stamp !== undefined) this.reads.set(input.path, { file: input.file, maxBytes, stamp, read });
    else this.reads.delete(input.path);
    return read;
  }
}
