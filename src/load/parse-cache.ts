import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../report/diagnostic.js';
import type { LightTreeData } from './light-tree.js';
import type { Content, InputKind } from './read-input.js';

/**
 * What the cache keeps of a file: everything reading, parsing and validating it works out (the
 * validated content, its findings, the fast reader's tree and line starts for places), so that a
 * warm run neither decodes, parses nor validates an unchanged file.
 */
export interface CachedRead {
  readonly kind: InputKind;
  readonly content: Content | undefined;
  readonly id: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The fast reader's light tree, for places without reading the file again. */
  readonly tree?: LightTreeData;
  /** Offsets where the file's lines start (with the tree: places without the text). */
  readonly lines?: ArrayLike<number>;
}

/** One entry as written in a segment's JSON; numbers point into the segment's `.bin` of 32-bit integers. */
type StoredEntry = [
  key: string,
  kind: InputKind,
  id: string | null,
  content: Content | null,
  diagnostics: readonly Diagnostic[],
  /** Start of the tree in the bin, its node and slot counts, its keys joined by NUL; -1 for no tree. */
  treeAt: number,
  nodes: number,
  slots: number,
  keys: string,
  /** Start and count of the line starts in the bin; -1 for none. */
  linesAt: number,
  lineCount: number,
];

interface SegmentFile {
  readonly format: number;
  readonly fingerprint: string;
  /** The name of the segment's `.bin`, unique per write. */
  readonly bin: string;
  /** For a delta: the base segment's bin it adds to. */
  readonly base?: string;
  readonly entries: readonly StoredEntry[];
}

const FORMAT = 3;
// Each set of inputs has its own cache files; the least recently used beyond these go.
const MAX_SETS = 64;
// A run that changed at most this share of the files writes only what changed (a delta).
const DELTA_SHARE = 1 / 8;

/**
 * Drops this set's bins other than `keep`, and the least recently used sets beyond `MAX_SETS`
 * (their index, delta and bins).
 */
async function prune(dir: string, name: string, keep: readonly string[]): Promise<void> {
  const names = await readdir(dir);
  const gone = names.filter((n) => n.startsWith(`${name}.`) && n.endsWith('.bin') && !keep.includes(n));
  const indexes = names.filter((n) => /^parse-[0-9a-f]+\.json$/.test(n));
  if (indexes.length > MAX_SETS) {
    const dated = await Promise.all(indexes.map(async (n) => ({ n, t: (await stat(join(dir, n))).mtimeMs })));
    dated.sort((a, b) => b.t - a.t);
    for (const { n } of dated.slice(MAX_SETS)) {
      const set = n.slice(0, -'.json'.length);
      gone.push(...names.filter((m) => m === n || m.startsWith(`${set}.`)));
    }
  }
  await Promise.all(gone.map((n) => unlink(join(dir, n)).catch(() => undefined)));
}

// The code whose output is cached: reading, the schemas, the messages, the text helpers.
const CODE_FOLDERS = ['load', 'model', 'i18n', 'text'] as const;

let fingerprint: Promise<string> | undefined;

/** A hash of the code the cached results depend on (and of the cache's format): any change to it empties the cache. */
function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash('sha1').update(`format ${FORMAT}`);
    const src = dirname(dirname(fileURLToPath(import.meta.url)));
    for (const folder of CODE_FOLDERS) {
      const dir = join(src, folder);
      const names = (await readdir(dir, { recursive: true }).catch(() => [] as string[])).sort();
      for (const name of names) {
        if (!/\.(js|ts)$/.test(name) || /\.(test|d)\.ts$/.test(name)) continue;
        hash.update(name).update(await readFile(join(dir, name)).catch(() => ''));
      }
    }
    return hash.digest('hex');
  })();
  return fingerprint;
}

/** The key of a file's bytes as shown under a name (findings carry the name). */
export function cacheKey(bytes: Uint8Array, file: string): string {
  return createHash('sha1').update(file).update('\u0000').update(bytes).digest('base64url');
}

