import type { FieldsPrint, FieldStyle, Task } from '../../model/body.js';
import type { DeadlineField } from '../../model/task.js';
import { nfc } from '../../text/normalize.js';
import { joinAgencies, nameAgency, type AgencyRegistry } from '../agencies.js';
import { escapeMarkdown } from '../escape.js';

type FieldKey = 'lead' | 'coordinators' | 'deadline';

/** The labels a document prints when it does not word them itself. */
export const DEFAULT_LABELS: Readonly<Record<FieldKey, string>> = {
  lead: 'Cơ quan chủ trì',
  coordinators: 'Cơ quan phối hợp',
  deadline: 'Thời gian thực hiện',
};

interface Resolved {
  readonly style: FieldStyle;
  readonly labels: Record<FieldKey, string>;
  readonly inline: ReadonlySet<FieldKey>;
}

/** The task's print settings over the document's, key by key. */
function resolve(doc: FieldsPrint | undefined, task: FieldsPrint | undefined): Resolved {
  const pick = (k: FieldKey) => task?.[k] ?? doc?.[k] ?? DEFAULT_LABELS[k];
  return {
    style: task?.style ?? doc?.style ?? 'letters',
    labels: { lead: pick('lead'), coordinators: pick('coordinators'), deadline: pick('deadline') },
    inline: new Set(task?.inline ?? doc?.inline ?? []),
  };
}

/** The phrase of a deadline as written, its first letter capitalised. */
export function deadlineText(d: DeadlineField): string {
  const t = nfc(typeof d === 'string' ? d : d.text).trim();
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

function withPeriod(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

const LETTERS = 'abcdefghiklmnopqrstuvxy';

/**
 * The field lines printed under a task, as Markdown paragraphs, in the document's style:
 * `letters` → `a) Cơ quan thực hiện: Sở Nội vụ.` (one paragraph each, lettered in order);
 * `dashes` → `- Cơ quan thực hiện: …` (one list); `plain` → `Thời gian hoàn thành: **Trong tháng 6/2026.**`,
 * the value in bold as An Giang prints it. Fields in `inline` are already in the text.
 */
export function fieldLines(task: Task, docFields: FieldsPrint | undefined, registry: AgencyRegistry): string[] {
  const r = resolve(docFields, task.fields);
  const values: [FieldKey, string][] = [];
  const agencies = (refs: Task['lead']) => joinAgencies((refs ?? []).map((ref) => nameAgency(ref, registry)));
  if (task.lead && task.lead.length > 0 && !r.inline.has('lead')) values.push(['lead', agencies(task.lead)]);
  if (task.coordinators && task.coordinators.length > 0 && !r.inline.has('coordinators')) values.push(['coordinators', agencies(task.coordinators)]);
  if (task.deadline && !r.inline.has('deadline')) values.push(['deadline', deadlineText(task.deadline)]);
  const lines = values.map(([k, v]) => ({ label: escapeMarkdown(r.labels[k]), value: escapeMarkdown(withPeriod(v)) }));
  if (r.style === 'letters') return lines.map((l, i) => `${LETTERS[i] ?? '-'}) ${l.label}: ${l.value}`);
  if (r.style === 'plain') return lines.map((l) => `${l.label}: **${l.value}**`);
  return lines.length > 0 ? [lines.map((l) => `- ${l.label}: ${l.value}`).join('\n')] : [];
}
