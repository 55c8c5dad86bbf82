import { resolve } from 'node:path';
import type { Agency, Group } from '../model/agency.js';
import type { KnownDocument } from '../model/citation.js';
import type { Document } from '../model/document.js';
import type { Diagnostic, Lang, Place, Related } from '../report/diagnostic.js';
import type { Cascade, GoalEntry } from './cascade.js';
import { createDeadlineChecker } from './checks/deadlines.js';
import { checkFootnotes } from './checks/footnotes.js';
import { checkDocumentCycles, checkGroupCycles, checkTaskCycles } from './checks/link-cycles.js';
import { checkDocumentLinks, resolveTaskLinks } from './checks/links.js';
import { checkRegistryRefs } from './checks/registry-refs.js';
import { cacheDirectory, cacheOnByDefault } from './cache-dir.js';
import { discoverInputs, packageFiles } from './discover.js';
import { ParseCache } from './parse-cache.js';
import { pickFallbacks } from './fallback.js';
import type { ReadMemo } from './read-memo.js';
import { indexDocument, type IndexContext, type TaskEntryDraft } from './index-document.js';
import type { IndexedDocument, KeptLoad } from './kept-load.js';
import { makeCascade } from './make-cascade.js';
import { Positions } from './positions.js';
import { DEFAULT_MAX_FILE_BYTES } from './read-text.js';
import { KEPT_TREE_CHARS, readInput as readFresh, type ReadInput, type TreeBudget } from './read-input.js';
import { buildRegistry, type RegistryInput } from './registry.js';
import { createAgencyResolver, type AgencyResolver } from './resolve-agency.js';
import { sortDiagnostics } from './sort.js';

/** Options of `loadCascade`. */
export interface LoadOptions {
  /** Largest input file read, in bytes (default 1 MiB); a larger one is a finding. */
  readonly maxFileBytes?: number;
  /** Accepted for symmetry with the formatters: findings carry both languages. */
  readonly lang?: Lang;
  /** Folder relative paths start from, and file names in findings are shown relative to (default: the process's). */
  readonly cwd?: string;
  /**
   * Keep what reading each file found, by the hash of its text and of this code, and reuse it for
   * unchanged files (default: off for a library call; the `cascade` command turns it on, unless the
   * environment sets `CASCADE_NO_CACHE`; see `useCacheByDefault`).
   */
  readonly cache?: boolean;
  /** Where the cache lives (default: `CASCADE_CACHE_DIR`, else `$XDG_CACHE_HOME/cascade` or `~/.cache/cascade`; see `cacheDirectory`). */
  readonly cacheDir?: string;
  /** What earlier loads in this process read, reused for unchanged files (see `ReadMemo`; `cascade check --watch`). */
  readonly memo?: ReadMemo;
  /**
   * What earlier loads in this process built from the memo's reads (places, registry, each
   * document's index), reused where the reads are the same (see `KeptLoad`); only with `memo`.
   */
  readonly kept?: KeptLoad;
}

/** The loaded cascade and every finding of the loader, sorted by file and place. */
export interface LoadResult {
  readonly cascade: Cascade;
  readonly diagnostics: Diagnostic[];
}

interface Validated {
  readonly registries: RegistryInput[];
  readonly known: KnownDocument[];
  readonly documents: Document[];
  /** Ids of documents whose file failed the schema. */
  readonly unverifiable: Set<string>;
}

/** Sorts validated files by kind and records where every model object came from. */
function collect(reads: readonly ReadInput[], positions: Positions, kept?: KeptLoad): Validated {
  const out: Validated = { registries: [], known: [], documents: [], unverifiable: new Set() };
  for (const r of reads) {
    const { content, yaml } = r;
    if (!content || !yaml) {
      if (r.kind === 'document' && r.id) out.unverifiable.add(r.id);
      continue;
    }
    if (!kept?.isBound(r)) positions.bind(content.data, yaml, r.paths);
    if (content.kind === 'registry') out.registries.push({ data: content.data, source: yaml.source, path: r.input.path });
    else if (content.kind === 'known-documents') out.known.push(...content.data.documents);
    else out.documents.push(content.data);
  }
  return out;
}

