/** Which of a task's ranked parent tasks are linked besides the best one, and which are left for review (thresholds: docs/import.md). */
import type { BuiltTask } from './build-body.js';
import { type Candidate, textOf } from './link-candidates.js';
import type { ProposedLink } from './link-proposals.js';
import type { Scored } from './link-score.js';

/** A parent task with its score for one task of the draft. */
export interface Ranked extends Scored {
  readonly c: Candidate;
}

// One bar for both kinds: a parent addressed to the issuer has its bonus in the score (link-score.ts).
export const THRESHOLD = { implements: 0.3, mirrors: 0.3 } as const;
/** Below the threshold, the score from which the best parent task is proposed for review. */
export const REVIEW = 0.2;
/** A second task of the same parent, addressed to the issuer, is carried out too when its wording reaches the floor and this share of the best wording in that parent. */
const SAME_DOCUMENT = { share: 0.55, floor: 0.12 } as const;

/** The threshold a candidate's score must reach to be linked. */
export const thresholdOf = (c: Candidate): number => (c.implementsKind ? THRESHOLD.implements : THRESHOLD.mirrors);

/**
 * Besides the best parent task: the best of every other parent document the letter implements
 * ("Thực hiện Quyết định số 1883 … và Quyết định số 2867 …": a task carries out both), and in any
 * parent, a task the text names, or, when the task cites the parent's document, one addressed to
 * the issuer whose wording comes near the best of that document ("chịu trách nhiệm …" of 3.2.a besides the delegation of Điều 1).
 */
export function alsoCarried(ranked: readonly Ranked[], chosen: readonly Ranked[]): Ranked[] {
  const out: Ranked[] = [];
  const taken = (r: Ranked): boolean => [...chosen, ...out].some((x) => x.c.ref === r.c.ref || x.c.ref.startsWith(`${r.c.ref}/`) || r.c.ref.startsWith(`${x.c.ref}/`));
  const bestOf = new Map<string, number>();
  const wordingOf = new Map<string, number>();
  for (const r of ranked) {
    const id = r.c.entry.doc.id;
    if (!bestOf.has(id)) bestOf.set(id, r.score);
    wordingOf.set(id, Math.max(wordingOf.get(id) ?? 0, r.wording));
  }
  for (const r of ranked) {
    if (taken(r) || r.score < thresholdOf(r.c)) continue;
    const best = bestOf.get(r.c.entry.doc.id) ?? 0;
    const firstOfItsDoc = r.score === best && !chosen.some((x) => x.c.entry.doc.id === r.c.entry.doc.id) && !out.some((x) => x.c.entry.doc.id === r.c.entry.doc.id);
    // Several items of one parent only when the task cites that document ("các nhiệm vụ được ủy quyền tại Quyết định số 1883 …"), never the years of a split task.
    const close = r.c.implementsKind && r.cites && r.c.years === undefined && !r.c.splitParent && r.wording >= SAME_DOCUMENT.floor && r.wording >= SAME_DOCUMENT.share * (wordingOf.get(r.c.entry.doc.id) ?? 0);
    if (r.named || firstOfItsDoc || close) out.push(r);
  }
  return out;
}

/**
 * The links left for review: for each parent document no link of the task went to, its best task
 * when the score reaches the review bar but not the threshold.
 */
export function forReview(t: BuiltTask, ranked: readonly Ranked[], chosen: readonly Ranked[]): ProposedLink[] {
  const out: ProposedLink[] = [];
  const seen = new Set(chosen.map((r) => r.c.entry.doc.id));
  for (const r of ranked) {
    const docId = r.c.entry.doc.id;
    if (seen.has(docId)) continue;
    seen.add(docId);
    if (r.score < REVIEW || r.score >= thresholdOf(r.c)) continue;
    out.push({ task: t.task.task, parent: r.c.ref, relation: r.c.implementsKind ? 'implements' : 'mirrors', score: Math.round(r.score * 100) / 100, why: r.why, text: textOf(t.task).trim(), parentText: textOf(r.c.entry.task).trim() });
  }
  return out;
}