async function readSegment(path: string): Promise<SegmentFile | undefined> {
  try {
    const file = JSON.parse(await readFile(path, 'utf8')) as SegmentFile;
    return file.format === FORMAT ? file : undefined;
  } catch {
    return undefined;
  }
}

async function readBin(dir: string, name: string): Promise<Int32Array | undefined> {
  try {
    const bytes = await readFile(join(dir, name));
    // A view needs 4-byte alignment: a pooled buffer may not have it.
    const own = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
    return new Int32Array(own.buffer, own.byteOffset, own.byteLength >> 2);
  } catch {
    return undefined;
  }
}

/** The tree of an entry, as views into the bin: nothing is copied. */
function treeOf(bin: Int32Array, at: number, nodes: number, slots: number, keys: string): LightTreeData {
  const view = (i: number, n: number): Int32Array => bin.subarray(at + i, at + i + n);
  let split: string[] | undefined;
  return {
    kinds: view(0, nodes),
    starts: view(nodes, nodes),
    ends: view(2 * nodes, nodes),
    nodeEnds: view(3 * nodes, nodes),
    firsts: view(4 * nodes, nodes),
    counts: view(5 * nodes, nodes),
    children: view(6 * nodes, slots),
    keyStarts: view(6 * nodes + slots, slots),
    // Most trees are never asked for a place: their keys are split on first use.
    get keys() {
      return (split ??= keys.split('\u0000'));
    },
  };
}

function entriesOf(file: SegmentFile, bin: Int32Array, into: Map<string, CachedRead>): void {
  for (const [key, kind, id, content, diagnostics, treeAt, nodes, slots, keys, linesAt, lineCount] of file.entries) {
    into.set(key, {
      kind,
      content: content ?? undefined,
      id: id ?? undefined,
      diagnostics,
      ...(treeAt >= 0 ? { tree: treeOf(bin, treeAt, nodes, slots, keys) } : {}),
      ...(linesAt >= 0 ? { lines: bin.subarray(linesAt, linesAt + lineCount) } : {}),
    });
  }
}

/** Entries as a segment: their JSON, and their trees and line starts as one array of 32-bit integers. */
function segmentOf(entries: ReadonlyMap<string, CachedRead>, fingerprint: string, bin: string, base: string | undefined): { json: string; bin: Buffer } {
  let size = 0;
  for (const e of entries.values()) {
    if (e.tree) size += 6 * e.tree.kinds.length + 2 * e.tree.children.length;
    if (e.lines) size += e.lines.length;
  }
  const out = new Int32Array(size);
  let at = 0;
  const put = (values: ArrayLike<number>): void => {
    out.set(values, at);
    at += values.length;
  };
  const stored: StoredEntry[] = [];
  for (const [key, e] of entries) {
    let tree: [number, number, number, string] = [-1, 0, 0, ''];
    if (e.tree) {
      const t = e.tree;
      tree = [at, t.kinds.length, t.children.length, Array.from(t.keys).join('\u0000')];
      for (const part of [t.kinds, t.starts, t.ends, t.nodeEnds, t.firsts, t.counts, t.children, t.keyStarts]) put(part);
    }
    const lines: [number, number] = e.lines ? [at, e.lines.length] : [-1, 0];
    if (e.lines) put(e.lines);
    stored.push([key, e.kind, e.id ?? null, e.content ?? null, e.diagnostics, ...tree, ...lines]);
  }
  const file: SegmentFile = { format: FORMAT, fingerprint, bin, ...(base ? { base } : {}), entries: stored };
  return { json: JSON.stringify(file), bin: Buffer.from(out.buffer, out.byteOffset, out.byteLength) };
}

async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/**
 * The results of reading, parsing and validating files, by the hash of their bytes: parsing and
 * validating YAML is most of the time of a national cascade, and most files do not change between
 * runs. One set of cache files per set of inputs: a base segment and a delta of what changed since
 * (a run that edits one letter writes one small delta, not the whole cache); each segment is a JSON
 * index with the content and findings, and a `.bin` with trees and line starts. Entries not used by
 * a run are dropped when the base is written again. Any failure to read or write the cache only
 * means no cache.
 */
