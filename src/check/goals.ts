import type { Cascade, GoalEntry } from '../load/cascade.js';
import { docOfRef } from './facts.js';
import { hasFacts, targetFacts, type TargetFacts } from './targets.js';

/** A goal above a document, with the facts of its target. */
export interface GoalAbove {
  readonly entry: GoalEntry;
  readonly facts: TargetFacts;
}

/**
 * The goals with a target of every document a document descends from: the ones it implements,
 * and the documents of the tasks its tasks implement or mirror, up to the top. A document's own
 * goals are not among them. Computed once per document and run (3,500 documents share one
 * directive).
 */
export function goalsAboveOf(cascade: Cascade): (docId: string) => readonly GoalAbove[] {
  const own = new Map<string, GoalAbove[]>();
  for (const entry of cascade.goals.values()) {
    if (entry.goal.target === undefined) continue;
    const list = own.get(entry.doc.id) ?? [];
    list.push({ entry, facts: targetFacts(entry.goal.target) });
    own.set(entry.doc.id, list);
  }
  const parents = parentDocs(cascade);
  const memo = new Map<string, readonly GoalAbove[]>();
  const above = (docId: string, path: ReadonlySet<string>): readonly GoalAbove[] => {
    const seen = memo.get(docId);
    if (seen) return seen;
    const out = new Set<GoalAbove>();
    // A cycle is the loader's finding; here it only must not loop.
    const next = new Set([...path, docId]);
    for (const up of parents.get(docId) ?? []) {
      if (next.has(up)) continue;
      for (const g of own.get(up) ?? []) out.add(g);
      for (const g of above(up, next)) out.add(g);
    }
    const list = [...out];
    memo.set(docId, list);
    return list;
  };
  return (docId) => above(docId, new Set());
}

/** Each modelled document's modelled parent documents, through document and task links. */
function parentDocs(cascade: Cascade): Map<string, Set<string>> {
  const parents = new Map<string, Set<string>>();
  const add = (child: string, parent: string): void => {
    if (child === parent || !cascade.documentsById.has(parent)) return;
    const set = parents.get(child) ?? new Set<string>();
    set.add(parent);
    parents.set(child, set);
  };
  for (const doc of cascade.documents) for (const id of doc.implements) add(doc.id, id);
  for (const entry of cascade.tasks.values()) {
    for (const ref of entry.implements) add(entry.doc.id, docOfRef(ref));
    for (const ref of entry.mirrors) add(entry.doc.id, docOfRef(ref));
  }
  return parents;
}

/**
 * The goals a target is held to: those of its kind (a year to reach it by, or a first year of a
 * yearly target); all of them when it gives no year or none is of its kind.
 */
export function goalsFor(target: TargetFacts, goals: readonly GoalAbove[]): GoalAbove[] {
  const comparable = goals.filter((g) => hasFacts(g.facts));
  const sameKind = comparable.filter(
    (g) => (target.by !== undefined && g.facts.by !== undefined) || (target.from !== undefined && g.facts.from !== undefined),
  );
  return sameKind.length > 0 ? sameKind : comparable;
}
