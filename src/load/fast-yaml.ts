import { load, type State } from 'js-yaml';
import { YAML_CORE_SCHEMA } from './core-schema.js';
import { blockScalarEnd, commentFollows, skipSeparation, skipSpaces, trimBack, withTrail } from './light-scan.js';
import { LightTree, MAP, SCALAR, SEQ } from './light-tree.js';

/** A file read by js-yaml: its plain value and where each of its nodes sits. */
export interface FastRead {
  readonly value: object;
  readonly tree: LightTree;
}

// What js-yaml and `yaml` may read differently, or what makes places hard to tell without `yaml`:
// tabs, carriage returns, a BOM, directives, document markers, and a few rare forms handled below
// (anchors, aliases, tags, explicit and null keys, merge keys, empty list items).
const SLOW_TEXT = /[\t\r\uFEFF]|^(?:%|---|\.\.\.)/m;
// `yaml` refuses an implicit key whose `:` is more than 1024 characters after its start.
const MAX_KEY = 1000;
const NEWLINE = 0x0a;
const HASH = 0x23;

/** `nodeEnd`, unless a comment follows: `yaml` then hangs it on the nearest collection. */
function sure(text: string, nodeEnd: number): number {
  return nodeEnd < 0 || commentFollows(text, nodeEnd) ? -1 : nodeEnd;
}

/** Whether the character starts a node property (`&` anchor, `!` tag), an alias (`*`), or no node. */
function isProperty(c: number): boolean {
  return c === 0x26 || c === 0x2a || c === 0x21 || c === 0x25 || c === 0x40 || c === 0x60;
}

/**
 * Builds the light tree while js-yaml reads, from its `open` and `close` events: a node is done
 * at `close`, its children are the nodes done since its `open`. Every map and list is checked
 * against the value js-yaml made of it, so that a form read in some other way is never guessed.
 * Done nodes wait on a stack of parallel arrays (overwritten, never shortened, no object per
 * node); a scalar enters the tree only as a value or an item, never as a key.
 */
