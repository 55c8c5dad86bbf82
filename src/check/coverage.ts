import type { Cascade, TaskEntry } from '../load/cascade.js';
import type { Task } from '../model/body.js';
import type { Document } from '../model/document.js';
import { matchKey } from '../text/normalize.js';
import { isExecutionClause } from '../text/execution-clause.js';
import type { CascadeIndex } from './facts.js';

/**
 * The tasks of `parent` a document issued by `issuer` must carry: leaf tasks (each year of 2.b,
 * not 2.b) addressed to the issuer, by name (`lead: [bo-khcn]`) or through a group it belongs to
 * ("các bộ và UBND các tỉnh", "các sở"); see `owes`. With `cascade`, a duty the text gives other
 * bodies "phối hợp với" the issuer is not the issuer's own.
 */
export function dueTasks(index: CascadeIndex, parent: Document, issuer: string, cascade?: Cascade): TaskEntry[] {
  return leafTasks(index, parent.id).filter((t) => owes(index, t, issuer, cascade));
}

// 3,321 communes ask for the leaf tasks of the same 34 provincial plans: each list is made once per run.
const LEAVES = new WeakMap<CascadeIndex, Map<string, readonly TaskEntry[]>>();

function leafTasks(index: CascadeIndex, docId: string): readonly TaskEntry[] {
  let byDoc = LEAVES.get(index);
  if (!byDoc) LEAVES.set(index, (byDoc = new Map()));
  let leaves = byDoc.get(docId);
  if (!leaves) byDoc.set(docId, (leaves = index.tasksOf(docId).filter((t) => index.childrenOf(t).length === 0)));
  return leaves;
}

/**
 * Does `issuer` owe the task? Yes when the task names it as lead; through a group it belongs to,
 * unless the task is a coordinating duty of other bodies towards it ("Các bộ, ngành liên quan …
 * phối hợp với Bộ X": not Bộ X's task), told by the issuer among the coordinators or named after
 * "phối hợp với" in the text.
 */
export function owes(index: CascadeIndex, entry: TaskEntry, issuer: string, cascade?: Cascade): boolean {
  // "… chịu trách nhiệm thi hành Quyết định này" is discharged by carrying the document out, not by one task.
  if (executionClause(entry)) return false;
  const lead = index.lead(entry);
  if (lead.includes(issuer)) return true;
  if (!index.isAmong(issuer, lead, true)) return false;
  if (entry.coordinators.includes(issuer)) return false;
  return cascade === undefined || !partnerNamed(cascade, entry, issuer);
}

// `owes` runs for every task and every addressee of the national cascade (19,100 tasks, 34 provinces):
// each task's folded text and each agency's folded names are worked out once, not per call. They are
// keyed by the task as read and by the registry's agencies, not by this run's entries: a kept process
// (`check --watch`) reloads only the edited file, so the other tasks and the registry are the same
// objects as last time, and what was worked out for them still holds.
const foldedText = new WeakMap<Task, string>();
const foldedNames = new WeakMap<Cascade['agencies'], Map<string, readonly string[]>>();

const execution = new WeakMap<Task, boolean>();

/** Whether the task is the closing clause on execution, worked out once per task. */
function executionClause(entry: TaskEntry): boolean {
  let is = execution.get(entry.task);
  if (is === undefined) execution.set(entry.task, (is = isExecutionClause(foldedTaskText(entry))));
  return is;
}

function foldedTaskText(entry: TaskEntry): string {
  let text = foldedText.get(entry.task);
  if (text === undefined) {
    const paragraphs = entry.task.text === undefined ? [] : typeof entry.task.text === 'string' ? [entry.task.text] : entry.task.text;
    text = matchKey([entry.task.lead_in ?? '', ...paragraphs].join(' '));
    foldedText.set(entry.task, text);
  }
  return text;
}

function foldedAgencyNames(cascade: Cascade, id: string): readonly string[] {
  let byId = foldedNames.get(cascade.agencies);
  if (!byId) foldedNames.set(cascade.agencies, (byId = new Map()));
  let names = byId.get(id);
  if (names === undefined) {
    const agency = cascade.agencies.get(id);
    names = [agency?.name, ...(agency?.variants ?? [])].filter((n): n is string => n !== undefined && n.length > 3).map(matchKey);
    byId.set(id, names);
  }
  return names;
}

/** Is the issuer named as the partner in "phối hợp với <issuer>" in the task's text? */
function partnerNamed(cascade: Cascade, entry: TaskEntry, issuer: string): boolean {
  const text = foldedTaskText(entry);
  if (!text.includes('phối hợp với')) return false;
  return foldedAgencyNames(cascade, issuer).some((n) => text.includes(`phối hợp với ${n}`));
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
