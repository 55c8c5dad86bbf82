import type { Cascade, TaskEntry } from '../load/cascade.js';

/** A central task a local task carries, and how: by implementing it, or by mirroring it somewhere on the way up. */
export interface Carry {
  readonly row: string;
  readonly how: 'implements' | 'mirrors';
}

/** Which rows (leaf tasks of the root) each task of the cascade carries, following links upward. */
export interface CarrierIndex {
  carried(ref: string): readonly Carry[];
  /** The rows a ref of the root stands for: itself if a leaf, its leaves if a heading (2.b → 2.b/2026, …). */
  leavesOf(ref: string): readonly string[];
}

/**
 * Builds the closure lazily, memoised by task ref: a commune task implementing a provincial task
 * that implements 2.b/2026 carries 2.b/2026; a link through a mirror makes the whole chain a mirror.
 */
export function carrierIndex(cascade: Cascade, rootId: string, rootTasks: readonly TaskEntry[]): CarrierIndex {
  const leaves = rootLeaves(rootTasks);
  const memo = new Map<string, readonly Carry[]>();
  const visiting = new Set<string>();
  const carried = (ref: string): readonly Carry[] => {
    const known = memo.get(ref);
    if (known) return known;
    const entry = cascade.tasks.get(ref);
    if (!entry || visiting.has(ref)) return [];
    visiting.add(ref);
    const out = new Map<string, Carry>();
    const add = (row: string, how: Carry['how']): void => {
      // Implementing wins over mirroring when a task does both for the same row.
      if (out.get(row)?.how !== 'implements') out.set(row, { row, how });
    };
    for (const [links, how] of [[entry.implements, 'implements'], [entry.mirrors, 'mirrors']] as const) {
      for (const parent of links) {
        if (parent.startsWith(`${rootId}#`)) for (const row of leaves.get(parent) ?? []) add(row, how);
        else for (const c of carried(parent)) add(c.row, how === 'mirrors' ? 'mirrors' : c.how);
      }
    }
    visiting.delete(ref);
    const list = [...out.values()];
    memo.set(ref, list);
    return list;
  };
  return { carried, leavesOf: (ref) => leaves.get(ref) ?? [] };
}

/** Root task ref → its leaf refs, for every task of the root. */
function rootLeaves(tasks: readonly TaskEntry[]): Map<string, string[]> {
  const enclosing = new Map<string, string[]>();
  const leafRefs = tasks.filter((t) => !tasks.some((o) => o !== t && o.ancestors.includes(t.task))).map((t) => t.ref);
  const byTask = new Map(tasks.map((t) => [t.task as object, t.ref]));
  const out = new Map<string, string[]>();
  for (const leaf of leafRefs) out.set(leaf, [leaf]);
  for (const t of tasks) {
    if (!leafRefs.includes(t.ref)) continue;
    for (const a of t.ancestors) {
      const ref = byTask.get(a);
      if (ref === undefined) continue;
      const list = enclosing.get(ref) ?? [];
      list.push(t.ref);
      enclosing.set(ref, list);
    }
  }
  for (const [ref, list] of enclosing) out.set(ref, list);
  return out;
}
