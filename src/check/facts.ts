import type { Cascade, TaskEntry } from '../load/cascade.js';
import type { Document } from '../model/document.js';
import type { DeadlineField, TargetField, TaskLink } from '../model/task.js';
import type { Task } from '../model/body.js';
import { parseDeadline } from '../text/deadline.js';
import type { DeadlineResult } from '../text/deadline-types.js';
import { appendixRowsOf } from './appendix.js';

/** A field a task has itself or takes from the nearest enclosing task that has it. */
export interface Inherited<T> {
  readonly value: T;
  /** The task the value is written on. */
  readonly from: TaskEntry;
}

/** Indexes over the cascade shared by every rule of one run, built once (3,500 documents). */
export interface CascadeIndex {
  tasksOf(docId: string): readonly TaskEntry[];
  entryOf(task: Task): TaskEntry | undefined;
  /** The enclosing task, if the task sits inside one. */
  parentOf(entry: TaskEntry): TaskEntry | undefined;
  childrenOf(entry: TaskEntry): readonly TaskEntry[];
  /** Tasks that implement this task ref, across the cascade. */
  implementersOf(ref: string): readonly TaskEntry[];
  lead(entry: TaskEntry): readonly string[];
  deadline(entry: TaskEntry): Inherited<DeadlineField> | undefined;
  target(entry: TaskEntry): Inherited<TargetField> | undefined;
  /** Is the agency one of `ids`, or a member of one of the groups among them? */
  isAmong(agencyId: string, ids: readonly string[], groupsOnly?: boolean): boolean;
  parse(phrase: string): DeadlineResult;
}

