import { blockScalarEnd, commentFollows, skipSeparation, skipSpaces, trimBack, withTrail } from './light-scan.js';
import { ALIAS, LightTree, MAP, SCALAR, SEQ } from './light-tree.js';

// `yaml` refuses an implicit key whose `:` is more than 1024 characters after its start.
const MAX_KEY = 1000;
// `yaml` refuses a file whose aliases expand too often (see `MAX_ALIAS_COUNT`): with at most this
// many aliases and none inside an anchored node, no count can get there.
const MAX_ALIASES = 100;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const HASH = 0x23;
const AMPERSAND = 0x26;
const STAR = 0x2a;
// Flags of a done node.
const IS_ALIAS = 1;
const HOLDS_ALIAS = 2;

/** `nodeEnd`, unless a comment follows: `yaml` then hangs it on the nearest collection. */
function sure(text: string, nodeEnd: number): number {
  return nodeEnd < 0 || commentFollows(text, nodeEnd) ? -1 : nodeEnd;
}

/** Whether the character starts a node property (`&` anchor, `!` tag), an alias (`*`), or no node. */
function isProperty(c: number): boolean {
  return c === AMPERSAND || c === STAR || c === 0x21 || c === 0x25 || c === 0x40 || c === 0x60;
}

/** The end of an anchor or alias name starting at `at`: a space, a line break or a flow indicator. */
function nameEnd(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); i < text.length; c = text.charCodeAt(++i)) {
    if (c === 0x20 || c === NEWLINE || c === RETURN || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) break;
  }
  return i;
}

/**
 * Builds the light tree while js-yaml reads, from its `open` and `close` events: a node is done
 * at `close`, its children are the nodes done since its `open`. Every map and list is checked
 * against the value js-yaml made of it, so that a form read in some other way is never guessed.
 * Done nodes wait on a stack of parallel arrays (overwritten, never shortened, no object per
 * node); a scalar enters the tree only as a value or an item, never as a key.
 */
