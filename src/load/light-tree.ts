import type { Place } from '../report/diagnostic.js';
import { placeAt, type Source } from './source.js';

/** Asked for an end the light tree does not know: the caller asks the `yaml` tree instead. */
export const UNSURE = Symbol('unsure');

/** Kinds of node. */
export const SCALAR = 0;
export const SEQ = 1;
export const MAP = 2;
/** An alias (`*name`): its own offsets, and the anchored node it stands for. */
export const ALIAS = 3;

/** The arrays of a light tree: one entry per node, and one slot per child of a map or list. */
export interface LightTreeData {
  readonly kinds: ArrayLike<number>;
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  readonly nodeEnds: ArrayLike<number>;
  /** The first child slot of a map or list; the anchored node of an alias. */
  readonly firsts: ArrayLike<number>;
  readonly counts: ArrayLike<number>;
  /** The child in each slot, and for a map value its key and where the key starts. */
  readonly children: ArrayLike<number>;
  readonly keys: ArrayLike<string>;
  readonly keyStarts: ArrayLike<number>;
}

/** A light tree being built: plain arrays that grow. */
interface Growing {
  readonly kinds: number[];
  readonly starts: number[];
  readonly ends: number[];
  readonly nodeEnds: number[];
  readonly firsts: number[];
  readonly counts: number[];
  readonly children: number[];
  readonly keys: string[];
  readonly keyStarts: number[];
}

function emptyTree(): Growing {
  return { kinds: [], starts: [], ends: [], nodeEnds: [], firsts: [], counts: [], children: [], keys: [], keyStarts: [] };
}

/**
 * The nodes of one file as the fast reader saw them, with the offsets the `yaml` package's tree
 * would give them (`start`, `end`, `nodeEnd` are its `range`; -1 where only `yaml` can tell):
 * places without that tree. Flat arrays of numbers rather than an object per node: a national
 * cascade has hundreds of thousands of nodes, and they live as long as the cascade. A tree from
 * the loader's cache is views into one array of integers, and is not built on.
 */
export class LightTree {
  readonly data: LightTreeData;
  private readonly growing: Growing | undefined;

  /** The tree of the given arrays (what the loader's cache keeps), or a new empty tree to build. */
  constructor(data?: LightTreeData) {
    this.growing = data ? undefined : emptyTree();
    this.data = data ?? (this.growing as Growing);
  }

  private grow(): Growing {
    if (!this.growing) throw new Error('a light tree read from the cache cannot be added to');
    return this.growing;
  }

  /** The document's node (the last one added). */
  get root(): number {
    return this.data.kinds.length - 1;
  }

  /**
   * Adds a node; its children (for a map or list) are the `count` slots from `first` on. For an
   * alias, `first` is the anchored node.
   */
  add(kind: number, start: number, end: number, nodeEnd: number, first: number, count: number): number {
    const g = this.grow();
    g.kinds.push(kind);
    g.starts.push(start);
    g.ends.push(end);
    g.nodeEnds.push(nodeEnd);
    g.firsts.push(first);
    g.counts.push(count);
    return this.root;
  }

  /** The number of child slots so far: where the next node's children start. */
  slots(): number {
    return this.data.children.length;
  }

  /** Adds a child slot: a node, and for a map value its key and where the key starts. */
  slot(child: number, key: string, keyStart: number): void {
    const g = this.grow();
    g.children.push(child);
    g.keys.push(key);
    g.keyStarts.push(keyStart);
  }

  /** `range[2]` of a node, -1 when unsure. */
  nodeEnd(node: number): number {
    return this.data.nodeEnds[node] ?? -1;
  }

  // The same lookups as `walkPath`, `pairOf` and `Positions.nodeOf` over the `yaml` tree.
  private slotOf(node: number, key: string): number {
    if (this.data.kinds[node] !== MAP) return -1;
    const first = this.data.firsts[node] ?? 0;
    const end = first + (this.data.counts[node] ?? 0);
    const keys = this.data.keys;
    // Keys are nearly always written as the model spells them: normalise only when none is.
    for (let s = first; s < end; s++) if (keys[s] === key) return s;
    for (let s = first; s < end; s++) if ((keys[s] ?? '').normalize('NFC') === key) return s;
    return -1;
  }

  /** The node an alias stands for; other nodes as they are. */
  private deref(node: number): number {
    return this.data.kinds[node] === ALIAS ? (this.data.firsts[node] ?? -1) : node;
  }

  private value(node: number, key: string): number {
    const slot = this.slotOf(node, key);
    return slot < 0 ? -1 : this.deref(this.data.children[slot] ?? -1);
  }

  private item(node: number, index: number): number {
    if (this.data.kinds[node] !== SEQ || index < 0 || index >= (this.data.counts[node] ?? 0)) return -1;
    return this.deref(this.data.children[(this.data.firsts[node] ?? 0) + index] ?? -1);
  }

  private span(source: Source, start: number, node: number): Place | typeof UNSURE {
    const end = this.data.ends[node] ?? -1;
    return end < 0 ? UNSURE : placeAt(source, start, end);
  }

  /**
   * The place `Positions.locate` gives for the object at `path` (and its `key`, and that key's
   * `index`th item) in a file read by the fast reader, or `UNSURE`.
   */
  locate(source: Source, path: readonly (string | number)[], key?: string | number, index?: number): Place | typeof UNSURE {
    let node = this.root;
    let complete = true;
    for (const step of path) {
      let next = -1;
      if (this.data.kinds[node] === SEQ && typeof step === 'number') next = this.item(node, step);
      else if (this.data.kinds[node] === MAP) next = this.value(node, String(step));
      if (next < 0) {
        complete = false;
        break;
      }
      node = next;
    }
    let at = -1;
    if (key === undefined) at = node;
    else if (!complete) at = -1;
    else if (typeof key === 'number') at = this.item(node, key);
    else {
      const slot = this.slotOf(node, key);
      const value = slot < 0 ? -1 : (this.data.children[slot] ?? -1);
      // A map value: from its key to its end (an alias's own end, as `yaml` gives it).
      if (value >= 0 && index === undefined) return this.span(source, this.data.keyStarts[slot] ?? 0, value);
      if (value >= 0 && index !== undefined) at = this.item(this.deref(value), index);
    }
    if (at < 0) at = node;
    return this.span(source, this.data.starts[at] ?? 0, at);
  }
}