/** Builds the indexes of one run. */
export function indexCascade(cascade: Cascade): CascadeIndex {
  const byDoc = new Map<string, TaskEntry[]>();
  const byTask = new Map<Task, TaskEntry>();
  const implementers = new Map<string, TaskEntry[]>();
  for (const entry of cascade.tasks.values()) {
    push(byDoc, entry.doc.id, entry);
    byTask.set(entry.task, entry);
    for (const ref of entry.implements) push(implementers, ref, entry);
  }
  const children = new Map<TaskEntry, TaskEntry[]>();
  const parents = new Map<TaskEntry, TaskEntry>();
  for (const entry of byTask.values()) {
    let parent: TaskEntry | undefined;
    for (let i = entry.ancestors.length - 1; i >= 0 && !parent; i--) {
      const up = entry.ancestors[i];
      if (up && 'task' in up) parent = byTask.get(up);
    }
    if (!parent) continue;
    parents.set(entry, parent);
    push(children, parent, entry);
  }
  const parentOf = (e: TaskEntry): TaskEntry | undefined => parents.get(e);
  const memberSets = new Map<string, ReadonlySet<string>>();
  const membersOf = (group: string): ReadonlySet<string> => {
    let set = memberSets.get(group);
    if (!set) memberSets.set(group, (set = new Set(cascade.members(group))));
    return set;
  };
  const parsed = new Map<string, DeadlineResult>();
  const inherit = <T>(entry: TaskEntry, pick: (e: TaskEntry) => T | undefined): Inherited<T> | undefined => {
    for (let e: TaskEntry | undefined = entry; e; e = parentOf(e)) {
      const value = pick(e);
      if (value !== undefined) return { value, from: e };
    }
    return undefined;
  };
  // A time frame given in an appendix row counts for the body task it belongs to (made per document, on demand).
  const appendixRows = new Map<string, Map<TaskEntry, TaskEntry>>();
  const appendixRowOf = (e: TaskEntry): TaskEntry | undefined => {
    let rows = appendixRows.get(e.doc.id);
    if (!rows) appendixRows.set(e.doc.id, (rows = appendixRowsOf(byDoc.get(e.doc.id) ?? [])));
    return rows.get(e);
  };
  const deadlineOf = (e: TaskEntry): Inherited<DeadlineField> | undefined => {
    for (let x: TaskEntry | undefined = e; x; x = parentOf(x)) {
      if (x.task.deadline !== undefined) return { value: x.task.deadline, from: x };
      const row = appendixRowOf(x);
      if (row?.task.deadline !== undefined) return { value: row.task.deadline, from: row };
    }
    return undefined;
  };
  const none: readonly TaskEntry[] = [];
  return {
    tasksOf: (id) => byDoc.get(id) ?? none,
    entryOf: (task) => byTask.get(task),
    parentOf,
    childrenOf: (e) => children.get(e) ?? none,
    implementersOf: (ref) => implementers.get(ref) ?? none,
    lead: (e) => inherit(e, (x) => (x.lead.length > 0 ? x.lead : undefined))?.value ?? [],
    deadline: deadlineOf,
    target: (e) => inherit(e, (x) => x.task.target),
    isAmong: (agency, ids, groupsOnly = false) =>
      ids.some((id) => (!groupsOnly && id === agency) || (cascade.groups.has(id) && membersOf(id).has(agency))),
    parse: (phrase) => {
      let result = parsed.get(phrase);
      if (!result) parsed.set(phrase, (result = parseDeadline(phrase)));
      return result;
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The phrase of a deadline field as written. */
export function deadlineText(field: DeadlineField): string {
  return typeof field === 'string' ? field : field.text;
}

/** The document of a task ref or of an `at`: `ct-14-ttg` of `ct-14-ttg#2.a` (a document id as it is). */
export function docOfRef(ref: string): string {
  const hash = ref.indexOf('#');
  return hash < 0 ? ref : ref.slice(0, hash);
}

/** The task ref a link points at. */
export function linkRef(link: TaskLink): string {
  return typeof link === 'string' ? link : link.task;
}

/** `14/CT-TTg` for an issued document; its id for a draft, whose number is blank. */
export function docLabel(doc: Document): string {
  const number = doc.number?.trim();
  return number && doc.symbol ? `${number}/${doc.symbol}` : doc.id;
}

/** `14/CT-TTg 2.b/2027`: a task named the way an auditor cites it. */
export function taskLabel(entry: TaskEntry): string {
  return `${docLabel(entry.doc)} ${entry.task.task}`;
}

/** Text quoted in a message: one line, at most `max` characters, in backticks. */
export function quote(text: string, max = 60): string {
  const line = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return `\`${line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line}\``;
}

/** A link from a task to a parent task, with its position in the task's list. */
export interface Link {
  readonly kind: 'implements' | 'mirrors';
  readonly ref: string;
  readonly index: number;
  readonly raw: TaskLink;
  /** The parent, when the cascade has it (the loader reports dangling refs). */
  readonly parent: TaskEntry | undefined;
}

// A dozen rules ask for the same links of 19,000 tasks: each list is made once per cascade.
const LINKS = new WeakMap<Cascade['tasks'], Map<TaskEntry, { implements?: Link[]; mirrors?: Link[] }>>();
const NO_LINKS: Link[] = [];

/** The task's links of one kind, in the order written (shared between callers: do not change it). */
export function linksOf(cascade: Cascade, entry: TaskEntry, kind: Link['kind']): Link[] {
  const written = kind === 'implements' ? entry.task.implements : entry.task.mirrors;
  if (written === undefined || written.length === 0) return NO_LINKS;
  let byEntry = LINKS.get(cascade.tasks);
  if (!byEntry) LINKS.set(cascade.tasks, (byEntry = new Map()));
  let mine = byEntry.get(entry);
  if (!mine) byEntry.set(entry, (mine = {}));
  let links = mine[kind];
  if (!links) {
    links = written.map((raw, index) => {
      const ref = linkRef(raw);
      return { kind, ref, index, raw, parent: cascade.tasks.get(ref) };
    });
    mine[kind] = links;
  }
  return links;
}

/** The start of a task as an auditor recognises it: its printed lead-in (unless it names the lead) and first paragraph. */
export function gist(task: Task, withLeadIn = true): string {
  const first = typeof task.text === 'string' ? task.text : (task.text?.[0] ?? task.title ?? '');
  return task.lead_in && withLeadIn ? `${task.lead_in}: ${first}` : first;
}

/**
 * A deadline field as data: the phrase parsed, then `every` (a rhythm phrase) and `by` (an ISO
 * date) written beside it laid over the result.
 */
export function parseField(index: CascadeIndex, field: DeadlineField): DeadlineResult {
  const base = index.parse(deadlineText(field));
  if (typeof field === 'string' || !base.ok) return base;
  const rhythm = field.every === undefined ? undefined : index.parse(field.every);
  if (rhythm && !rhythm.ok) return rhythm;
  const recurrence = rhythm?.value.recurrence ?? base.value.recurrence;
  const latest = field.by ?? base.value.latest;
  return {
    ok: true,
    value: { ...base.value, ...(recurrence ? { recurrence } : {}), ...(latest ? { latest } : {}) },
  };
}

/** The label attached to a parent task's place. */
export const PARENT_TASK = { vi: 'nhiệm vụ cấp trên', en: 'the parent task' } as const;

/** Related places of the parents a list of links reaches. */
export function parentPlaces(links: readonly Link[], key?: string): { node: object; key?: string; message: typeof PARENT_TASK }[] {
  return links.flatMap((l) => (l.parent ? [{ node: l.parent.task, ...(key ? { key } : {}), message: PARENT_TASK }] : []));
}

/**
 * The body that follows a document up (theo dõi, đôn đốc): its own `follow_up`, else the nearest
 * parent's through `implements` (a province's letter under 14/CT-TTg: Bộ Nội vụ). Reminders are sent
 * from it and reports go to it.
 */
export function followUpOf(cascade: Cascade, doc: Document, seen: Set<string> = new Set()): string | undefined {
  if (doc.follow_up !== undefined) return doc.follow_up;
  seen.add(doc.id);
  for (const id of doc.implements) {
    const parent = cascade.documentsById.get(id);
    if (!parent || seen.has(id)) continue;
    const found = followUpOf(cascade, parent, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `followUpOf` for every document, as the check's JSON carries it. */
export function followUpMap(cascade: Cascade): Record<string, string | null> {
  const of = hasImplementsCycle(cascade) ? (d: Document) => followUpOf(cascade, d) : memoFollowUp(cascade);
  return Object.fromEntries(cascade.documents.map((d) => [d.id, of(d) ?? null]));
}

/**
 * `followUpOf` kept per document: without a cycle the answer of a document does not depend on
 * where the search began (3,321 communes climb to the same 34 plans).
 */
function memoFollowUp(cascade: Cascade): (doc: Document) => string | undefined {
  const memo = new Map<string, string | undefined>();
  const find = (doc: Document): string | undefined => {
    if (memo.has(doc.id)) return memo.get(doc.id);
    let found = doc.follow_up;
    for (const id of doc.implements) {
      if (found !== undefined) break;
      const parent = cascade.documentsById.get(id);
      if (parent) found = find(parent);
    }
    memo.set(doc.id, found);
    return found;
  };
  return find;
}

/** Does a chain of `implements` between modelled documents come back to where it began? */
function hasImplementsCycle(cascade: Cascade): boolean {
  const state = new Map<string, 1 | 2>();
  const visit = (doc: Document): boolean => {
    state.set(doc.id, 1);
    for (const id of doc.implements) {
      const parent = cascade.documentsById.get(id);
      if (!parent) continue;
      const s = state.get(id);
      if (s === 1 || (s === undefined && visit(parent))) return true;
    }
    state.set(doc.id, 2);
    return false;
  };
  return cascade.documents.some((d) => !state.has(d.id) && visit(d));
}