export class LightBuilder {
  ok = true;
  readonly tree = new LightTree();
  private readonly opens: number[] = [];
  private readonly bases: number[] = [];
  private size = 0;
  // The stack of done nodes: js-yaml's kind and value, offsets (-1: unsure), tree node (-1: not
  // yet in it), flags.
  private readonly kinds: (string | null)[] = [];
  private readonly results: unknown[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly nodeEnds: number[] = [];
  private readonly nodes: number[] = [];
  private readonly flags: number[] = [];
  // Anchors by name: the tree node and the value js-yaml made of it.
  private readonly anchors = new Map<string, { readonly node: number; readonly value: unknown }>();
  private aliases = 0;

  constructor(private readonly text: string) {}

  open(position: number): void {
    this.opens.push(position);
    this.bases.push(this.size);
  }

  /** A node is done: `kind` and `result` as js-yaml made them, its anchor, and where js-yaml stopped. */
  close(kind: string | null, result: unknown, anchor: string | null, at: number): void {
    const open = this.opens.pop() ?? 0;
    const base = this.bases.pop() ?? 0;
    const count = this.size - base;
    // js-yaml reads a block value by first trying it as the key of a map: the inner node is the
    // value, and holds the anchor when js-yaml read it there.
    if (count === 1 && this.kinds[base] === kind && Object.is(this.results[base], result)) {
      if (anchor === null || this.anchors.get(anchor)?.node === this.nodes[base]) return;
      if (this.contentStart(open, anchor) === this.starts[base]) this.anchor(anchor, result, base);
      else this.ok = false;
      return;
    }
    const start = this.contentStart(open, anchor);
    const ok =
      start < 0 ? false
      : kind === 'mapping' ? this.mapping(result, start, at, base, count)
      : kind === 'sequence' ? this.sequence(result, start, at, base, count)
      // An alias is read (js-yaml went past it); an empty value leaves js-yaml at the next content.
      : kind === null && this.text.charCodeAt(start) === STAR && at > start ? this.alias(result, start, base, count)
      : this.scalar(kind, open, start, at, base, count);
    if (ok && anchor !== null) this.anchor(anchor, result, base);
    if (!ok || !this.ok) {
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

  /** Where the content of a node opened at `open` starts: after its anchor, which `yaml` leaves out of its range. */
  private contentStart(open: number, anchor: string | null): number {
    const text = this.text;
    let start = skipSeparation(text, open);
    if (anchor !== null) {
      const end = text.charCodeAt(start) === AMPERSAND ? nameEnd(text, start + 1) : -1;
      if (end < 0 || text.slice(start + 1, end) !== anchor || this.anchors.has(anchor)) return -1;
      start = skipSeparation(text, end);
    }
    const c = text.charCodeAt(start);
    return isProperty(c) && c !== STAR ? -1 : start;
  }

  /** An anchored node enters the tree at once, for its aliases; it must hold no alias itself. */
  private anchor(name: string, value: unknown, at: number): void {
    if ((this.flags[at] ?? 0) !== 0) this.ok = false;
    else this.anchors.set(name, { node: this.node(at), value });
  }

  private done(at: number, start: number, end: number, nodeEnd: number, node: number, flags: number): true {
    this.starts[at] = start;
    this.ends[at] = end;
    this.nodeEnds[at] = nodeEnd;
    this.nodes[at] = node;
    this.flags[at] = flags;
    return true;
  }

  /** The tree node of the done node at `i` of the stack (a scalar enters the tree now). */
  private node(i: number): number {
    const n = this.nodes[i] ?? -1;
    if (n >= 0) return n;
    this.nodes[i] = this.tree.add(SCALAR, this.starts[i] ?? 0, this.ends[i] ?? -1, this.nodeEnds[i] ?? -1, 0, 0);
    return this.nodes[i] ?? -1;
  }

  private alias(result: unknown, start: number, base: number, count: number): boolean {
    const text = this.text;
    const end = nameEnd(text, start + 1);
    const target = this.anchors.get(text.slice(start + 1, end));
    if (count > 0 || !target || !Object.is(target.value, result) || ++this.aliases > MAX_ALIASES) return false;
    const nodeEnd = sure(text, withTrail(text, end));
    return this.done(base, start, end, nodeEnd, this.tree.add(ALIAS, start, end, nodeEnd, target.node, 0), IS_ALIAS | HOLDS_ALIAS);
  }

  private scalar(kind: string | null, open: number, start: number, at: number, base: number, count: number): boolean {
    // Children of a scalar are empty attempts js-yaml gave up (a block scalar is no map key).
    for (let i = base; i < base + count; i++) if (this.kinds[i] !== null || (this.flags[i] ?? 0) !== 0) return false;
    const text = this.text;
    if (kind === null) {
      // An empty value (`key:` and nothing): `yaml` puts it after the spaces that follow the `:`.
      const empty = skipSpaces(text, open);
      const c = text.charCodeAt(empty);
      // After a comment, `yaml` stretches the empty value over the blank lines that follow.
      if (c === HASH) return this.done(base, empty, empty, -1, -1, 0);
      return (c === NEWLINE || c === RETURN || empty >= text.length) && this.done(base, empty, empty, sure(text, empty), -1, 0);
    }
    const c = text.charCodeAt(start);
    // A quoted scalar ends at its closing quote.
    if (c === 0x22 || c === 0x27) return text.charCodeAt(at - 1) === c && this.done(base, start, at, sure(text, withTrail(text, at)), -1, 0);
    if (c === 0x7c || c === 0x3e) {
      const end = blockScalarEnd(text, start, at) ?? -1;
      return this.done(base, start, end, sure(text, end), -1, 0);
    }
    const end = trimBack(text, at, start);
    return this.done(base, start, end, sure(text, withTrail(text, end)), -1, 0);
  }

  private sequence(result: unknown, start: number, at: number, base: number, count: number): boolean {
    if (!Array.isArray(result) || result.length !== count) return false;
    let flags = 0;
    for (let i = 0; i < count; i++) {
      if (!Object.is(this.results[base + i], result[i])) return false;
      flags |= this.flags[base + i] ?? 0;
    }
    const first = this.tree.slots();
    for (let i = base; i < base + count; i++) this.tree.slot(this.node(i), '', -1);
    return this.collection(SEQ, start, at, base, count, first, flags & HOLDS_ALIAS);
  }

  private mapping(result: unknown, start: number, at: number, base: number, count: number): boolean {
    if (result === null || typeof result !== 'object' || count % 2 !== 0) return false;
    const text = this.text;
    const values = result as Record<string, unknown>;
    let flags = 0;
    for (let i = base; i < base + count; i += 2) {
      const raw = this.results[i];
      const keyStart = this.starts[i] ?? 0;
      const keyEnd = this.ends[i] ?? -1;
      // A null key is '' for `yaml` and 'null' for js-yaml; a collection or alias as a key is no key here.
      if (this.kinds[i] !== 'scalar' || raw === null || keyEnd < 0 || (this.flags[i] ?? 0) !== 0) return false;
      const colon = skipSpaces(text, keyEnd);
      if (text.charCodeAt(colon) !== 0x3a || colon - keyStart > MAX_KEY) return false;
      const key = String(raw);
      if (key === '<<' || !Object.hasOwn(values, key) || !Object.is(values[key], this.results[i + 1])) return false;
      flags |= this.flags[i + 1] ?? 0;
    }
    if (Object.keys(values).length !== count / 2) return false;
    const first = this.tree.slots();
    for (let i = base; i < base + count; i += 2) this.tree.slot(this.node(i + 1), String(this.results[i]), this.starts[i] ?? 0);
    return this.collection(MAP, start, at, base, count / 2, first, flags & HOLDS_ALIAS);
  }

  /**
   * Adds a map or list whose children are the slots from `first` on. A flow collection ends at
   * its bracket; a block one where its last value ends, comments included. Its place in the
   * stack is `base`, where its first child was.
   */
  private collection(kind: number, start: number, at: number, base: number, count: number, first: number, flags: number): boolean {
    const text = this.text;
    const last = this.nodeEnds[base + (kind === MAP ? 2 * count - 1 : count - 1)] ?? -1;
    const c = text.charCodeAt(start);
    if (c === 0x5b || c === 0x7b) {
      if (text.charCodeAt(at - 1) !== c + 2) return false;
      const nodeEnd = sure(text, withTrail(text, at));
      return this.done(base, start, at, nodeEnd, this.tree.add(kind, start, at, nodeEnd, first, count), flags);
    }
    if (count === 0) return false;
    return this.done(base, start, last, last, this.tree.add(kind, start, last, last, first, count), flags);
  }
}
