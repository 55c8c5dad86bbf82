import type { Cascade } from '../load/cascade.js';
import type { Diagnostic, Place } from '../report/diagnostic.js';
import { fileOf } from './files.js';

/** A finding of the audit with what it is about: `doc#task` or `doc`. */
export interface RefFinding {
  readonly at: string;
  readonly diagnostic: Diagnostic;
}

/**
 * Keys the audit's findings by what they are about. A diagnostic that carries `at` (the engine's
 * subject) is taken at its word; otherwise its place decides: the innermost task whose YAML starts
 * at or before the finding's line in the same file, or the document when the finding comes before
 * every task (header keys, citations, `implements`).
 */
export function findingsByRef(cascade: Cascade, diagnostics: readonly Diagnostic[]): FindingIndex {
  // Only the files of findings without a subject (and of their related places) are indexed: the
  // engine has located those already, so no other file is parsed again.
  const needed = new Set<string>();
  for (const d of diagnostics) {
    if (subjectOf(d) === undefined && d.place) needed.add(d.place.file);
    for (const r of d.related ?? []) needed.add(r.place.file);
  }
  const { byFile, starts } = placeIndex(cascade, needed);
  const byRef = new Map<string, RefFinding[]>();
  for (const d of diagnostics) {
    const at = subjectOf(d) ?? (d.place ? byFile.get(d.place.file)?.find(d.place.line) : undefined);
    if (at === undefined) continue;
    const list = byRef.get(at);
    if (list) list.push({ at, diagnostic: d });
    else byRef.set(at, [{ at, diagnostic: d }]);
  }
  return { byRef, taskAt: (place) => starts.get(placeKey(place)) };
}

/** The audit's findings by subject, and the task a place (a finding's related place) is the start of. */
export interface FindingIndex {
  readonly byRef: ReadonlyMap<string, readonly RefFinding[]>;
  taskAt(place: Place): string | undefined;
}

function placeKey(p: Place): string {
  return `${p.file}:${p.line}:${p.column}`;
}

function subjectOf(d: Diagnostic): string | undefined {
  const at = (d as Diagnostic & { readonly at?: unknown }).at;
  return typeof at === 'string' ? at : undefined;
}

/** Task starts of one file, sorted, with the document they belong to. */
class FileIndex {
  constructor(
    private readonly doc: string,
    private readonly starts: readonly { line: number; ref: string }[],
  ) {}

  find(line: number): string {
    let lo = 0;
    let hi = this.starts.length - 1;
    let best: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.starts[mid];
      if (s && s.line <= line) {
        best = s.ref;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best ?? this.doc;
  }
}

function placeIndex(cascade: Cascade, files: ReadonlySet<string>): { byFile: Map<string, FileIndex>; starts: Map<string, string> } {
  const docsIn = new Map<string, string[]>();
  for (const doc of cascade.documents) {
    const file = fileOf(cascade, doc);
    if (file === undefined || !files.has(file)) continue;
    const list = docsIn.get(file) ?? [];
    list.push(doc.id);
    docsIn.set(file, list);
  }
  const wanted = new Set([...docsIn.values()].flat());
  const lines = new Map<string, { line: number; ref: string }[]>();
  const exact = new Map<string, string>();
  for (const entry of cascade.tasks.values()) {
    if (!wanted.has(entry.doc.id)) continue;
    const place = cascade.locate(entry.task);
    if (!place) continue;
    exact.set(placeKey(place), entry.ref);
    const list = lines.get(place.file) ?? [];
    list.push({ line: place.line, ref: entry.ref });
    lines.set(place.file, list);
  }
  const byFile = new Map<string, FileIndex>();
  for (const [file, docs] of docsIn) {
    const list = (lines.get(file) ?? []).sort((a, b) => a.line - b.line);
    byFile.set(file, new FileIndex(docs[0] ?? '', list));
  }
  return { byFile, starts: exact };
}