class Builder {
  ok = true;
  readonly tree = new LightTree();
  private readonly opens: number[] = [];
  private readonly bases: number[] = [];
  private size = 0;
  // The stack of done nodes: js-yaml's kind and value, offsets (-1: unsure), tree node (-1: not yet in it).
  private readonly kinds: (string | null)[] = [];
  private readonly results: unknown[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly nodeEnds: number[] = [];
  private readonly nodes: number[] = [];

  constructor(private readonly text: string) {}

  open(position: number): void {
    this.opens.push(position);
    this.bases.push(this.size);
  }

  close(kind: string | null, result: unknown, at: number): void {
    const open = this.opens.pop() ?? 0;
    const base = this.bases.pop() ?? 0;
    const count = this.size - base;
    // js-yaml reads a block value by first trying it as the key of a map: the inner node is the value.
    if (count === 1 && this.kinds[base] === kind && Object.is(this.results[base], result)) return;
    const ok =
      kind === 'mapping' ? this.mapping(result, open, at, base, count)
      : kind === 'sequence' ? this.sequence(result, open, at, base, count)
      : this.scalar(kind, open, at, base, count);
    if (!ok) {
      this.ok = false;
      return;
    }
    this.kinds[base] = kind;
    this.results[base] = result;
    this.size = base + 1;
  }

  /** The tree of the document, once js-yaml is done. */
  root(value: unknown): LightTree | undefined {
    if (!this.ok || this.size !== 1 || this.results[0] !== value) return undefined;
    this.node(0);
    return this.tree;
  }

  private done(at: number, start: number, end: number, nodeEnd: number, node: number): true {
    this.starts[at] = start;
    this.ends[at] = end;
    this.nodeEnds[at] = nodeEnd;
    this.nodes[at] = node;
    return true;
  }

  /** The tree node of the done node at `i` of the stack (a scalar enters the tree now). */
  private node(i: number): number {
    const n = this.nodes[i] ?? -1;
    return n >= 0 ? n : this.tree.add(SCALAR, this.starts[i] ?? 0, this.ends[i] ?? -1, this.nodeEnds[i] ?? -1, 0, 0);
  }

  private scalar(kind: string | null, open: number, at: number, base: number, count: number): boolean {
    // Children of a scalar are empty attempts js-yaml gave up (a block scalar is no map key).
    for (let i = base; i < base + count; i++) if (this.kinds[i] !== null) return false;
    const text = this.text;
    if (kind === null) {
      // An empty value (`key:` and nothing): `yaml` puts it after the spaces that follow the `:`.
      const start = skipSpaces(text, open);
      const c = text.charCodeAt(start);
      // After a comment, `yaml` stretches the empty value over the blank lines that follow.
      if (c === HASH) return this.done(base, start, start, -1, -1);
      return (c === NEWLINE || start >= text.length) && this.done(base, start, start, sure(text, start), -1);
    }
    const start = skipSeparation(text, open);
    const c = text.charCodeAt(start);
    // A quoted scalar ends at its closing quote.
    if (c === 0x22 || c === 0x27) return text.charCodeAt(at - 1) === c && this.done(base, start, at, sure(text, withTrail(text, at)), -1);
    if (c === 0x7c || c === 0x3e) {
      const end = blockScalarEnd(text, start, at) ?? -1;
      return this.done(base, start, end, sure(text, end), -1);
    }
    if (isProperty(c)) return false;
    const end = trimBack(text, at, start);
    return this.done(base, start, end, sure(text, withTrail(text, end)), -1);
  }

  private sequence(result: unknown, open: number, at: number, base: number, count: number): boolean {
    if (!Array.isArray(result) || result.length !== count) return false;
    for (let i = 0; i < count; i++) if (!Object.is(this.results[base + i], result[i])) return false;
    const first = this.tree.slots();
    for (let i = base; i < base + count; i++) this.tree.slot(this.node(i), '', -1);
    return this.collection(SEQ, open, at, base, count, first);
  }

  private mapping(result: unknown, open: number, at: number, base: number, count: number): boolean {
    if (result === null || typeof result !== 'object' || count % 2 !== 0) return false;
    const text = this.text;
    const values = result as Record<string, unknown>;
    for (let i = base; i < base + count; i += 2) {
      const raw = this.results[i];
      const keyStart = this.starts[i] ?? 0;
      const keyEnd = this.ends[i] ?? -1;
      // A null key is '' for `yaml` and 'null' for js-yaml; a collection as a key is no key here.
      if (this.kinds[i] !== 'scalar' || raw === null || keyEnd < 0) return false;
      const colon = skipSpaces(text, keyEnd);
      if (text.charCodeAt(colon) !== 0x3a || colon - keyStart > MAX_KEY) return false;
      const key = String(raw);
      if (key === '<<' || !Object.hasOwn(values, key) || !Object.is(values[key], this.results[i + 1])) return false;
    }
    if (Object.keys(values).length !== count / 2) return false;
    const first = this.tree.slots();
    for (let i = base; i < base + count; i += 2) this.tree.slot(this.node(i + 1), String(this.results[i]), this.starts[i] ?? 0);
    return this.collection(MAP, open, at, base, count / 2, first);
  }

  /**
   * Adds a map or list whose children are the slots from `first` on. A flow collection ends at
   * its bracket; a block one where its last value ends, comments included. Its place in the
   * stack is `base`, where its first child was.
   */
  private collection(kind: number, open: number, at: number, base: number, count: number, first: number): boolean {
    const text = this.text;
    const last = this.nodeEnds[base + (kind === MAP ? 2 * count - 1 : count - 1)] ?? -1;
    const start = skipSeparation(text, open);
    const c = text.charCodeAt(start);
    if (c === 0x5b || c === 0x7b) {
      if (text.charCodeAt(at - 1) !== c + 2) return false;
      const nodeEnd = sure(text, withTrail(text, at));
      return this.done(base, start, at, nodeEnd, this.tree.add(kind, start, at, nodeEnd, first, count));
    }
    if (count === 0 || isProperty(c)) return false;
    return this.done(base, start, last, last, this.tree.add(kind, start, last, last, first, count));
  }
}

/**
 * Reads a YAML file with js-yaml (many times faster than the `yaml` package) and records where
 * each node sits, for files on which both packages agree: the same value, no error, no warning,
 * and the same places. Undefined for any other file, which then goes to the `yaml` package: an
 * error, a warning, an empty file, anchors, tags, tabs, or any form this reader does not follow.
 */
export function readFast(text: string): FastRead | undefined {
  if (SLOW_TEXT.test(text)) return undefined;
  const builder = new Builder(text);
  const listener = (event: 'open' | 'close', state: State): void => {
    if (!builder.ok) return;
    if (event === 'open') builder.open(state.position);
    else builder.close(state.kind as string | null, state.result as unknown, state.position);
  };
  let value: unknown;
  try {
    value = load(text, { schema: YAML_CORE_SCHEMA, json: false, listener, onWarning: () => (builder.ok = false) });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const tree = builder.root(value);
  return tree && { value, tree };
}