function duplicateDocument(id: string, place: Place | undefined, first: Place | undefined): Diagnostic {
  const related: Related[] = first ? [{ place: first, message: { vi: 'đã dùng ở đây', en: 'first used here' } }] : [];
  return {
    rule: 'duplicate-document-id',
    severity: 'error',
    message: {
      vi: `Mã văn bản \`${id}\` đã được dùng cho một văn bản khác: văn bản này bị bỏ qua`,
      en: `The document id \`${id}\` is already used by another document: this one is skipped`,
    },
    ...(place ? { place } : {}),
    found: id,
    expected: { vi: 'một mã văn bản chưa dùng', en: 'an unused document id' },
    related,
  };
}

/** Documents (or known documents) by id; a second one with the same id is a finding and is left out. */
function byId<T extends { readonly id: string }>(items: readonly T[], positions: Positions, diagnostics: Diagnostic[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const first = map.get(item.id);
    if (first) diagnostics.push(duplicateDocument(item.id, positions.locate(item, 'id'), positions.locate(first, 'id')));
    else map.set(item.id, item);
  }
  return map;
}

/** Everything read: the user's inputs (with the package's registry unless they bring a whole one) and the package's documents to fall back on. */
interface Reads {
  readonly inputs: ReadInput[];
  readonly fallbacks: ReadInput[];
}

/** Reads the given files and folders, and the package's registry and documents unless a full registry is among them. */
async function readAll(paths: readonly string[], cwd: string, maxBytes: number, diagnostics: Diagnostic[], cache?: ParseCache, memo?: ReadMemo): Promise<Reads> {
  const found = await discoverInputs(paths, cwd);
  const readInput = memo ? memo.read.bind(memo) : readFresh;
  diagnostics.push(...found.diagnostics);
  const keep: TreeBudget = { chars: KEPT_TREE_CHARS };
  const inputs = found.files.map((f) => readInput(f, maxBytes, cache, keep));
  for (const r of inputs) diagnostics.push(...r.diagnostics);
  // A registry naming its units file is a whole registry; otherwise the user's registry files add
  // to the national one shipped with the package (read with the default limit: it is not input).
  const full = inputs.some((r) => r.content?.kind === 'registry' && r.content.data.units !== undefined);
  if (full) return { inputs, fallbacks: [] };
  const limit = Math.max(maxBytes, DEFAULT_MAX_FILE_BYTES);
  const registry = (await packageFiles('registry', cwd, found.realPaths)).map((f) => readInput(f, limit, cache, keep));
  for (const r of registry) diagnostics.push(...r.diagnostics);
  const fallbacks = (await packageFiles('documents', cwd, found.realPaths)).map((f) => readInput(f, limit, cache, keep));
  memo?.retain(new Set([...inputs, ...registry, ...fallbacks].map((r) => r.input.path)));
  return { inputs: [...registry, ...inputs], fallbacks };
}

/** The package's documents the inputs need (see `pickFallbacks`), with the findings of their files. */
function fallbackDocuments(reads: readonly ReadInput[], valid: Validated, positions: Positions, diagnostics: Diagnostic[], kept?: KeptLoad): Document[] {
  const pool = new Map<string, Document>();
  const readOf = new Map<Document, ReadInput>();
  for (const r of reads) {
    if (r.content?.kind !== 'document' || !r.yaml || pool.has(r.content.data.id)) continue;
    pool.set(r.content.data.id, r.content.data);
    readOf.set(r.content.data, r);
  }
  const picked = pickFallbacks(valid.documents, valid.known, pool, valid.unverifiable);
  for (const d of picked) {
    const r = readOf.get(d);
    if (!r?.yaml) continue;
    if (!kept?.isBound(r)) positions.bind(d, r.yaml, r.paths);
    diagnostics.push(...r.diagnostics);
  }
  return picked;
}

/** The registry expanded, its resolver, and the findings of the registry files. */
interface RegistryPhase {
  readonly agencies: Map<string, Agency>;
  readonly groups: Map<string, Group>;
  readonly resolver: AgencyResolver;
  readonly diagnostics: readonly Diagnostic[];
}

