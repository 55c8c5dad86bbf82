import type { KnownDocument } from '../model/citation.js';
import type { Document } from '../model/document.js';
import { walkBody } from './walk-body.js';

/** Ids of the documents a document refers to: implements, citations, task links, not_applicable. */
export function referencedDocuments(doc: Document): string[] {
  const ids = new Set<string>(doc.implements);
  for (const c of doc.cites) ids.add(c.ref);
  const docOf = (ref: string): string => ref.slice(0, ref.indexOf('#'));
  for (const na of doc.not_applicable) ids.add(docOf(na.task));
  for (const v of walkBody(doc.body)) {
    if (v.kind !== 'task') continue;
    for (const l of v.node.implements ?? []) ids.add(docOf(typeof l === 'string' ? l : l.task));
    for (const l of v.node.mirrors ?? []) ids.add(docOf(typeof l === 'string' ? l : l.task));
  }
  return [...ids];
}

/**
 * The package's own documents that the inputs need and do not bring themselves: what they (and
 * the known documents) refer to, transitively. Validating one province's letter alone still finds
 * the directive it implements; a document the inputs bring always wins over the package's.
 */
export function pickFallbacks(
  given: readonly Document[],
  known: readonly KnownDocument[],
  pool: ReadonlyMap<string, Document>,
  /** Ids the inputs bring in files that failed validation: theirs, not the package's. */
  broken: ReadonlySet<string> = new Set(),
): Document[] {
  const have = new Set([...given.map((d) => d.id), ...broken]);
  const picked: Document[] = [];
  const queue: string[] = [...given.flatMap(referencedDocuments), ...known.flatMap((k) => k.implements ?? [])];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    const doc = pool.get(id);
    if (!doc || have.has(id)) continue;
    have.add(id);
    picked.push(doc);
    queue.push(...referencedDocuments(doc));
  }
  return picked;
}
