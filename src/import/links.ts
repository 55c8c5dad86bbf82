import type { Document } from '../model/document.js';
import type { BuiltTask } from './build-body.js';
import type { ImportContext } from './context.js';
import { type Candidate, candidatesOf, dutiesOnly, deadlineText, parentDocuments, parseOf, textOf, type YearRange, yearsOf } from './link-candidates.js';
import { childFacts } from './link-child.js';
import { alsoCarried, forReview, type Ranked, thresholdOf } from './link-choice.js';
import type { ProposedLink } from './link-proposals.js';
import { type ChildFacts, EVIDENCE, scorePair } from './link-score.js';
import { conf, tx, type Notebook } from './notes.js';
import { TermWeights } from './similarity.js';

/**
 * Links each task of the draft to the parent tasks it implements or mirrors, with a confidence.
 *
 * Candidates are the tasks of the documents the draft implements (through known documents up to
 * modelled ones), without the tasks a parent gives to nobody when it addresses others to the
 * issuer. A candidate addressed to the draft's issuer or one of its superiors (2.a–2.c of
 * 14/CT-TTg, given to every province; or, with no lead read, one whose opening words name the
 * issuer) is implemented; one addressed to another agency (a ministry) is mirrored. Each pair is
 * scored by `scorePair` (link-score.ts: wording, a named item, the cited document, leads), then:
 * - the best candidate is linked above its threshold; a parent split by year is taken through the
 *   year the task falls in (its year label or deadline, else the draft's own year), every year for
 *   a yearly task; a task whose own items are years links to the split parent itself;
 * - so is the best of every other parent document, an item the task names, and, where the task
 *   cites the parent's document, a second item addressed to the issuer of nearly the best wording;
 * - a task with no link of its own takes the parent its siblings agree on;
 * - for a parent document with no link, a best candidate between the review bar and the threshold
 *   is proposed for review (link-proposals.ts), not linked.
 * A target with no year takes the year of the parent's target it meets.
 */
export interface LinkOptions {
  /** Called with each task's ranked candidates, for tuning and tests. */
  readonly trace?: (task: string, ranked: readonly { ref: string; score: number; why: string }[]) => void;
}

const SIBLING = { confident: 0.3, floor: 0.1 } as const;

/** Links the draft's tasks to their parents; writes `implements` / `mirrors` with notes, and returns the links left for review. */
export function linkParents(
  doc: Document,
  tasks: readonly BuiltTask[],
  implemented: readonly string[],
  ctx: ImportContext,
  notes: Notebook,
  opts: LinkOptions = {},
): ProposedLink[] {
  const docs = parentDocuments(implemented, ctx);
  if (docs.size === 0 || tasks.length === 0) return [];
  const entries = [...ctx.tasks.values()].filter((e) => docs.has(e.doc.id));
  const weights = new TermWeights();
  for (const e of entries) weights.add(textOf(e.task));
  for (const t of tasks) weights.add(textOf(t.task));

  const candidates = dutiesOnly(candidatesOf(entries, weights, ctx, doc.issuer));
  const docYear = doc.date ? Number(doc.date.slice(0, 4)) : undefined;

  const picks = new Map<BuiltTask, { ranked: Ranked[]; chosen: Ranked[] }>();
  for (const t of tasks) {
    const ranked = rank(childFacts(t, weights, ctx, docs), candidates);
    opts.trace?.(t.task.task, ranked.map((r) => ({ ref: r.c.ref, score: r.score, why: r.why.en })));
    const chosen = choose(t, ranked, docYear);
    picks.set(t, { ranked, chosen: chosen.length > 0 ? [...chosen, ...alsoCarried(ranked, chosen)] : [] });
  }
  const proposed: ProposedLink[] = [];
  for (const t of tasks) {
    const pick = picks.get(t) as { ranked: Ranked[]; chosen: Ranked[] };
    const chosen = pick.chosen.length > 0 ? pick.chosen : bySiblings(t, pick.ranked, tasks, picks);
    for (const r of chosen) {
      const key = r.c.implementsKind ? 'implements' : 'mirrors';
      t.task[key] = [...(t.task[key] ?? []), r.c.ref];
    }
    datedLikeParent(t, chosen);
    if (chosen.length > 0) {
      const say = (l: 'vi' | 'en'): string => chosen.map((r) => `${r.c.ref} (${conf(Math.min(1, r.score))}): ${r.why[l]}`).join('; ');
      notes.note(t.task, tx(say('vi'), say('en')), chosen[0]?.c.implementsKind ? 'implements' : 'mirrors');
    }
    proposed.push(...forReview(t, pick.ranked, chosen));
  }
  return proposed;
}

