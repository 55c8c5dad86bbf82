import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

/** Where a path of keys and indexes leads in a YAML tree, as far as it exists. */
export interface PathHit {
  /** The deepest node reached. */
  readonly node: Node | undefined;
  /** The pair whose value `node` is, when the last step reached was a map key. */
  readonly pair: Pair | undefined;
  /** Whether every step of the path was found. */
  readonly complete: boolean;
}

/** The node an alias points to; other nodes as they are. */
export function deref(node: unknown, doc: Document.Parsed): Node | undefined {
  if (isAlias(node)) return node.resolve(doc) as Node | undefined;
  return (node ?? undefined) as Node | undefined;
}

/** The pair of `map` whose key is `key` (compared in NFC: keys may be written decomposed). */
export function pairOf(map: Node | undefined, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    const k = isScalar(pair.key) ? pair.key.value : pair.key;
    if (typeof k === 'string' ? k === key || k.normalize('NFC') === key : String(k) === key) return pair;
  }
  // A collection as a key (`? [a, b]`): the value's key is its YAML text (`[ a, b ]`), the node's
  // String() its JSON (`["a","b"]`); compared without spaces and quotes, to place the finding on it.
  const loose = (s: string) => s.replace(/[\s"']/g, '');
  for (const pair of map.items) if (pair.key !== null && typeof pair.key === 'object' && !isScalar(pair.key) && loose(String(pair.key)) === loose(key)) return pair;
  return undefined;
}

/** Follows `path` (zod's issue path) from the root of `doc`. */
export function walkPath(doc: Document.Parsed, path: readonly PropertyKey[]): PathHit {
  let node = deref(doc.contents, doc);
  let pair: Pair | undefined;
  for (const step of path) {
    if (isSeq(node) && typeof step === 'number') {
      const item = deref(node.items[step], doc);
      if (!item) return { node, pair, complete: false };
      node = item;
      pair = undefined;
    } else if (isMap(node)) {
      const found = pairOf(node, String(step));
      if (!found) return { node, pair, complete: false };
      pair = found;
      node = deref(found.value, doc) ?? (found.key as Node);
    } else {
      return { node, pair, complete: false };
    }
  }
  return { node, pair, complete: true };
}
