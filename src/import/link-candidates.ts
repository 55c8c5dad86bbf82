import type { TaskEntry } from '../load/cascade.js';
import type { Task } from '../model/body.js';
import { parseDeadline, type Deadline } from '../text/deadline.js';
import { matchKey } from '../text/normalize.js';
import { isExecutionClause } from '../text/execution-clause.js';
import { namesOf, opensWithName } from './addressed.js';
import { seatOf } from '../text/party-body.js';
import type { ImportContext } from './context.js';
import { plain } from './markdown.js';
import type { TermWeights } from './similarity.js';

/** A parent task as the linker weighs it. */
export interface Candidate {
  readonly entry: TaskEntry;
  readonly ref: string;
  /** Its wording, with the task it sits under. */
  readonly bag: Map<string, number>;
  /** Its numbered parts ("(1) …", "(2) …"), each on its own. */
  readonly parts: Map<string, number>[];
  /** The years of an item of a task split by year. */
  readonly years: YearRange | undefined;
  /** A task split by year ("2.b" over "2.b/2026"…). */
  readonly splitParent: boolean;
  /** Its leads, a Party body standing also for the state body it sits in ("Ban cán sự đảng Bộ X" → Bộ X). */
  readonly lead: readonly string[];
  /** Addressed to the draft's issuer or one of its superiors: implemented, not mirrored. */
  readonly implementsKind: boolean;
  readonly deadline: Deadline | undefined;
  readonly target: TargetFacts | undefined;
}

/** A span of years, `to` 9999 for "and the following years". */
export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/** What a target says: a share, by a year or from a year on. */
export interface TargetFacts {
  readonly percent?: number;
  readonly by?: number;
  readonly from?: number;
}

/** The modelled documents a draft's parents are in: implemented ones, or those known ones implement. */
export function parentDocuments(implemented: readonly string[], ctx: ImportContext): Set<string> {
  const out = new Set<string>();
  const walk = (id: string, seen: Set<string>): void => {
    if (seen.has(id)) return;
    seen.add(id);
    if (ctx.documentsById.has(id)) {
      out.add(id);
      return;
    }
    for (const up of ctx.known.get(id)?.implements ?? []) walk(up, seen);
  };
  for (const id of implemented) walk(id, new Set());
  return out;
}

/** The issuer and every agency above it, for "is this parent task addressed to us". */
export function issuerChain(issuer: string | undefined, ctx: ImportContext): Set<string> {
  const out = new Set<string>();
  let id = issuer;
  while (id && !out.has(id)) {
    out.add(id);
    id = ctx.agencies.get(id)?.superior;
  }
  return out;
}

/** A task's title and text, as words. */
export const textOf = (t: Task): string => [t.title ?? '', ...[t.text ?? ''].flat()].map((s) => plain(s)).join(' ');
/** The deadline phrase of a task. */
export const deadlineText = (t: Task): string | undefined => (t.deadline === undefined ? undefined : typeof t.deadline === 'string' ? t.deadline : t.deadline.text);

/** A deadline phrase parsed, or undefined. */
export function parseOf(text: string | undefined): Deadline | undefined {
  if (!text) return undefined;
  const r = parseDeadline(text);
  return r.ok ? r.value : undefined;
}

/** The years a deadline covers: `Năm 2026` → 2026–2026; `Năm 2028 và các năm tiếp theo` → 2028–∞. */
export function yearsOf(d: Deadline | undefined, key: string | undefined): YearRange | undefined {
  if (d?.kind === 'from-year-on') return { from: d.start ? Number(d.start.slice(0, 4)) : key === 'sau' ? 9999 : 0, to: 9999 };
  if (d?.latest) {
    const to = Number(d.latest.slice(0, 4));
    return { from: d.start ? Number(d.start.slice(0, 4)) : to, to };
  }
  if (key && /^\d{4}$/.test(key)) return { from: Number(key), to: Number(key) };
  return undefined;
}

/** The target of a task or goal, as facts. */
export function targetOf(t: { readonly target?: Task['target'] }): TargetFacts | undefined {
  const tg = t.target;
  if (!tg || typeof tg === 'string') return undefined;
  return { ...(tg.percent !== undefined ? { percent: tg.percent } : {}), ...(tg.by !== undefined ? { by: tg.by } : {}), ...(tg.from !== undefined ? { from: tg.from } : {}) };
}

