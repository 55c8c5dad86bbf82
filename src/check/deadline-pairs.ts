import type { TaskEntry } from '../load/cascade.js';
import type { Deadline } from '../text/deadline-types.js';
import { deadlineText, linksOf, parseField, quote, taskLabel, PARENT_TASK, type Link } from './facts.js';
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

/**
 * Every (task, parent) pair along one kind of link where both sides have a deadline. A phrase the
 * parser refuses makes its pair not evaluated (the loader reports the phrase itself).
 */
export function deadlinePairs(ctx: RuleContext, kind: Link['kind']): DeadlinePair[] {
  const { cascade, index } = ctx;
  const pairs: DeadlinePair[] = [];
  for (const entry of cascade.tasks.values()) {
    const links = linksOf(cascade, entry, kind);
    if (links.length === 0 || entry.task.not_applicable !== undefined) continue;
    const own = index.deadline(entry);
    if (!own) continue;
    const child = parseField(index, own.value);
    for (const link of links) {
      if (!link.parent) continue;
      const theirs = index.deadline(link.parent);
      if (!theirs) continue;
      const at: Pointer = own.from === entry ? { node: entry.task, key: 'deadline' } : { node: entry.task, key: kind, index: link.index };
      const related = [{ node: theirs.from.task, key: 'deadline', message: PARENT_TASK }];
      const parentDeadline = parseField(index, theirs.value);
      if (!child.ok || !parentDeadline.ok) {
        const phrase = deadlineText(child.ok ? theirs.value : own.value);
        ctx.cannotEvaluate({ ...at, at: entry.ref, related, reason: {
          vi: `Không đọc được thời hạn ${quote(phrase)}, nên chưa so được với ${taskLabel(link.parent)}`,
          en: `The deadline ${quote(phrase)} could not be read, so it was not compared with ${taskLabel(link.parent)}`,
        } });
        continue;
      }
      pairs.push({ entry, link, parent: link.parent, child: child.value, parentDeadline: parentDeadline.value, at, related,
        parentLabel: `(${taskLabel(link.parent)})` });
    }
  }
  return pairs;
}
