import type { Cascade } from '../load/cascade.js';
import type { Document } from '../model/document.js';
import { deadlineText } from '../render/views/fields.js';
import type { FigureTarget } from './target.js';

/**
 * The task of a letter that carries the figures' target: the first one implementing a task of the
 * goal's document with a deadline in the target's year (Gia Lai's 2.1 for goal 1.a, "Năm 2026").
 * A reminder names it as the letter prints it; undefined when no task fits.
 */
export function goalTask(cascade: Pick<Cascade, 'tasks'>, letter: Document, target: FigureTarget): string | undefined {
  const goalDoc = target.source.split('#')[0] ?? '';
  const year = target.by.slice(0, 4);
  for (const entry of cascade.tasks.values()) {
    if (entry.doc.id !== letter.id) continue;
    const refs = (entry.task.implements ?? []).map((i) => (typeof i === 'string' ? i : i.task));
    const deadline = entry.task.deadline ? deadlineText(entry.task.deadline) : '';
    if (refs.some((r) => r.startsWith(`${goalDoc}#`)) && deadline.includes(year)) return entry.task.task;
  }
  return undefined;
}
