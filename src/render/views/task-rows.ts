import type { Node, Task } from '../../model/body.js';
import type { Document } from '../../model/document.js';
import type { AgencyRef } from '../../model/task.js';
import { joinAgencies, nameAgency, type AgencyRegistry } from '../agencies.js';
import { inlineMarkdown } from '../escape.js';
import { paragraphs } from './body.js';
import { deadlineText } from './fields.js';

/** One task as a row of an assignment table: every value plain text, not yet escaped. */
export interface TaskRow {
  readonly id: string;
  /** `doc-id#task-id`, as the audit names it. */
  readonly ref: string;
  /** What the task is: its title, or its lead-in and first paragraph (footnote marks removed). */
  readonly task: string;
  readonly lead: string;
  /** Registry id of the first lead agency, when known: what reminders group by. */
  readonly leadId: string | undefined;
  readonly coordinators: string;
  readonly deadline: string;
  readonly products: string;
}

// A footnote mark belongs to the letter's text; in a table cell it would point nowhere.
const FOOTNOTE_REF = /\[\^[^\]]+\]/g;

function taskText(t: Task): string {
  if (t.title) return t.title;
  const first = paragraphs(t.text)[0] ?? '';
  const text = t.lead_in ? `${t.lead_in}: ${first}` : first;
  return inlineMarkdown(text.replace(FOOTNOTE_REF, ''));
}

function row(doc: Document, t: Task, lead: readonly AgencyRef[], registry: AgencyRegistry): TaskRow {
  const named = lead.map((r) => nameAgency(r, registry));
  return {
    id: t.task,
    ref: `${doc.id}#${t.task}`,
    task: taskText(t),
    lead: joinAgencies(named),
    leadId: named[0]?.id,
    coordinators: joinAgencies((t.coordinators ?? []).map((r) => nameAgency(r, registry))),
    deadline: t.deadline ? deadlineText(t.deadline) : '',
    products: (t.products ?? []).join('; '),
  };
}

function collect(doc: Document, nodes: readonly Node[], lead: readonly AgencyRef[], registry: AgencyRegistry, out: TaskRow[]): void {
  for (const n of nodes) {
    if ('section' in n) collect(doc, n.items ?? [], n.lead ?? lead, registry, out);
    else if ('task' in n) {
      const own = n.lead ?? lead;
      const subtasks = (n.items ?? []).some((c) => 'task' in c);
      // A task split into sub-tasks (the years under 2.b) is listed by its parts.
      if (!subtasks && !n.not_applicable) out.push(row(doc, n, own, registry));
      collect(doc, n.items ?? [], own, registry, out);
    }
  }
}

/** A task of a document by its id, wherever it sits in the body. */
export function findTask(nodes: readonly Node[], id: string): Task | undefined {
  for (const n of nodes) {
    if ('task' in n && n.task === id) return n;
    const inner = 'items' in n && n.items ? findTask(n.items, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** What a task is, in one line: its title, or its lead-in and first paragraph. */
export function taskGist(t: Task): string {
  return taskText(t);
}

/**
 * The tasks of a document as table rows, in the order of the text: a task's lead is its own or
 * its section's (An Giang's "2. Sở KH&CN:"); tasks split into sub-tasks are listed by the parts.
 */
export function taskRows(doc: Document, registry: AgencyRegistry): TaskRow[] {
  const out: TaskRow[] = [];
  collect(doc, doc.body, [], registry, out);
  return out;
}
