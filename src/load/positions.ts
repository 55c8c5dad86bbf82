import { isPair, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Place } from '../report/diagnostic.js';
import { readFast } from './fast-yaml.js';
import { UNSURE, type LightTree } from './light-tree.js';
import { placeAt, type Source } from './source.js';
import { deref, pairOf, walkPath } from './yaml-path.js';

/**
 * A file that was read, whose YAML tree is built again only when a place inside it is asked for:
 * a national cascade is thousands of files, and keeping every tree alive costs more than parsing
 * the few that have findings twice. Most places come from the fast reader's light tree instead
 * (see `readFast`), which costs a tenth of the `yaml` tree.
 */
export class YamlFile {
  private tree: Document.Parsed | undefined;
  private light: LightTree | null | undefined;

  /**
   * `light`: the fast reader's tree when the file was read with it, null when places need the
   * `yaml` tree; `tree`: that tree, when it is kept from the first parse.
   */
  constructor(
    readonly source: Source,
    light?: LightTree | null,
    tree?: Document.Parsed,
  ) {
    this.light = light;
    this.tree = tree;
  }

  /** The YAML tree (parsed again on first use; the line index of the first parse is kept). */
  doc(): Document.Parsed {
    this.tree ??= parseDocument(this.source.text, { uniqueKeys: true, logLevel: 'error' });
    return this.tree;
  }

  /** The fast reader's tree (read again on first use), or null when places need the `yaml` tree. */
  lightTree(): LightTree | null {
    if (this.light === undefined) this.light = readFast(this.source.text)?.tree ?? null;
    return this.light;
  }
}

/** Where a model object sits: its file, and the key (or index) under its parent object, or its whole path. */
interface Loc {
  readonly file: YamlFile;
  readonly parent: Loc | undefined;
  readonly key: string | number | undefined;
  /** The path from the root, when it is not the parent's path and the key (a salvaged file). */
  readonly path?: readonly (string | number)[];
}

/** Where a model object came from: its file and its YAML node. */
export interface Origin {
  readonly source: Source;
  readonly doc: Document.Parsed;
  readonly node: Node | undefined;
  /** False for objects the YAML does not spell out (a default `[]`): `node` is then their nearest ancestor's. */
  readonly complete: boolean;
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

function pathOf(loc: Loc): (string | number)[] {
  const tail: (string | number)[] = [];
  let l: Loc | undefined = loc;
  for (; l && l.path === undefined && l.key !== undefined; l = l.parent) tail.push(l.key);
  return [...(l?.path ?? []), ...tail.reverse()];
}

/**
 * The map from model objects (the plain objects the schemas return) to their places. A WeakMap:
 * positions never enter the model types, and objects built by hand simply have no place. Each
 * object knows its file and its path from the file's root; the YAML node is found when asked.
 */
export class Positions {
  private readonly locs = new WeakMap<object, Loc>();
  /** Places already found, by object and key (a kept process asks again for the same places). */
  private readonly places: WeakMap<object, Map<string, Place | undefined>> | undefined;

  /** `keepPlaces`: remember each place found (the objects of a kept process outlive one load). */
  constructor(options: { readonly keepPlaces?: boolean } = {}) {
    this.places = options.keepPlaces ? new WeakMap() : undefined;
  }

  /**
   * Records `value` and every object inside it as read from the root of `file`; `paths` gives the
   * path in the file of objects that are no longer where they were (parts of a salvaged file).
   */
  bind(value: unknown, file: YamlFile, paths?: WeakMap<object, readonly (string | number)[]>): void {
    this.bindAt(value, { file, parent: undefined, key: undefined }, paths);
  }

  private bindAt(value: unknown, at: Loc, paths: WeakMap<object, readonly (string | number)[]> | undefined): void {
    if (value === null || typeof value !== 'object') return;
    const path = paths?.get(value);
    const loc: Loc = path ? { file: at.file, parent: undefined, key: undefined, path } : at;
    this.locs.set(value, loc);
    this.places?.delete(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') this.bindAt(item, { file: loc.file, parent: loc, key: i }, paths);
      }
      return;
    }
    for (const k in value) {
      const item = (value as Record<string, unknown>)[k];
      if (item !== null && typeof item === 'object') this.bindAt(item, { file: loc.file, parent: loc, key: k }, paths);
    }
  }

  /** Gives `obj` the place of another object (a registry entry expanded from a template). */
  alias(obj: object, from: object): void {
    const loc = this.locs.get(from);
    if (!loc) return;
    this.locs.set(obj, loc);
    this.places?.delete(obj);
  }

  /** The text `obj` was read from (without parsing it again). */
  sourceOf(obj: object): Source | undefined {
    return this.locs.get(obj)?.file.source;
  }

  /** The file and YAML node of `obj`. */
  origin(obj: object): Origin | undefined {
    const loc = this.locs.get(obj);
    if (!loc) return undefined;
    const doc = loc.file.doc();
    const hit = walkPath(doc, pathOf(loc));
    return { source: loc.file.source, doc, node: hit.node, complete: hit.complete };
  }

  /** The YAML node of `obj[key]` (or of its `index`th item), with its pair when it is a map value. */
  nodeOf(obj: object, key?: string | number, index?: number): { origin: Origin; node: Node | undefined; pair: Pair | undefined } | undefined {
    const origin = this.origin(obj);
    if (!origin) return undefined;
    const { node, doc } = origin;
    if (key === undefined || !origin.complete) return { origin, node: key === undefined ? node : undefined, pair: undefined };
    if (typeof key === 'number') {
      const item = isSeq(node) ? deref(node.items[key], doc) : undefined;
      return { origin, node: item, pair: undefined };
    }
    const pair = pairOf(node, key);
    if (!pair) return { origin, node: undefined, pair: undefined };
    const value = deref(pair.value, doc);
    if (index === undefined) return { origin, node: value, pair };
    return { origin, node: isSeq(value) ? deref(value.items[index], doc) : undefined, pair: undefined };
  }

  /**
   * The place of `obj`; of its key `key` (spanning the key and its value); of the `index`th item of
   * that key's list; or, for a list, of its item number `key`. Falls back to the object itself.
   */
  locate(obj: object, key?: string | number, index?: number): Place | undefined {
    // An object without a place yet (not bound) is not remembered: it may be bound later.
    if (!this.places || !this.locs.has(obj)) return this.find(obj, key, index);
    let byKey = this.places.get(obj);
    if (!byKey) this.places.set(obj, (byKey = new Map()));
    const k = `${typeof key}:${String(key)}:${String(index)}`;
    if (byKey.has(k)) return byKey.get(k);
    const place = this.find(obj, key, index);
    byKey.set(k, place);
    return place;
  }

  private find(obj: object, key?: string | number, index?: number): Place | undefined {
    const loc = this.locs.get(obj);
    const light = loc?.file.lightTree();
    if (loc && light) {
      const place = light.locate(loc.file.source, pathOf(loc), key, index);
      if (place !== UNSURE) return place;
    }
    const hit = this.nodeOf(obj, key, index);
    if (!hit) return undefined;
    const { origin } = hit;
    if (hit.pair) return placeOfNode(origin.source, hit.pair);
    return placeOfNode(origin.source, hit.node) ?? placeOfNode(origin.source, origin.node);
  }
}
