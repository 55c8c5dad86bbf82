import type { Goal, Section, Task } from '../model/body.js';
import type { Agency } from '../model/agency.js';
import type { Document } from '../model/document.js';
import type { AgencyRef } from '../model/task.js';
import type { Diagnostic, Related } from '../report/diagnostic.js';
import type { GoalEntry, TaskEntry } from './cascade.js';
import type { Positions } from './positions.js';
import type { AgencyResolver } from './resolve-agency.js';
import { walkBody } from './walk-body.js';

/** A task entry while the loader fills in its links. */
export interface TaskEntryDraft extends TaskEntry {
  readonly implements: string[];
  readonly mirrors: string[];
}

/** The id an agency reference names (`ref` of the object form). */
export function refText(ref: AgencyRef): string {
  return typeof ref === 'string' ? ref : ref.ref;
}

/** What the loader needs to index one document. */
export interface IndexContext {
  readonly positions: Positions;
  readonly resolver: AgencyResolver;
  readonly agencyProvince: (id: string) => string | undefined;
  readonly isAgency: (id: string) => boolean;
  /** The registry's agency, for what it says of itself (merged into another since 2025). */
  readonly agencyOf?: (id: string) => Agency | undefined;
  /** The date of the document being indexed (set per document). */
  readonly docDate?: string | undefined;
  readonly diagnostics: Diagnostic[];
}

/** Resolves a list of agency references; each unknown one is a finding at its item. */
function resolveList(holder: object, key: string, refs: readonly AgencyRef[] | undefined, province: string | undefined, ctx: IndexContext): string[] {
  const ids: (string | undefined)[] = [];
  const list = refs ?? [];
  list.forEach((ref, i) => {
    const text = refText(ref);
    const r = ctx.resolver.resolve(text, province);
    if (r.ok) {
      ids.push(r.id);
      // Located only when there is something to say: 19,000 tasks name agencies, few merged ones.
      const merged = mergedAgency(r.id, text, ctx, () => ctx.positions.locate(holder, key, i));
      if (merged) ctx.diagnostics.push(merged);
      return;
    }
    // `[ UBND các xã, phường ]`: the comma of one name split it in two items.
    const before = i > 0 && typeof list[i - 1] === 'string' ? `${refText(list[i - 1] as AgencyRef)}, ${text}` : undefined;
    const joined = before !== undefined ? ctx.resolver.resolve(before, province) : undefined;
    if (before !== undefined && joined?.ok) {
      ids[i - 1] = joined.id;
      ids.push(undefined);
      ctx.diagnostics.push(splitName(before, ctx.positions.locate(holder, key, i - 1)));
      return;
    }
    ids.push(undefined);
    ctx.diagnostics.push(ctx.resolver.unknown(text, r, ctx.positions.locate(holder, key, i)));
  });
  return ids.filter((id): id is string => id !== undefined);
}

/** An agency the 2025 reorganisation merged into another, named by a document written after the merger. */
function mergedAgency(id: string, written: string, ctx: IndexContext, placeOf: () => Diagnostic['place']): Diagnostic | undefined {
  const agency = ctx.agencyOf?.(id);
  if (!agency?.merged_into) return undefined;
  // A document from before the merger names the agency of its day.
  if (agency.until !== undefined && (ctx.docDate === undefined || String(ctx.docDate) <= agency.until)) return undefined;
  const successor = ctx.agencyOf?.(agency.merged_into)?.name ?? agency.merged_into;
  const since = agency.until ? ` (${lang2(agency.until)})` : '';
  const place = placeOf();
  return {
    rule: 'agency-merged',
    severity: 'warning',
    message: {
      vi: `${agency.name} đã hợp nhất vào ${successor}${since}; văn bản ban hành sau đó ghi tên cơ quan hiện nay`,
      en: `${agency.name} was merged into ${successor}${since}; a document issued since names the agency of today`,
    },
    ...(place ? { place } : {}),
    found: written,
    expected: { vi: successor, en: successor },
  };
}

/** `2025-02-28` → "đến hết 28/02/2025". */
function lang2(until: string): string {
  const [y, m, d] = until.split('-');
  return `đến hết ${d}/${m}/${y}`;
}

