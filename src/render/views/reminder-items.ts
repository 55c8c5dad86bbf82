import type { Cascade, TaskEntry } from '../../load/cascade.js';
import type { Document } from '../../model/document.js';
import type { Diagnostic, Lang, Place } from '../../report/diagnostic.js';
import { citation } from './cite.js';
import { taskNamed } from './task-ref.js';

/** One thing a reminder asks an agency to put right. */
export interface ReminderItem {
  /** Registry id (or name as written) of the agency the reminder goes to. */
  readonly agency: string;
  /** Id of the agency that sends the reminder. */
  readonly sender: string;
  /** The document the finding is about. */
  readonly document: string;
  /** Task id within that document, when the finding is about one task. */
  readonly task?: string | undefined;
  /** What is wrong, in words for a letter (`chưa xác định thời hạn hoàn thành`). */
  readonly problem: string;
}

type Wording = (quotes: readonly (string | undefined)[], found: string | undefined) => { readonly vi: string; readonly en: string };

// The audit's messages quote the texts they compare in backticks (`Năm 2027`); a letter needs them in its own words.
const both = (vi: string, en: string) => ({ vi, en });

/** The audit rules a reminder is about — a task missing, late, behind its target, or without lead or deadline — and how a letter words each. */
export const REMINDER_RULES: Readonly<Record<string, Wording>> = {
  'central-task-missing': (_, found) =>
    both(`chưa triển khai nhiệm vụ được giao${found ? ` (${found})` : ''}`, `the assigned task is not cascaded${found ? ` (${found})` : ''}`),
  'deadline-later-than-parent': ([mine, theirs]) =>
    mine && theirs
      ? both(`thời hạn “${mine}” muộn hơn thời hạn cấp trên giao “${theirs}”`, `the deadline “${mine}” is later than the parent’s “${theirs}”`)
      : both('thời hạn hoàn thành muộn hơn thời hạn cấp trên giao', 'the deadline is later than the parent’s'),
  'target-weaker-than-parent': ([target]) =>
    target
      ? both(`chưa bảo đảm chỉ tiêu cấp trên giao “${target}”`, `the parent’s target “${target}” is not met`)
      : both('chưa bảo đảm chỉ tiêu cấp trên giao', 'the parent’s target is not met'),
  'target-weaker-than-goal': ([target, goal]) =>
    target && goal
      ? both(`chỉ tiêu “${target}” thấp hơn mục tiêu “${goal}”`, `the target “${target}” is weaker than the goal “${goal}”`)
      : target
        ? both(`chỉ tiêu “${target}” thấp hơn mục tiêu của Chỉ thị`, `the target “${target}” is weaker than the directive’s goal`)
        : both('chỉ tiêu thấp hơn mục tiêu của Chỉ thị', 'the target is weaker than the directive’s goal'),
  'report-rarer-than-parent': ([mine, theirs]) =>
    mine && theirs
      ? both(`chế độ báo cáo “${mine}” thưa hơn yêu cầu của cấp trên “${theirs}”`, `reports “${mine}”, less often than the parent’s “${theirs}”`)
      : both('chế độ báo cáo thưa hơn yêu cầu của cấp trên', 'reports less often than the parent asks'),
  'task-missing-deadline': () => both('chưa xác định thời hạn hoàn thành', 'no deadline is set'),
  'task-missing-lead': () => both('chưa xác định cơ quan chủ trì', 'no lead agency is named'),
};

/** The texts a message quotes in backticks, in order; a quotation the message cut short (`…`) is left out, since paper never cuts one. */
export function quotesOf(message: string): (string | undefined)[] {
  return [...message.matchAll(/`([^`]+)`/g)].map((m) => (m[1] === undefined || /…$/u.test(m[1]) ? undefined : m[1]));
}

function contains(outer: Place, inner: Place): boolean {
  if (outer.file !== inner.file) return false;
  const endLine = outer.endLine ?? outer.line;
  const after = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const before = inner.line < endLine || (inner.line === endLine && inner.column <= (outer.endColumn ?? Infinity));
  return after && before;
}

/** The innermost task whose YAML holds the place, and else the document. */
export function subjectAt(cascade: Cascade, place: Place): { doc: Document; task?: TaskEntry } | undefined {
  let best: { doc: Document; task?: TaskEntry; line: number } | undefined;
  for (const entry of cascade.tasks.values()) {
    const at = cascade.locate(entry.task);
    if (at && contains(at, place) && (!best || at.line >= best.line)) best = { doc: entry.doc, task: entry, line: at.line };
  }
  if (best) return best;
  const doc = cascade.documents.find((d) => cascade.locate(d)?.file === place.file);
  return doc ? { doc } : undefined;
}

/** Whether a document was issued: it has a number, or its source does not show one (`unknown`). */
export function isIssued(doc: Document): boolean {
  return (doc.number?.trim() ?? '') !== '' || (doc.unknown?.includes('number') ?? false);
}

/** The parent document a finding on `doc` (or on one of its tasks) answers to: the one the task implements, else the document's first parent. */
function parentOf(doc: Document, task: TaskEntry | undefined, cascade: Cascade): Document | undefined {
  const refs = (task?.task.implements ?? []).map((i) => (typeof i === 'string' ? i : i.task).split('#')[0]);
  for (const id of [...refs, ...doc.implements]) {
    const parent = id ? cascade.documentsById.get(id) : undefined;
    if (parent) return parent;
  }
  return undefined;
}

/**
 * What the audit's findings ask of whom. A reminder goes from the body that follows the parent
 * document up (its `follow_up`, else its issuer: Bộ Nội vụ for 14/CT-TTg) to the agency that issued
 * the implementing letter and so owes the task; each item names the task as printed. A gap in the
 * sender's own letter is never sent downward (the drafter sees it in `cascade check`), nor is a
 * draft chased (it is not issued yet), nor a finding that names no task unless it is a parent task
 * left out. Waived findings, information, and rules that are not about carrying out tasks are left out.
 */
export function reminderItems(cascade: Cascade, diagnostics: readonly Diagnostic[], lang: Lang = 'vi'): ReminderItem[] {
  const items: ReminderItem[] = [];
  for (const d of diagnostics) {
    const wording = REMINDER_RULES[d.rule];
    if (!wording || d.waived !== undefined || d.severity === 'info' || !d.place) continue;
    const subject = subjectAt(cascade, d.place);
    const agency = subject?.doc.issuer;
    if (!subject || !agency || !isIssued(subject.doc)) continue;
    const { doc, task } = subject;
    const parent = parentOf(doc, task, cascade);
    const sender = parent ? (parent.follow_up ?? parent.issuer) : undefined;
    if (!parent || !sender || sender === agency) continue;
    const missing = d.rule === 'central-task-missing' ? missingTask(d, cascade) : undefined;
    if (!task && !missing) continue;
    const problem = missing ?? wording(quotesOf(d.message.vi), d.found)[lang];
    items.push({ agency, sender, document: doc.id, task: task?.task.task, problem });
  }
  return items;
}

// `chưa triển khai nhiệm vụ tại điểm c khoản 2 (“…”), thời hạn: Năm 2026 của Chỉ thị số 14/CT-TTg …`.
function missingTask(d: Diagnostic, cascade: Cascade): string | undefined {
  const at = d.related?.[0]?.place;
  const parent = at ? subjectAt(cascade, at) : undefined;
  if (!parent?.task) return undefined;
  return `chưa triển khai ${taskNamed(parent.doc, parent.task.task.task, true)} tại ${citation(parent.doc, cascade)}`;
}
