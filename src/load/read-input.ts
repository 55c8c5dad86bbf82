import { LineCounter } from 'yaml';
import { AgencyRegistryFile } from '../model/agency.js';
import { KnownDocumentsFile } from '../model/citation.js';
import { Document } from '../model/document.js';
import type { Diagnostic } from '../report/diagnostic.js';
import type { InputFile } from './discover.js';
import { readFast } from './fast-yaml.js';
import { LightTree } from './light-tree.js';
import { cacheKey, type CachedRead, type ParseCache } from './parse-cache.js';
import { mayHoldControlChars, parseYaml, toNfc } from './parse-yaml.js';
import { salvage, type Path } from './salvage.js';
import { YamlFile } from './positions.js';
import { readBytes, textOf } from './read-text.js';
import { textOverLimit, tooManyTasks } from './input-limits.js';
import { emptyDocumentProblem } from './empty-document.js';
import { lineCounterOf, type Source } from './source.js';
import { zodDiagnostics } from './zod-diagnostics.js';

/** What a file holds, told by its top-level keys. */
export type InputKind = 'registry' | 'known-documents' | 'document';

/** A file's content after validation, by kind. */
export type Content =
  | { readonly kind: 'registry'; readonly data: AgencyRegistryFile }
  | { readonly kind: 'known-documents'; readonly data: KnownDocumentsFile }
  | { readonly kind: 'document'; readonly data: Document };

/** One input file after reading, parsing and validating. */
export interface ReadInput {
  readonly input: InputFile;
  readonly kind: InputKind;
  /** The validated content, when the file passed its schema. */
  readonly content: Content | undefined;
  /** The file, for places inside it (its YAML tree is rebuilt on demand). */
  readonly yaml: YamlFile | undefined;
  /** The `id` a document file gives itself, even when it fails its schema. */
  readonly id: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** For a file that failed its schema and was salvaged: the path in the file of each object. */
  readonly paths?: WeakMap<object, Path>;
}

const REGISTRY_KEYS = ['agencies', 'groups', 'provincial', 'units'] as const;

/** A registry file has `agencies`, `groups`, `provincial` (or `units`); a known-documents file `documents`; else a document. */
export function classify(value: unknown): InputKind {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'document';
  if (REGISTRY_KEYS.some((k) => Object.hasOwn(value, k))) return 'registry';
  if (Object.hasOwn(value, 'documents')) return 'known-documents';
  return 'document';
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as Record<string, unknown>)['id'];
  return typeof id === 'string' ? id : undefined;
}

type Issues = Parameters<typeof zodDiagnostics>[0];

function validate(kind: InputKind, value: unknown): { content?: Content; issues?: Issues } {
  if (kind === 'registry') {
    const r = AgencyRegistryFile.safeParse(value);
    return r.success ? { content: { kind, data: r.data } } : { issues: r.error.issues };
  }
  if (kind === 'known-documents') {
    const r = KnownDocumentsFile.safeParse(value);
    return r.success ? { content: { kind, data: r.data } } : { issues: r.error.issues };
  }
  const r = Document.safeParse(value);
  return r.success ? { content: { kind, data: r.data } } : { issues: r.error.issues };
}

/** The file without its bad parts, validated (see `salvage`); `value` is changed in place. */
function salvageContent(kind: InputKind, value: unknown, issues: Issues): { content: Content; paths: WeakMap<object, Path> } | undefined {
  if (kind === 'registry') {
    const s = salvage(value, issues, AgencyRegistryFile);
    return s && { content: { kind, data: s.data }, paths: s.paths };
  }
  if (kind === 'known-documents') {
    const s = salvage(value, issues, KnownDocumentsFile);
    return s && { content: { kind, data: s.data }, paths: s.paths };
  }
  const s = salvage(value, issues, Document);
  return s && { content: { kind, data: s.data }, paths: s.paths };
}

function unreadable(input: InputFile, e: unknown): ReadInput {
  const why = e instanceof Error ? e.message : String(e);
  return {
    input,
    kind: 'document',
    content: undefined,
    yaml: undefined,
    id: undefined,
    diagnostics: [
      {
        rule: 'file-unreadable',
        severity: 'error',
        message: { vi: `Không đọc được tệp: ${why}`, en: `Cannot read the file: ${why}` },
        place: { file: input.file, line: 1, column: 1 },
      },
    ],
  };
}

/** What the fast reader made of a file: the file read, or the light tree to keep for its places. */
interface Clean {
  readonly read?: ReadInput;
  /** The fast reader's tree of a file that failed its schema; null when js-yaml could not take it. */
  readonly tree: LightTree | null;
}

/**
 * A file js-yaml reads exactly as the `yaml` package would (see `readFast`), that passes its
 * schema: most files of a national cascade, read in a tenth of the time. Any other file is read
 * again with `yaml`, for its findings.
 */
function readClean(input: InputFile, text: string): Clean {
  if (mayHoldControlChars(text)) return { tree: null };
  const fast = readFast(text);
  if (!fast) return { tree: null };
  // As `parseYaml` does: most files are NFC already, and their value need not be copied.
  const value = text.normalize('NFC') === text ? fast.value : toNfc(fast.value);
  const kind = classify(value);
  const { content, issues } = validate(kind, value);
  if (issues) return { tree: fast.tree };
  const yaml = new YamlFile({ file: input.file, text, lines: lineCounterOf(text) }, fast.tree);
  return { read: { input, kind, content, yaml, id: kind === 'document' ? idOf(value) : undefined, diagnostics: [] }, tree: fast.tree };
}

