import { AgencyRegistryFile } from '../model/agency.js';
import { KnownDocument, KnownDocumentsFile } from '../model/citation.js';
import { Document } from '../model/document.js';
import type { Diagnostic, Lang, Place, Related } from '../report/diagnostic.js';
import type { Cascade, GoalEntry } from './cascade.js';
import { checkDeadlines } from './checks/deadlines.js';
import { checkFootnotes } from './checks/footnotes.js';
import { checkDocumentCycles, checkGroupCycles, checkTaskCycles } from './checks/link-cycles.js';
import { checkDocumentLinks, resolveTaskLinks } from './checks/links.js';
import { checkRegistryRefs } from './checks/registry-refs.js';
import { discoverInputs, packageFiles } from './discover.js';
import { pickFallbacks } from './fallback.js';
import { indexDocument, type IndexContext, type TaskEntryDraft } from './index-document.js';
import { makeCascade } from './make-cascade.js';
import { Positions } from './positions.js';
import { DEFAULT_MAX_FILE_BYTES } from './read-text.js';
import { mapLimit, readInput, type ReadInput } from './read-input.js';
import { buildRegistry, type RegistryInput } from './registry.js';
import { createAgencyResolver } from './resolve-agency.js';
import { sortDiagnostics } from './sort.js';
import { zodDiagnostics } from './zod-diagnostics.js';

/** Options of `loadCascade`. */
export interface LoadOptions {
  /** Largest input file read, in bytes (default 1 MiB); a larger one is a finding. */
  readonly maxFileBytes?: number;
  /** Accepted for symmetry with the formatters: findings carry both languages. */
  readonly lang?: Lang;
  /** Folder relative paths start from, and file names in findings are shown relative to (default: the process's). */
  readonly cwd?: string;
}

/** The loaded cascade and every finding of the loader, sorted by file and place. */
export interface LoadResult {
  readonly cascade: Cascade;
  readonly diagnostics: Diagnostic[];
}

// Enough parallel reads to keep the disk busy, few enough never to run out of file descriptors.
const READ_CONCURRENCY = 32;

interface Validated {
  readonly registries: RegistryInput[];
  readonly known: KnownDocument[];
  readonly documents: Document[];
  /** Ids of documents whose file failed the schema. */
  readonly unverifiable: Set<string>;
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as Record<string, unknown>)['id'];
  return typeof id === 'string' ? id : undefined;
}

/** Validates each parsed file with its schema and records where every model object came from. */
function validate(reads: readonly ReadInput[], positions: Positions, diagnostics: Diagnostic[]): Validated {
  const out: Validated = { registries: [], known: [], documents: [], unverifiable: new Set() };
  for (const r of reads) {
    const parsed = r.parsed;
    if (!parsed) continue;
    const { value, doc, source } = parsed;
    const schema = r.kind === 'registry' ? AgencyRegistryFile : r.kind === 'known-documents' ? KnownDocumentsFile : Document;
    const result = schema.safeParse(value);
    if (!result.success) {
      diagnostics.push(...zodDiagnostics(result.error.issues, value, doc, source));
      const id = idOf(value);
      if (r.kind === 'document' && id) out.unverifiable.add(id);
      continue;
    }
    positions.bind(result.data, doc.contents ?? undefined, source, doc);
    if (r.kind === 'registry') out.registries.push({ data: result.data as AgencyRegistryFile, source, path: r.input.path });
    else if (r.kind === 'known-documents') out.known.push(...(result.data as KnownDocumentsFile).documents);
    else out.documents.push(result.data as Document);
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
async function readAll(paths: readonly string[], cwd: string, maxBytes: number, diagnostics: Diagnostic[]): Promise<Reads> {
  const found = await discoverInputs(paths, cwd);
  diagnostics.push(...found.diagnostics);
  const inputs = await mapLimit(found.files, READ_CONCURRENCY, (f) => readInput(f, maxBytes));
  for (const r of inputs) diagnostics.push(...r.diagnostics);
  // A registry naming its units file is a whole registry; otherwise the user's registry files add
  // to the national one shipped with the package (read with the default limit: it is not input).
  const full = inputs.some((r) => r.kind === 'registry' && r.parsed && Object.hasOwn(r.parsed.value as object, 'units'));
  if (full) return { inputs, fallbacks: [] };
  const limit = Math.max(maxBytes, DEFAULT_MAX_FILE_BYTES);
  const registry = await mapLimit(await packageFiles('registry', cwd, found.realPaths), READ_CONCURRENCY, (f) => readInput(f, limit));
  for (const r of registry) diagnostics.push(...r.diagnostics);
  const fallbacks = await mapLimit(await packageFiles('documents', cwd, found.realPaths), READ_CONCURRENCY, (f) => readInput(f, limit));
  return { inputs: [...registry, ...inputs], fallbacks };
}

/** The package's documents the inputs need (see `pickFallbacks`), with the findings of their files. */
function fallbackDocuments(reads: readonly ReadInput[], valid: Validated, positions: Positions, diagnostics: Diagnostic[]): Document[] {
  const pool = new Map<string, Document>();
  const findings = new Map<Document, readonly Diagnostic[]>();
  for (const r of reads) {
    const local: Diagnostic[] = [...r.diagnostics];
    const v = validate([r], positions, local);
    for (const d of v.documents) {
      if (pool.has(d.id)) continue;
      pool.set(d.id, d);
      findings.set(d, local);
    }
  }
  const picked = pickFallbacks(valid.documents, valid.known, pool, valid.unverifiable);
  for (const d of picked) diagnostics.push(...(findings.get(d) ?? []));
  return picked;
}

/**
 * Loads a cascade from files and folders of YAML: validates every file, expands the registry,
 * resolves agencies, tasks and documents, and reports every problem at once with its place.
 */
export async function loadCascade(paths: readonly string[], opts: LoadOptions = {}): Promise<LoadResult> {
  const cwd = opts.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const positions = new Positions();
  const reads = await readAll(paths, cwd, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, diagnostics);
  const valid = validate(reads.inputs, positions, diagnostics);
  valid.documents.push(...fallbackDocuments(reads.fallbacks, valid, positions, diagnostics));

  const registry = await buildRegistry(valid.registries, positions);
  diagnostics.push(...registry.diagnostics, ...checkRegistryRefs(valid.registries, registry, positions));
  diagnostics.push(...checkGroupCycles(registry.groups, positions));
  const { agencies, groups } = registry;
  const resolver = createAgencyResolver(agencies, groups);

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
    diagnostics,
  };
  const tasks = new Map<string, TaskEntryDraft>();
  const goals = new Map<string, GoalEntry>();
  for (const doc of documents.values()) {
    const indexed = indexDocument(doc, ctx);
    for (const t of indexed.tasks) tasks.set(t.ref, t);
    for (const g of indexed.goals) goals.set(g.ref, g);
    diagnostics.push(...checkFootnotes(doc, positions));
  }
  diagnostics.push(...checkDeadlines(tasks.values(), positions));

  const links = { positions, documents, known, tasks, goals, unverifiable: valid.unverifiable, diagnostics };
  resolveTaskLinks(links);
  checkDocumentLinks(links);
  diagnostics.push(...checkTaskCycles(tasks, positions), ...checkDocumentCycles(documents, known, positions));

  const cascade = makeCascade({ documents, known, agencies, groups, tasks, goals, positions, resolver });
  return { cascade, diagnostics: sortDiagnostics(diagnostics) };
}
