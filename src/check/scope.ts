import type { Cascade } from '../load/cascade.js';
import type { Document } from '../model/document.js';
import { docOfRef, linkRef } from './facts.js';

/**
 * The documents whose findings may differ from the last audit's, after a kept process reloaded
 * some files (`check --watch`): the documents that changed, the documents they take up (before and
 * after the edit: the parent's addressees and coverage depend on its answers), the documents citing
 * a changed one (a citation finding points at the cited document's place), and every document
 * below a changed one (what a child is held to comes from all its ancestors: deadlines, targets,
 * goals, fingerprints). `undefined` means "audit everything": the registry changed, a document was
 * added, removed or renamed, or a changed document's head (number, symbol, date, issuer,
 * addressees, citations, implements, goals) differs, which other documents read through
 * citations, answers and symbol codes. Only the body (tasks, their links and deadlines) may
 * differ for a re-check to be scoped.
 */
export function affectedDocuments(before: Cascade, after: Cascade): Set<string> | undefined {
  if (before.agencies !== after.agencies || before.groups !== after.groups || !sameKnown(before, after)) return undefined;
  if (before.documents.length !== after.documents.length || after.documentsById.size !== after.documents.length) return undefined;
  const changed = new Map<string, { old: Document; now: Document }>();
  for (const now of after.documents) {
    const old = before.documentsById.get(now.id);
    if (old === undefined) return undefined;
    if (old === now) continue;
    if (headOf(old) !== headOf(now)) return undefined;
    changed.set(now.id, { old, now });
  }
  const scope = new Set(changed.keys());
  if (changed.size === 0) return scope;
  for (const { old, now } of changed.values()) for (const doc of [old, now]) for (const id of doc.implements) scope.add(id);
  // The documents the changed ones' tasks link to, before and after the edit.
  const changedDocs = new Set([...changed.values()].flatMap((c) => [c.old, c.now]));
  for (const cascade of [before, after]) {
    for (const entry of cascade.tasks.values()) {
      if (!changedDocs.has(entry.doc)) continue;
      for (const link of [...(entry.task.implements ?? []), ...(entry.task.mirrors ?? [])]) scope.add(docOfRef(linkRef(link)));
    }
  }
  // The documents citing a changed one: a citation finding points at the cited document's place.
  for (const doc of after.documents) if (doc.cites.some((c) => changed.has(c.ref))) scope.add(doc.id);
  // Everything below a changed document, through document and task links, in the cascade as it is now.
  const children = childrenOf(after);
  const below = new Set<string>();
  const queue = [...changed.keys()];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of children.get(id) ?? []) {
      if (below.has(child)) continue;
      below.add(child);
      scope.add(child);
      queue.push(child);
    }
  }
  return scope;
}

/** A document without its body: what other documents can read of it. */
function headOf(doc: Document): string {
  const { body: _body, ...head } = doc;
  return JSON.stringify(head);
}

function sameKnown(before: Cascade, after: Cascade): boolean {
  if (before.known === after.known) return true;
  if (before.known.size !== after.known.size) return false;
  for (const [id, doc] of after.known) {
    const old = before.known.get(id);
    if (old !== doc && JSON.stringify(old) !== JSON.stringify(doc)) return false;
  }
  return true;
}

/** Document id → ids of the documents that take it up (by `implements` or by a task's link). */
function childrenOf(cascade: Cascade): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (parent: string, child: string): void => {
    if (parent === child) return;
    let set = out.get(parent);
    if (!set) out.set(parent, (set = new Set()));
    set.add(child);
  };
  for (const doc of cascade.documents) for (const id of doc.implements) add(id, doc.id);
  for (const entry of cascade.tasks.values()) {
    for (const link of entry.task.implements ?? []) add(docOfRef(linkRef(link)), entry.doc.id);
    for (const link of entry.task.mirrors ?? []) add(docOfRef(linkRef(link)), entry.doc.id);
  }
  return out;
}
