import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Document } from '../model/document.js';
import type { Diagnostic } from '../report/diagnostic.js';
import type { GoalEntry } from './cascade.js';
import type { TaskEntryDraft } from './index-document.js';
import { Positions } from './positions.js';
import type { ReadInput } from './read-input.js';
import type { RegistryInput } from './registry.js';

/** What indexing one document yielded: its entries, the findings of its index and footnotes, and of its deadlines. */
export interface IndexedDocument {
  readonly tasks: readonly TaskEntryDraft[];
  readonly goals: readonly GoalEntry[];
  readonly diagnostics: readonly Diagnostic[];
  readonly deadlines: readonly Diagnostic[];
}

/** What is kept of the registry phase: the expanded registry, its resolver, and their findings. */
interface KeptRegistry<R> {
  readonly key: readonly unknown[];
  readonly value: R;
}

/** Size, times and inode of a units file (it is read by the registry, not by the memo). */
function unitsStamp(input: RegistryInput): string {
  const units = input.data.units;
  if (units === undefined) return '';
  try {
    const s = statSync(resolve(dirname(input.path), units), { bigint: true, throwIfNoEntry: false });
    return s ? `${units}:${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}` : `${units}:-`;
  } catch {
    return `${units}:?`;
  }
}

/**
 * What a kept process (`cascade check --watch`) keeps between loads, beside the reads of `ReadMemo`:
 * the places of every object read (bound once per read), the registry built from the same registry
 * reads (and units files), and what indexing each unchanged document yielded under that registry.
 * Everything is keyed by the identity of the memo's reads: a file read again yields new objects,
 * so nothing stale can be found.
 */
export class KeptLoad {
  readonly positions = new Positions({ keepPlaces: true });
  private readonly bound = new WeakSet<ReadInput>();
  private registryKept: KeptRegistry<unknown> | undefined;
  private indexed = new WeakMap<Document, IndexedDocument>();

  /** True when `read`'s objects are already bound to their places; marks it bound otherwise. */
  isBound(read: ReadInput): boolean {
    if (this.bound.has(read)) return true;
    this.bound.add(read);
    return false;
  }

  /**
   * The registry phase's result for these registry files: kept when the same reads (and the same
   * units files) built it last time, else built again (and every kept index dropped with it).
   */
  async registry<R>(inputs: readonly RegistryInput[], build: () => Promise<R>): Promise<R> {
    const key = inputs.flatMap((i) => [i.data, unitsStamp(i)]);
    const kept = this.registryKept;
    if (kept && kept.key.length === key.length && kept.key.every((k, i) => k === key[i])) return kept.value as R;
    const value = await build();
    this.registryKept = { key, value };
    this.indexed = new WeakMap();
    return value;
  }

  /** What indexing `doc` yielded under the kept registry, or a new indexing (kept for next time). */
  index(doc: Document, run: () => IndexedDocument): IndexedDocument {
    const hit = this.indexed.get(doc);
    if (hit) {
      // The loader fills each task entry's links: a kept entry is copied with empty ones.
      return { ...hit, tasks: hit.tasks.map((t) => ({ ...t, implements: [], mirrors: [] })) };
    }
    const fresh = run();
    this.indexed.set(doc, { ...fresh, tasks: fresh.tasks.map((t) => ({ ...t, implements: [], mirrors: [] })) });
    return fresh;
  }
}
