import type { Place } from '../report/diagnostic.js';
import { placeAt, type Source } from './source.js';

/**
 * A node as the fast reader saw it, with the offsets the `yaml` package's tree would give it
 * (`start`, `end` and `nodeEnd` are its `range`): places without building that tree. A class with
 * every field set, so that the hundreds of thousands of a national cascade share one shape.
 */
export class LightNode {
  constructor(
    readonly kind: 'map' | 'seq' | 'scalar',
    public start: number,
    /** Where the value ends (`range[1]`); undefined when only the `yaml` package can tell. */
    public end: number | undefined,
    /** With its trailing comment and line break (`range[2]`); undefined when only `yaml` can tell. */
    public nodeEnd: number | undefined,
    /** The items of a list, the values of a map. */
    readonly items: readonly LightNode[] = [],
    /** The keys of a map (as its plain value has them), and where each starts. */
    readonly keys: readonly string[] = [],
    readonly keyStarts: readonly number[] = [],
  ) {}
}

/** Asked for an end the light tree does not know: the caller asks the `yaml` tree instead. */
export const UNSURE = Symbol('unsure');

// The same lookups as `walkPath`, `pairOf` and `Positions.nodeOf` over the `yaml` tree.
function pairOf(node: LightNode, key: string): number {
  if (node.kind !== 'map') return -1;
  return node.keys.findIndex((k) => k === key || k.normalize('NFC') === key);
}

function itemOf(node: LightNode | undefined, index: number): LightNode | undefined {
  return node?.kind === 'seq' ? node.items[index] : undefined;
}

function valueOf(node: LightNode, key: string): LightNode | undefined {
  const i = pairOf(node, key);
  return i < 0 ? undefined : node.items[i];
}

function walk(root: LightNode, path: readonly (string | number)[]): { node: LightNode; complete: boolean } {
  let node = root;
  for (const step of path) {
    const next = node.kind === 'seq' && typeof step === 'number' ? itemOf(node, step) : node.kind === 'map' ? valueOf(node, String(step)) : undefined;
    if (!next) return { node, complete: false };
    node = next;
  }
  return { node, complete: true };
}

function span(source: Source, start: number, end: number | undefined): Place | typeof UNSURE {
  return end === undefined ? UNSURE : placeAt(source, start, end);
}

/**
 * The place `Positions.locate` gives for the object at `path` (and its `key`, and that key's
 * `index`th item) in a file read by the fast reader, or `UNSURE`.
 */
export function locateLight(
  root: LightNode,
  source: Source,
  path: readonly (string | number)[],
  key?: string | number,
  index?: number,
): Place | typeof UNSURE {
  const hit = walk(root, path);
  let node: LightNode | undefined;
  if (key === undefined || !hit.complete) node = key === undefined ? hit.node : undefined;
  else if (typeof key === 'number') node = itemOf(hit.node, key);
  else {
    const i = pairOf(hit.node, key);
    const value = hit.node.items[i];
    if (value && index === undefined) return span(source, hit.node.keyStarts[i] ?? value.start, value.end);
    node = value && itemOf(value, index ?? 0);
  }
  const at = node ?? hit.node;
  return span(source, at.start, at.end);
}