/** A name with a comma written unquoted in a list, which YAML reads as two items. */
function splitName(name: string, place: Diagnostic['place']): Diagnostic {
  return {
    rule: 'agency-name-split',
    severity: 'error',
    message: {
      vi: `Tên \`${name}\` có dấu phẩy nên bị tách thành hai mục: tên có dấu phẩy phải đặt trong dấu nháy, ví dụ ["${name}"]`,
      en: `The name \`${name}\` holds a comma, so the list reads it as two items: put a name with a comma in quotes, e.g. ["${name}"]`,
    },
    ...(place ? { place } : {}),
    found: name,
    expected: { vi: `"${name}"`, en: `"${name}"` },
  };
}

/** Issuer, superior and the follow-up body are ids of agencies (not names, not groups). */
function checkHeaderAgencies(doc: Document, ctx: IndexContext): void {
  for (const key of ['issuer', 'superior', 'follow_up'] as const) {
    const id = doc[key];
    if (id === undefined || ctx.isAgency(id)) continue;
    const r = ctx.resolver.resolve(id);
    const failed = { ok: false as const, suggestions: r.ok ? [r.id] : r.suggestions };
    ctx.diagnostics.push(ctx.resolver.unknown(id, failed, ctx.positions.locate(doc, key)));
  }
}

function duplicateId(id: string, kind: 'task' | 'goal', node: Task | Goal, first: Task | Goal, ctx: IndexContext): Diagnostic {
  const firstPlace = ctx.positions.locate(first, 'task' in first ? 'task' : 'goal');
  const related: Related[] = firstPlace ? [{ place: firstPlace, message: { vi: 'lần đầu ở đây', en: 'first here' } }] : [];
  const place = ctx.positions.locate(node, kind);
  return {
    rule: 'duplicate-task-id',
    severity: 'error',
    message: {
      vi: `Số hiệu \`${id}\` lặp lại trong văn bản: mỗi nhiệm vụ, mục tiêu cần một số hiệu riêng`,
      en: `The id \`${id}\` is repeated in the document: every task and goal needs its own id`,
    },
    ...(place ? { place } : {}),
    found: id,
    expected: { vi: 'một số hiệu chưa dùng trong văn bản này', en: 'an id not yet used in this document' },
    related,
  };
}

/**
 * Indexes the tasks and goals of one document: their refs, their lead (inherited from the enclosing
 * section or task when they name none) and coordinators, resolved to registry ids.
 */
export function indexDocument(doc: Document, shared: IndexContext): { tasks: TaskEntryDraft[]; goals: GoalEntry[] } {
  const ctx: IndexContext = { ...shared, docDate: doc.date === undefined ? undefined : String(doc.date) };
  const province = doc.issuer ? ctx.agencyProvince(doc.issuer) : undefined;
  checkHeaderAgencies(doc, ctx);
  resolveList(doc, 'to', doc.to, province, ctx);
  const leads = new Map<Section | Task, string[]>();
  const seen = new Map<string, Task | Goal>();
  const tasks: TaskEntryDraft[] = [];
  const goals: GoalEntry[] = [];
  const inherited = (ancestors: readonly (Section | Task)[]): string[] => {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const lead = leads.get(ancestors[i] as Section | Task);
      if (lead) return lead;
    }
    return [];
  };
  for (const visit of walkBody(doc.body)) {
    if (visit.kind === 'section') {
      if (visit.node.lead) leads.set(visit.node, resolveList(visit.node, 'lead', visit.node.lead, province, ctx));
    } else if (visit.kind === 'task' || visit.kind === 'goal') {
      const id = visit.kind === 'task' ? visit.node.task : visit.node.goal;
      const first = seen.get(id);
      if (first) {
        ctx.diagnostics.push(duplicateId(id, visit.kind, visit.node, first, ctx));
        continue;
      }
      seen.set(id, visit.node);
      const ref = `${doc.id}#${id}`;
      if (visit.kind === 'goal') {
        goals.push({ ref, doc, goal: visit.node });
        continue;
      }
      const task = visit.node;
      const own = task.lead ? resolveList(task, 'lead', task.lead, province, ctx) : undefined;
      if (own) leads.set(task, own);
      const coordinators = resolveList(task, 'coordinators', task.coordinators, province, ctx);
      const lead = own ?? inherited(visit.ancestors);
      tasks.push({ ref, doc, task, ancestors: visit.ancestors, lead, coordinators, implements: [], mirrors: [] });
    }
  }
  return { tasks, goals };
}