/** Expands the registry and checks it (references, group cycles). */
async function registryPhase(inputs: readonly RegistryInput[], positions: Positions): Promise<RegistryPhase> {
  const registry = await buildRegistry(inputs, positions);
  const diagnostics = [...registry.diagnostics, ...checkRegistryRefs(inputs, registry, positions), ...checkGroupCycles(registry.groups, positions)];
  const { agencies, groups } = registry;
  return { agencies, groups, resolver: createAgencyResolver(agencies, groups), diagnostics };
}

/**
 * Loads a cascade from files and folders of YAML: validates every file, expands the registry,
 * resolves agencies, tasks and documents, and reports every problem at once with its place.
 */
export async function loadCascade(paths: readonly string[], opts: LoadOptions = {}): Promise<LoadResult> {
  const cwd = opts.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const kept = opts.memo ? opts.kept : undefined;
  const positions = kept?.positions ?? new Positions();
  const cacheDir = (opts.cache ?? cacheOnByDefault()) ? (opts.cacheDir ?? cacheDirectory()) : undefined;
  const cache = cacheDir !== undefined ? await ParseCache.open(cacheDir, paths.map((p) => resolve(cwd, p)).sort()) : undefined;
  const reads = await readAll(paths, cwd, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, diagnostics, cache, opts.memo);
  await cache?.save();
  const valid = collect(reads.inputs, positions, kept);
  valid.documents.push(...fallbackDocuments(reads.fallbacks, valid, positions, diagnostics, kept));

  const buildPhase = (): Promise<RegistryPhase> => registryPhase(valid.registries, positions);
  const phase = kept ? await kept.registry(valid.registries, buildPhase) : await buildPhase();
  diagnostics.push(...phase.diagnostics);
  const { agencies, groups, resolver } = phase;

  const known = byId(valid.known, positions, diagnostics);
  for (const k of known.values()) {
    if (k.issuer && !agencies.has(k.issuer)) {
      const r = resolver.resolve(k.issuer);
      diagnostics.push(resolver.unknown(k.issuer, { ok: false, suggestions: r.ok ? [r.id] : r.suggestions }, positions.locate(k, 'issuer')));
    }
  }
  const documents = byId(valid.documents, positions, diagnostics);

  const ctx: IndexContext = {
    positions,
    resolver,
    agencyProvince: (id) => agencies.get(id)?.province,
    isAgency: (id) => agencies.has(id),
    agencyOf: (id) => agencies.get(id),
    diagnostics,
  };
  const deadline = createDeadlineChecker(positions);
  const indexOne = (doc: Document): IndexedDocument => {
    const found: Diagnostic[] = [];
    const indexed = indexDocument(doc, { ...ctx, diagnostics: found });
    found.push(...checkFootnotes(doc, positions));
    const deadlines: Diagnostic[] = [];
    for (const t of indexed.tasks) {
      const d = deadline(t.doc, t.task);
      if (d) deadlines.push(d);
    }
    return { ...indexed, diagnostics: found, deadlines };
  };
  const tasks = new Map<string, TaskEntryDraft>();
  const goals = new Map<string, GoalEntry>();
  const deadlines: Diagnostic[] = [];
  for (const doc of documents.values()) {
    const indexed = kept ? kept.index(doc, () => indexOne(doc)) : indexOne(doc);
    for (const t of indexed.tasks) tasks.set(t.ref, t);
    for (const g of indexed.goals) goals.set(g.ref, g);
    diagnostics.push(...indexed.diagnostics);
    deadlines.push(...indexed.deadlines);
  }
  diagnostics.push(...deadlines);

  const links = { positions, documents, known, tasks, goals, unverifiable: valid.unverifiable, diagnostics };
  resolveTaskLinks(links);
  checkDocumentLinks(links);
  diagnostics.push(...checkTaskCycles(tasks, positions), ...checkDocumentCycles(documents, known, positions));

  const cascade = makeCascade({ documents, known, agencies, groups, tasks, goals, positions, resolver });
  return { cascade, diagnostics: sortDiagnostics(diagnostics) };
}
