import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Place } from '../report/diagnostic.js';
import { placeAt, type Source } from './source.js';
import { deref, pairOf } from './yaml-path.js';

/** Where a model object came from: its file and its YAML node. */
export interface Origin {
  readonly source: Source;
  readonly doc: Document.Parsed;
  readonly node: Node;
}

/** The place of a YAML node: from its start to the end of its value. */
export function placeOfNode(source: Source, node: Node | Pair | null | undefined): Place | undefined {
  if (!node) return undefined;
  if (isPair(node)) return placeOfPair(source, node);
  const range = node.range;
  return range ? placeAt(source, range[0], range[1]) : undefined;
}

/** A pair from the start of its key to the end of its value. */
function placeOfPair(source: Source, pair: Pair): Place | undefined {
  const key = (pair.key as Node | null)?.range;
  if (!key) return undefined;
  const value = (pair.value as Node | null)?.range;
  return placeAt(source, key[0], value ? value[1] : key[1]);
}

/**
 * The map from model objects (the plain objects the schemas return) to their YAML places. A WeakMap:
 * positions never enter the model types, and objects built by hand simply have no place.
 */
export class Positions {
  private readonly origins = new WeakMap<object, Origin>();

  /** Records `value` and everything inside it against the YAML node it was read from. */
  bind(value: unknown, node: Node | undefined, source: Source, doc: Document.Parsed): void {
    if (value === null || typeof value !== 'object' || !node) return;
    if (isMap(node) && !Array.isArray(value)) {
      this.origins.set(value, { source, doc, node });
      const obj = value as Record<string, unknown>;
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value).normalize('NFC') : undefined;
        if (k !== undefined && Object.hasOwn(obj, k)) this.bind(obj[k], deref(pair.value, doc), source, doc);
      }
    } else if (isSeq(node) && Array.isArray(value)) {
      this.origins.set(value, { source, doc, node });
      value.forEach((item, i) => this.bind(item, deref(node.items[i], doc), source, doc));
    }
  }

  /** Gives `obj` the origin of another object (a registry entry expanded from a template). */
  alias(obj: object, from: object): void {
    const origin = this.origins.get(from);
    if (origin) this.origins.set(obj, origin);
  }

  origin(obj: object): Origin | undefined {
    return this.origins.get(obj);
  }

  /** The YAML node of `obj[key]` (or of its `index`th item), with its pair when it is a map value. */
  nodeOf(obj: object, key?: string | number, index?: number): { origin: Origin; node: Node | undefined; pair: Pair | undefined } | undefined {
    const origin = this.origins.get(obj);
    if (!origin) return undefined;
    if (key === undefined) return { origin, node: origin.node, pair: undefined };
    if (typeof key === 'number') {
      const item = isSeq(origin.node) ? deref(origin.node.items[key], origin.doc) : undefined;
      return { origin, node: item, pair: undefined };
    }
    const pair = pairOf(origin.node, key);
    if (!pair) return { origin, node: undefined, pair: undefined };
    const value = deref(pair.value, origin.doc);
    if (index === undefined) return { origin, node: value, pair };
    return { origin, node: isSeq(value) ? deref(value.items[index], origin.doc) : undefined, pair: undefined };
  }

  /**
   * The place of `obj`; of its key `key` (spanning the key and its value); of the `index`th item of
   * that key's list; or, for a list, of its item number `key`. Falls back to the object itself.
   */
  locate(obj: object, key?: string | number, index?: number): Place | undefined {
    const hit = this.nodeOf(obj, key, index);
    if (!hit) return undefined;
    const { origin } = hit;
    if (hit.pair) return placeOfNode(origin.source, hit.pair);
    return placeOfNode(origin.source, hit.node) ?? placeOfNode(origin.source, origin.node);
  }

  /** The place of the value of `obj[key]` (not its key), or of the object when there is no such key. */
  locateValue(obj: object, key: string, index?: number): Place | undefined {
    const hit = this.nodeOf(obj, key, index);
    if (!hit) return undefined;
    return placeOfNode(hit.origin.source, hit.node) ?? placeOfNode(hit.origin.source, hit.origin.node);
  }
}