/**
 * A file read from the cache: its text is decoded only if a place needs the `yaml` tree, and its
 * line index comes from the cache when it has one.
 */
function fromCache(input: InputFile, bytes: Buffer, hit: CachedRead): ReadInput {
  const { tree, lines: starts, ...read } = hit;
  let text: string | undefined;
  const textOfBytes = (): string => {
    if (text !== undefined) return text;
    const decoded = textOf(bytes, input.file);
    // The bytes were text when they were cached, and they are the same bytes.
    return (text = 'text' in decoded ? decoded.text : '');
  };
  let lines: LineCounter | undefined;
  const source: Source = {
    file: input.file,
    get text() {
      return textOfBytes();
    },
    // The bytes are UTF-8 (they were text when cached): a needle's UTF-8 is in them exactly when it is in the text.
    includes: (needle) => (text !== undefined ? text.includes(needle) : bytes.includes(needle, 0, 'utf8')),
    get lines() {
      if (lines) return lines;
      if (starts) {
        lines = new LineCounter();
        lines.lineStarts = Array.from(starts);
        return lines;
      }
      return (lines = lineCounterOf(textOfBytes()));
    },
  };
  return { input, ...read, yaml: new YamlFile(source, tree ? new LightTree(tree) : undefined) };
}

/** How much source text the YAML trees kept for places may stand for, over one load (see `readInput`). */
export interface TreeBudget {
  chars: number;
}

/** Source text of kept trees, per load: a tree takes about 13 times its text in memory. */
export const KEPT_TREE_CHARS = 2_000_000;

/**
 * Reads, parses and validates one file; never throws for a bad file (an unreadable one is a
 * finding). Places come from the fast reader's light tree, or for a file only the `yaml` package
 * reads, from its YAML tree: kept while `keep` allows (they are few, and nearly every file has a
 * finding to place), else dropped and parsed again on demand. Synchronous: the work is CPU-bound
 * and the files are small.
 */
export function readInput(input: InputFile, maxBytes: number, cache?: ParseCache, keep?: TreeBudget): ReadInput {
  try {
    const read = readBytes(input.path, input.file, maxBytes);
    if (!('bytes' in read)) return { input, kind: 'document', content: undefined, yaml: undefined, id: undefined, diagnostics: read.diagnostics };
    const key = cache ? cacheKey(read.bytes, input.file) : '';
    const hit = cache?.get(key);
    if (hit) return fromCache(input, read.bytes, hit);
    const text = textOf(read.bytes, input.file);
    if (!('text' in text)) return { input, kind: 'document', content: undefined, yaml: undefined, id: undefined, diagnostics: emptyDocumentProblem(input.file, text.diagnostics) };
    const over = textOverLimit(input.file, text.text);
    if (over) return { input, kind: 'document', content: undefined, yaml: undefined, id: undefined, diagnostics: [over] };
    const clean = readClean(input, text.text);
    const crowded = clean.read?.content?.kind === 'document' ? tooManyTasks(input.file, clean.read.content.data.body) : undefined;
    if (crowded) return { input, kind: 'document', content: undefined, yaml: undefined, id: clean.read?.id, diagnostics: [crowded] };
    if (clean.read) {
      const { kind, content, id, diagnostics, yaml } = clean.read;
      cache?.set(key, { kind, content, id, diagnostics, ...(clean.tree ? { tree: clean.tree.data, lines: yaml?.source.lines.lineStarts ?? [] } : {}) });
      return clean.read;
    }
    const parsed = parseYaml(input.file, text.text);
    const kept = !clean.tree && keep !== undefined && keep.chars >= text.text.length;
    if (kept) keep.chars -= text.text.length;
    const yaml = new YamlFile(parsed.source, clean.tree, kept ? parsed.doc : undefined);
    const kind = classify(parsed.value);
    const id = kind === 'document' ? idOf(parsed.value) : undefined;
    const { content, issues } = parsed.ok ? validate(kind, parsed.value) : {};
    const tooMany = content?.kind === 'document' ? tooManyTasks(input.file, content.data.body) : undefined;
    if (tooMany) return { input, kind, content: undefined, yaml, id, diagnostics: [tooMany] };
    if (!issues) {
      const found = emptyDocumentProblem(input.file, parsed.diagnostics);
      cache?.set(key, { kind, content, id, diagnostics: found });
      return { input, kind, content, yaml, id, diagnostics: found };
    }
    // Findings first (they read the value as written), then what can be kept of the file. A
    // salvaged file is not cached: its objects are not where its content says.
    const diagnostics = [...parsed.diagnostics, ...zodDiagnostics(issues, parsed.value, parsed.doc, parsed.source)];
    const salvaged = salvageContent(kind, parsed.value, issues);
    return { input, kind, content: salvaged?.content, yaml, id, diagnostics, ...(salvaged ? { paths: salvaged.paths } : {}) };
  } catch (e) {
    return unreadable(input, e);
  }
}