export class ParseCache {
  private readonly used = new Map<string, CachedRead>();
  private readonly added = new Set<string>();

  private constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly fingerprint: string,
    private readonly base: { readonly bin: string; readonly entries: ReadonlyMap<string, CachedRead> } | undefined,
    private readonly delta: ReadonlyMap<string, CachedRead>,
  ) {}

  /** Opens the cache for inputs `scope` (their absolute paths) in `dir`. */
  static async open(dir: string, scope: readonly string[]): Promise<ParseCache> {
    const print = await codeFingerprint();
    const name = `parse-${createHash('sha1').update(scope.join('\u0000')).digest('hex').slice(0, 16)}`;
    const [baseFile, deltaFile] = await Promise.all([readSegment(join(dir, `${name}.json`)), readSegment(join(dir, `${name}.delta.json`))]);
    let base: { bin: string; entries: Map<string, CachedRead> } | undefined;
    const delta = new Map<string, CachedRead>();
    const baseBin = baseFile?.fingerprint === print ? await readBin(dir, baseFile.bin) : undefined;
    if (baseFile && baseBin) {
      base = { bin: baseFile.bin, entries: new Map() };
      entriesOf(baseFile, baseBin, base.entries);
      const deltaBin = deltaFile?.fingerprint === print && deltaFile.base === baseFile.bin ? await readBin(dir, deltaFile.bin) : undefined;
      if (deltaFile && deltaBin) entriesOf(deltaFile, deltaBin, delta);
    }
    return new ParseCache(dir, name, print, base, delta);
  }

  get(key: string): CachedRead | undefined {
    const hit = this.delta.get(key) ?? this.base?.entries.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  set(key: string, value: CachedRead): void {
    this.used.set(key, value);
    this.added.add(key);
  }

  /**
   * Writes what this run changed, atomically (temporary files renamed; the JSON, which names its
   * bin, last): a delta when little changed, else a new base holding only the entries this run used.
   */
  async save(): Promise<void> {
    try {
      const baseSize = this.base?.entries.size ?? 0;
      const fromDelta = [...this.delta.keys()].filter((k) => this.used.has(k));
      const unusedInBase = baseSize - [...this.used.keys()].filter((k) => this.base?.entries.has(k) && !this.delta.has(k)).length;
      const index = join(this.dir, `${this.name}.json`);
      const deltaIndex = join(this.dir, `${this.name}.delta.json`);
      if (this.added.size === 0 && fromDelta.length === this.delta.size && unusedInBase === 0) {
        // Unchanged: mark it recently used, so that pruning keeps it.
        const now = new Date();
        await utimes(index, now, now);
        return;
      }
      await mkdir(this.dir, { recursive: true });
      const bin = `${this.name}.${randomBytes(6).toString('hex')}.bin`;
      const small = (fromDelta.length + this.added.size) <= Math.max(16, this.used.size * DELTA_SHARE) && unusedInBase <= this.used.size * DELTA_SHARE;
      if (this.base && small) {
        const entries = new Map<string, CachedRead>();
        for (const k of [...fromDelta, ...this.added]) entries.set(k, this.used.get(k) as CachedRead);
        const seg = segmentOf(entries, this.fingerprint, bin, this.base.bin);
        await writeAtomic(join(this.dir, bin), seg.bin);
        await writeAtomic(deltaIndex, seg.json);
        await prune(this.dir, this.name, [this.base.bin, bin]);
      } else {
        const seg = segmentOf(this.used, this.fingerprint, bin, undefined);
        await writeAtomic(join(this.dir, bin), seg.bin);
        await writeAtomic(index, seg.json);
        await unlink(deltaIndex).catch(() => undefined);
        await prune(this.dir, this.name, [bin]);
      }
    } catch {
      // A read-only folder, a full disk: run without a cache.
    }
  }
}