/** "(1) Sử dụng …; (2) Đánh giá …": the numbered parts of a text. */
function partsOf(text: string): string[] {
  const parts = text.split(/\(\d\)|;\s+/u).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 4);
  return parts.length > 1 ? parts : [];
}

/** The goal target a parent task is due under: the goal whose year its deadline covers. */
function goalTarget(goals: readonly TargetFacts[], deadline: Deadline | undefined): TargetFacts | undefined {
  const span = yearsOf(deadline, undefined);
  if (!span) return undefined;
  return goals.find((g) => {
    const year = g.by ?? g.from;
    return year !== undefined && (g.by !== undefined ? span.from <= year && year <= span.to : span.to >= year && span.from >= year);
  });
}

/** Every task of the parent documents as a candidate, weighed against the draft's wording. */
export function candidatesOf(entries: readonly TaskEntry[], weights: TermWeights, ctx: ImportContext, issuer: string | undefined): Candidate[] {
  const chain = issuerChain(issuer, ctx);
  const names = namesOf(issuer, ctx);
  const goals = new Map<string, TargetFacts[]>();
  const docs = new Set(entries.map((e) => e.doc.id));
  for (const g of ctx.goals.values()) {
    const t = targetOf(g.goal);
    if (t && docs.has(g.doc.id)) goals.set(g.doc.id, [...(goals.get(g.doc.id) ?? []), t]);
  }
  return entries.map((e) => {
    // An item of a task is read with the task it is under: "Năm 2026: …" under "Sử dụng nền tảng …".
    const above = e.ancestors.filter((a): a is Task => 'task' in a).map(textOf);
    const text = [...above, textOf(e.task), typeof e.task.target === 'object' ? e.task.target.text : (e.task.target ?? '')].join(' ');
    const key = e.ref.includes('/') ? e.ref.split('/').pop() : undefined;
    const deadline = parseOf(deadlineText(e.task));
    // A parent task whose lead was not read is addressed to the issuer when its opening words name it.
    const own = plain([e.task.text ?? e.task.title ?? ''].flat().join(' '));
    // A Party body inside the issuer ("Ban cán sự đảng Chính phủ" for the Government) carries its duty to the issuer.
    const lead = [...new Set(e.lead.flatMap((id) => [id, ...seatOf(ctx.nameOf(id), ctx.agencies.values())]))];
    const implementsKind = lead.some((id) => [...chain].some((c) => id === c || ctx.members(id).includes(c))) || (e.lead.length === 0 && opensWithName(own, names));
    return {
      entry: e,
      ref: e.ref,
      bag: weights.bag(text),
      parts: partsOf(textOf(e.task)).map((p) => weights.bag(p)),
      years: key ? yearsOf(deadline, key) : undefined,
      lead,
      splitParent: (e.task.items ?? []).some((n) => 'task' in n && n.task.includes('/')),
      implementsKind,
      deadline,
      // The goals measure the tasks addressed to this level, not a ministry's own work.
      target: targetOf(e.task) ?? (implementsKind ? goalTarget(goals.get(e.doc.id) ?? [], deadline) : undefined),
    };
  });
}

/**
 * The candidates without the tasks of a parent that gives them to nobody (no lead read, no body
 * named) when that parent addresses other tasks to the issuer: a resolution's "Nhiệm vụ, giải pháp"
 * say what is to be done, its "Tổ chức thực hiện" says who carries it out, and the issuer carries
 * out its own part ("Ban cán sự đảng Chính phủ lãnh đạo …"), not the content.
 */
export function dutiesOnly(candidates: readonly Candidate[]): Candidate[] {
  const addressed = new Set(candidates.filter((c) => c.implementsKind).map((c) => c.entry.doc.id));
  return candidates.filter(
    (c) => !executionClause(c.entry.task) && (c.implementsKind || c.entry.lead.length > 0 || !addressed.has(c.entry.doc.id)),
  );
}

/** The closing clause on execution is taken up by implementing the document, never by one task of a letter. */
function executionClause(task: Task): boolean {
  return isExecutionClause(matchKey(textOf(task)));
}
