import type { Cascade, TaskEntry } from '../load/cascade.js';
import { isAppendixRow } from './appendix.js';
import type { Deadline, Verdict } from '../text/deadline-types.js';
import { deadlineText, linksOf, parseField, quote, taskLabel, PARENT_TASK, type CascadeIndex, type Link } from './facts.js';
import type { Pointer, RelatedPointer, RuleContext } from './rule.js';

/** A task and one of its parents, both with a readable deadline. */
export interface DeadlinePair {
  readonly entry: TaskEntry;
  readonly link: Link;
  readonly parent: TaskEntry;
  readonly child: Deadline;
  readonly parentDeadline: Deadline;
  /** Where the child's deadline is written, or its link when the deadline is inherited. */
  readonly at: Pointer;
  /** The parent's deadline, as related information. */
  readonly related: readonly RelatedPointer[];
  /** `(14/CT-TTg 5.b)` */
  readonly parentLabel: string;
}

interface Unreadable {
  readonly entry: TaskEntry;
  readonly parent: TaskEntry;
  readonly phrase: string;
  readonly at: Pointer;
  readonly related: readonly RelatedPointer[];
}

interface Computed {
  readonly pairs: readonly DeadlinePair[];
  readonly unreadable: readonly Unreadable[];
}

// Three rules walk the same pairs: computed once per run (per index) and kind, over the run's scope.
const COMPUTED = new WeakMap<CascadeIndex, Map<Link['kind'], Computed>>();

/**
 * Every (task, parent) pair along one kind of link where both sides have a deadline. A phrase the
 * parser refuses makes its pair not evaluated (the loader reports the phrase itself).
 */
export function deadlinePairs(ctx: RuleContext, kind: Link['kind']): readonly DeadlinePair[] {
  let byKind = COMPUTED.get(ctx.index);
  if (!byKind) COMPUTED.set(ctx.index, (byKind = new Map()));
  let computed = byKind.get(kind);
  if (!computed) byKind.set(kind, (computed = compute(ctx.cascade, ctx.index, kind, ctx.scope)));
  for (const u of computed.unreadable) {
    ctx.cannotEvaluate({ ...u.at, at: u.entry.ref, related: u.related, reason: {
      vi: `Không đọc được thời hạn ${quote(u.phrase)}, nên chưa so được với ${taskLabel(u.parent)}`,
      en: `The deadline ${quote(u.phrase)} could not be read, so it was not compared with ${taskLabel(u.parent)}`,
    } });
  }
  return computed.pairs;
}

function compute(cascade: Cascade, index: CascadeIndex, kind: Link['kind'], scope: ReadonlySet<string> | undefined): Computed {
  const pairs: DeadlinePair[] = [];
  const unreadable: Unreadable[] = [];
  for (const entry of cascade.tasks.values()) {
    if (scope !== undefined && !scope.has(entry.doc.id)) continue;
    const links = linksOf(cascade, entry, kind);
    if (links.length === 0 || entry.task.not_applicable !== undefined) continue;
    const own = index.deadline(entry);
    if (!own) continue;
    const child = parseField(index, own.value);
    for (const link of links) {
      if (!link.parent) continue;
      const theirs = index.deadline(link.parent);
      if (!theirs) continue;
      // A deadline taken from an appendix row that implements the same parent is compared once, at the row.
      if (own.from !== entry && isAppendixRow(own.from) && own.from.implements.includes(link.ref)) continue;
      const at: Pointer = own.from === entry ? { node: entry.task, key: 'deadline' } : { node: entry.task, key: kind, index: link.index };
      const related = [{ node: theirs.from.task, key: 'deadline', message: PARENT_TASK }];
      const parentDeadline = parseField(index, theirs.value);
      if (!child.ok || !parentDeadline.ok) {
        unreadable.push({ entry, parent: link.parent, phrase: deadlineText(child.ok ? theirs.value : own.value), at, related });
        continue;
      }
      pairs.push({ entry, link, parent: link.parent, child: child.value, parentDeadline: parentDeadline.value, at, related,
        parentLabel: `(${taskLabel(link.parent)})` });
    }
  }
  return { pairs, unreadable };
}

/**
 * A comparison remembered per pair of parsed deadlines: the parse cache hands out one object per
 * phrase, so 3,500 letters repeating the same phrases compare each pair once.
 */
export function remembered(compare: (child: Deadline, parent: Deadline) => Verdict): (child: Deadline, parent: Deadline) => Verdict {
  const seen = new WeakMap<Deadline, WeakMap<Deadline, Verdict>>();
  return (child, parent) => {
    let row = seen.get(child);
    if (!row) seen.set(child, (row = new WeakMap()));
    let verdict = row.get(parent);
    if (verdict === undefined) row.set(parent, (verdict = compare(child, parent)));
    return verdict;
  };
}
