import { load, type State } from 'js-yaml';
import { YAML_CORE_SCHEMA } from './core-schema.js';
import { blockScalarEnd, commentFollows, skipSeparation, skipSpaces, trimBack, withTrail } from './light-scan.js';
import { LightNode } from './light-tree.js';

/** A file read by js-yaml: its plain value and where each of its nodes sits. */
export interface FastRead {
  readonly value: object;
  readonly tree: LightNode;
}

// What js-yaml and `yaml` may read differently, or what makes places hard to tell without `yaml`:
// tabs, carriage returns, a BOM, directives, document markers, and a few rare forms handled below
// (anchors, aliases, tags, explicit and null keys, merge keys, empty list items).
const SLOW_TEXT = /[\t\r\uFEFF]|^(?:%|---|\.\.\.)/m;
// `&` anchor, `*` alias, `!` tag; `%`, `@` and a backtick start no node.
const PROPERTY = /[&*!%@`]/;
// `yaml` refuses an implicit key whose `:` is more than 1024 characters after its start.
const MAX_KEY = 1000;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;

/** `nodeEnd`, unless a comment follows: `yaml` then hangs it on the nearest collection. */
function sure(text: string, nodeEnd: number | undefined): number | undefined {
  return nodeEnd === undefined || commentFollows(text, nodeEnd) ? undefined : nodeEnd;
}

function scalar(text: string, open: number, at: number): LightNode | undefined {
  const start = skipSeparation(text, open);
  const c = text.charCodeAt(start);
  if (c === 0x22 || c === 0x27) {
    // A quoted scalar ends at its closing quote.
    return text.charCodeAt(at - 1) === c ? new LightNode('scalar', start, at, sure(text, withTrail(text, at))) : undefined;
  }
  if (c === 0x7c || c === 0x3e) {
    const end = blockScalarEnd(text, start, at);
    return new LightNode('scalar', start, end, sure(text, end));
  }
  if (PROPERTY.test(text.charAt(start))) return undefined;
  const end = trimBack(text, at, start);
  return new LightNode('scalar', start, end, sure(text, withTrail(text, end)));
}

/** An empty value (`key:` and nothing): `yaml` puts it after the spaces that follow the `:`. */
function empty(text: string, open: number): LightNode | undefined {
  const start = skipSpaces(text, open);
  const c = text.charCodeAt(start);
  // After a comment, `yaml` stretches the empty value over the blank lines that follow.
  if (c === HASH) return new LightNode('scalar', start, start, undefined);
  return c === NEWLINE || start >= text.length ? new LightNode('scalar', start, start, sure(text, start)) : undefined;
}

/** A flow collection ends at its bracket; a block one where its last value ends, comments included. */
function collection(text: string, node: LightNode, open: number, at: number, last: LightNode | undefined): LightNode | undefined {
  const start = skipSeparation(text, open);
  const c = text.charCodeAt(start);
  node.start = start;
  if (c === 0x5b || c === 0x7b) {
    if (text.charCodeAt(at - 1) !== c + 2) return undefined;
    node.end = at;
    node.nodeEnd = sure(text, withTrail(text, at));
    return node;
  }
  if (!last || PROPERTY.test(text.charAt(start))) return undefined;
  node.end = last.nodeEnd;
  node.nodeEnd = last.nodeEnd;
  return node;
}

/**
 * Builds the light tree while js-yaml reads, from its `open` and `close` events: a node is done
 * at `close`, its children are the nodes done since its `open`. Every map and list is checked
 * against the value js-yaml made of it, so that a form read in some other way is never guessed.
 */
class Builder {
  ok = true;
  private readonly opens: number[] = [];
  private readonly bases: number[] = [];
  private readonly nodes: LightNode[] = [];
  private readonly kinds: (string | null)[] = [];
  private readonly results: unknown[] = [];

  constructor(private readonly text: string) {}

  open(position: number): void {
    this.opens.push(position);
    this.bases.push(this.nodes.length);
  }

  close(kind: string | null, result: unknown, at: number): void {
    const open = this.opens.pop() ?? 0;
    const base = this.bases.pop() ?? 0;
    const count = this.nodes.length - base;
    // js-yaml reads a block value by first trying it as the key of a map: the inner node is the value.
    if (count === 1 && this.kinds[base] === kind && Object.is(this.results[base], result)) return;
    const node = this.build(kind, result, open, at, base, count);
    this.nodes.length = this.kinds.length = this.results.length = base;
    if (!node) {
      this.ok = false;
      return;
    }
    this.nodes.push(node);
    this.kinds.push(kind);
    this.results.push(result);
  }

  /** The tree of the document, once js-yaml is done. */
  root(value: unknown): LightNode | undefined {
    return this.ok && this.nodes.length === 1 && this.results[0] === value ? this.nodes[0] : undefined;
  }

  private build(kind: string | null, result: unknown, open: number, at: number, base: number, count: number): LightNode | undefined {
    if (kind === 'mapping') return this.mapping(result, open, at, base, count);
    if (kind === 'sequence') return this.sequence(result, open, at, base, count);
    // Children of a scalar are empty attempts js-yaml gave up (a block scalar is no map key).
    for (let i = base; i < base + count; i++) if (this.kinds[i] !== null) return undefined;
    return kind === 'scalar' ? scalar(this.text, open, at) : empty(this.text, open);
  }

  private sequence(result: unknown, open: number, at: number, base: number, count: number): LightNode | undefined {
    if (!Array.isArray(result) || result.length !== count) return undefined;
    for (let i = 0; i < count; i++) if (!Object.is(this.results[base + i], result[i])) return undefined;
    const items = this.nodes.slice(base, base + count);
    return collection(this.text, new LightNode('seq', 0, undefined, undefined, items), open, at, items[count - 1]);
  }

  private mapping(result: unknown, open: number, at: number, base: number, count: number): LightNode | undefined {
    if (result === null || typeof result !== 'object' || count % 2 !== 0) return undefined;
    const values = result as Record<string, unknown>;
    const keys: string[] = [];
    const keyStarts: number[] = [];
    const items: LightNode[] = [];
    for (let i = base; i < base + count; i += 2) {
      const k = this.nodes[i] as LightNode;
      const raw = this.results[i];
      // A null key is '' for `yaml` and 'null' for js-yaml; a collection as a key is no key here.
      if (this.kinds[i] !== 'scalar' || raw === null || k.end === undefined) return undefined;
      const colon = skipSpaces(this.text, k.end);
      if (this.text.charCodeAt(colon) !== 0x3a || colon - k.start > MAX_KEY) return undefined;
      const key = String(raw);
      if (key === '<<' || !Object.hasOwn(values, key) || !Object.is(values[key], this.results[i + 1])) return undefined;
      keys.push(key);
      keyStarts.push(k.start);
      items.push(this.nodes[i + 1] as LightNode);
    }
    if (Object.keys(values).length !== keys.length) return undefined;
    return collection(this.text, new LightNode('map', 0, undefined, undefined, items, keys, keyStarts), open, at, items[items.length - 1]);
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
