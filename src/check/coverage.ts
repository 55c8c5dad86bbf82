import type { TaskEntry } from '../load/cascade.js';
import type { Document } from '../model/document.js';
import type { CascadeIndex } from './facts.js';

/**
 * The tasks of `parent` a document issued by `issuer` must carry: leaf tasks (each year of 2.b,
 * not 2.b) whose lead is a group the issuer belongs to ("các bộ và UBND các tỉnh", "các sở").
 */
export function dueTasks(index: CascadeIndex, parent: Document, issuer: string): TaskEntry[] {
  return index
    .tasksOf(parent.id)
    .filter((t) => index.childrenOf(t).length === 0 && index.isAmong(issuer, index.lead(t), true));
}

/** Task refs a document carries: implemented by one of its tasks, or declared not applicable. */
export function carriedRefs(index: CascadeIndex, doc: Document, kinds: readonly ('implements' | 'mirrors')[] = ['implements']): Set<string> {
  const refs = new Set(doc.not_applicable.map((n) => n.task));
  for (const entry of index.tasksOf(doc.id)) for (const kind of kinds) for (const ref of entry[kind]) refs.add(ref);
  return refs;
}

/** Is the task carried, itself or through a task enclosing it (a link to 2.b carries 2.b/2027)? */
export function isCarried(index: CascadeIndex, task: TaskEntry, refs: ReadonlySet<string>): boolean {
  for (let t: TaskEntry | undefined = task; t; t = index.parentOf(t)) if (refs.has(t.ref)) return true;
  return false;
}