/**
 * A task whose wording is too far from every parent takes the parent its siblings (the items of the
 * same heading) agree on, when at least two of them link to it confidently and its own wording is
 * not unrelated: items under one heading usually carry the same parent task.
 */
function bySiblings(t: BuiltTask, ranked: readonly Ranked[], tasks: readonly BuiltTask[], picks: ReadonlyMap<BuiltTask, { chosen: Ranked[] }>): Ranked[] {
  const votes = new Map<string, number>();
  for (const s of tasks) {
    if (s === t || s.container !== t.container || s.container === undefined) continue;
    for (const r of picks.get(s)?.chosen ?? []) if (r.score >= SIBLING.confident) votes.set(r.c.ref, (votes.get(r.c.ref) ?? 0) + 1);
  }
  const [ref, n] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const own = ranked.find((r) => r.c.ref === ref);
  // Its own wording must not be unrelated: the bonus of a parent addressed to the issuer is no wording.
  const wording = own ? own.score - (own.c.implementsKind ? EVIDENCE.addressed : 0) : 0;
  if (!ref || (n ?? 0) < 2 || !own || wording < SIBLING.floor) return [];
  const why = tx(`${own.why.vi}; ${n} ý cùng mục cũng thực hiện nhiệm vụ này`, `${own.why.en}; ${n} items under the same heading carry it too`);
  return [{ ...own, why }];
}

function rank(t: ChildFacts, candidates: readonly Candidate[]): Ranked[] {
  return candidates.map((c) => ({ c, ...scorePair(t, c) })).sort((a, b) => b.score - a.score);
}

/** The parents chosen among the ranked candidates (see the module comment). */
function choose(t: BuiltTask, ranked: readonly Ranked[], docYear: number | undefined): Ranked[] {
  const best = ranked[0];
  if (!best) return [];
  if (best.score < thresholdOf(best.c)) return [];
  const ownYears = (t.task.items ?? []).some((n) => 'task' in n && n.task.includes('/'));
  const deadline = parseOf(deadlineText(t.task));
  const yearly = deadline?.kind === 'recurring' && deadline.recurrence?.unit === 'year';
  // A split parent, or one of its years: take the year(s) the task falls in.
  const splitOf = (r: Ranked): string | undefined => (r.c.splitParent ? r.c.ref : r.c.years ? r.c.ref.slice(0, r.c.ref.lastIndexOf('/')) : undefined);
  const split = splitOf(best);
  if (!split) return [best];
  if (ownYears) return ranked.filter((r) => r.c.ref === split).map((r) => ({ ...r, score: Math.max(r.score, best.score), why: tx('các ý theo năm bên dưới thực hiện các năm của nhiệm vụ này', 'its items by year carry the years of this task') }));
  const years = ranked.filter((r) => r.c.years && r.c.ref.startsWith(`${split}/`));
  // A yearly task recurs in every year of the split.
  const byYear = (a: Ranked, b: Ranked): number => (a.c.years?.from ?? 0) - (b.c.years?.from ?? 0);
  if (yearly) return [...years].sort(byYear);
  const span = yearsOf(deadline, t.task.task.includes('/') ? t.task.task.split('/').pop() : undefined) ?? (docYear ? { from: docYear, to: docYear } : undefined);
  const key = t.task.task.includes('/') ? t.task.task.split('/').pop() : undefined;
  const fit = years.filter((r) => (key === 'sau' && r.c.ref.endsWith('/sau')) || (span && r.c.years && overlaps(span, r.c.years)));
  // A deadline over several years ("Năm 2027 và các năm tiếp theo") carries each year it covers.
  return fit.length > 0 ? [...fit].sort(byYear) : [best];
}

function overlaps(a: YearRange, b: YearRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * A target whose sentence gives no year takes the year of the parent's target or goal it meets
 * ("Năm 2027: … 100% …" under goal 1.b "từ năm 2027": from 2027).
 */
function datedLikeParent(t: BuiltTask, chosen: readonly Ranked[]): void {
  const tg = t.task.target;
  if (!tg || typeof tg === 'string' || tg.by !== undefined || tg.from !== undefined) return;
  const parent = chosen.map((r) => r.c.target).find((p) => p !== undefined && p.percent === tg.percent && (p.by ?? p.from) !== undefined);
  if (!parent) return;
  t.task.target = { ...tg, ...(parent.by !== undefined ? { by: parent.by } : { from: parent.from }) };
}
