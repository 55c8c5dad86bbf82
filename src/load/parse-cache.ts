import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../report/diagnostic.js';
import type { LightTreeData } from './light-tree.js';
import type { Content, InputKind } from './read-input.js';

/** What the cache keeps of a file: everything `readInput` works out, except the YAML tree. */
export interface CachedRead {
  readonly kind: InputKind;
  readonly content: Content | undefined;
  readonly id: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The fast reader's light tree, for places without reading the file again. */
  readonly tree?: LightTreeData;
}

interface CacheFile {
  readonly fingerprint: string;
  readonly entries: Record<string, CachedRead>;
}

const FORMAT = 2;
// Each set of inputs has its own cache file; the least recently used beyond these go.
const MAX_FILES = 64;

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => /^parse-[0-9a-f]+\.json$/.test(n));
  if (names.length <= MAX_FILES) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(dir, n))).mtimeMs })));
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(MAX_FILES).map(({ n }) => unlink(join(dir, n)).catch(() => undefined)));
}
// The code whose output is cached: reading, the schemas, the messages, the text helpers.
const CODE_FOLDERS = ['load', 'model', 'i18n', 'text'] as const;

let fingerprint: Promise<string> | undefined;

/** A hash of the code the cached results depend on: any change to it empties the cache. */
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

/** The key of a file's text as shown under a name (findings carry the name). */
export function cacheKey(text: string, file: string): string {
  return createHash('sha1').update(file).update('\u0000').update(text).digest('base64url');
}

/**
 * The results of reading, parsing and validating files, by the hash of their text: parsing YAML
 * is most of the time of a national cascade, and most files do not change between runs. One
 * cache file per set of inputs; entries not used by a run are dropped when it saves. Any failure
 * to read or write the cache only means no cache.
 */
export class ParseCache {
  private readonly used = new Map<string, CachedRead>();
  private dirty = false;

  private constructor(
    private readonly path: string,
    private readonly fingerprint: string,
    private readonly entries: Record<string, CachedRead>,
  ) {}

  /** Opens the cache for inputs `scope` (their absolute paths) in `dir`. */
  static async open(dir: string, scope: readonly string[]): Promise<ParseCache> {
    const print = await codeFingerprint();
    const name = createHash('sha1').update(scope.join('\u0000')).digest('hex').slice(0, 16);
    const path = join(dir, `parse-${name}.json`);
    let entries: Record<string, CachedRead> = {};
    try {
      const file = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
      if (file.fingerprint === print) entries = file.entries;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new ParseCache(path, print, entries);
  }

  get(key: string): CachedRead | undefined {
    const hit = this.entries[key];
    if (hit) this.used.set(key, hit);
    return hit;
  }

  set(key: string, value: CachedRead): void {
    this.used.set(key, value);
    this.dirty = true;
  }

  /** Writes the entries this run used, when anything changed (atomically: a temp file renamed). */
  async save(): Promise<void> {
    try {
      if (!this.dirty && this.used.size === Object.keys(this.entries).length) {
        // Unchanged: mark it recently used, so that pruning keeps it.
        const now = new Date();
        await utimes(this.path, now, now);
        return;
      }
      await mkdir(dirname(this.path), { recursive: true });
      const tmp = `${this.path}.${process.pid}.tmp`;
      const file: CacheFile = { fingerprint: this.fingerprint, entries: Object.fromEntries(this.used) };
      await writeFile(tmp, JSON.stringify(file));
      await rename(tmp, this.path);
      await prune(dirname(this.path));
    } catch {
      // A read-only install, a full disk: run without a cache.
    }
  }
}
