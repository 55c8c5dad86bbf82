import type { Cascade, TaskEntry } from '../../load/cascade.js';
import type { Document } from '../../model/document.js';
import type { Diagnostic, Lang, Place } from '../../report/diagnostic.js';

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

type Wording = (quotes: readonly string[], found: string | undefined) => { readonly vi: string; readonly en: string };

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
      : both('chỉ tiêu thấp hơn mục tiêu của Chỉ thị', 'the target is weaker than the directive’s goal'),
  'report-rarer-than-parent': ([mine, theirs]) =>
    mine && theirs
      ? both(`chế độ báo cáo “${mine}” thưa hơn yêu cầu của cấp trên “${theirs}”`, `reports “${mine}”, less often than the parent’s “${theirs}”`)
      : both('chế độ báo cáo thưa hơn yêu cầu của cấp trên', 'reports less often than the parent asks'),
  'task-missing-deadline': () => both('chưa xác định thời hạn hoàn thành', 'no deadline is set'),
  'task-missing-lead': () => both('chưa xác định cơ quan chủ trì', 'no lead agency is named'),
};

/** The texts a message quotes in backticks, in order. */
export function quotesOf(message: string): string[] {
  return [...message.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
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

function parentIssuer(doc: Document, cascade: Cascade): string | undefined {
  for (const id of doc.implements) {
    const issuer = cascade.documentsById.get(id)?.issuer ?? cascade.known.get(id)?.issuer;
    if (issuer) return issuer;
  }
  return undefined;
}

/**
 * What the audit's findings ask of whom. A finding on a task goes from the document's issuer to
 * each of the task's lead agencies (the issuer itself when the task names none); a finding on the document
 * (a central task not cascaded) goes from the parent's issuer to the document's issuer. Waived
 * findings, information, and rules that are not about carrying out tasks are left out.
 */
export function reminderItems(cascade: Cascade, diagnostics: readonly Diagnostic[], lang: Lang = 'vi'): ReminderItem[] {
  const items: ReminderItem[] = [];
  for (const d of diagnostics) {
    const wording = REMINDER_RULES[d.rule];
    if (!wording || d.waived !== undefined || d.severity === 'info' || !d.place) continue;
    const subject = subjectAt(cascade, d.place);
    const issuer = subject?.doc.issuer;
    if (!subject || !issuer) continue;
    const { doc, task } = subject;
    const sender = task ? issuer : parentIssuer(doc, cascade);
    if (!sender) continue;
    const problem = wording(quotesOf(d.message.vi), d.found)[lang];
    // A task led by several agencies is put to each of them.
    const agencies = task && task.lead.length > 0 ? task.lead : [issuer];
    for (const a of agencies) items.push({ agency: a, sender, document: doc.id, task: task?.task.task, problem });
  }
  return items;
}
