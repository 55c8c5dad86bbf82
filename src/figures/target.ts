import type { Cascade } from '../load/cascade.js';

/** The goal the figures are measured against: a percentage reached by a date, counted from a start. */
export interface FigureTarget {
  /** 100 */
  readonly percent: number;
  /** ISO date by which it must be reached: the last day of the goal's year (`2026-12-31`). */
  readonly by: string;
  /** ISO date the count starts from: the directive's date (`2026-04-22`). */
  readonly from: string;
  /** Where it comes from (`ct-14-ttg#1.a`). */
  readonly source: string;
}

/** Goal 1.a of 14/CT-TTg as written, for when the cascade does not carry it. */
export const DEFAULT_TARGET: FigureTarget = { percent: 100, by: '2026-12-31', from: '2026-04-22', source: 'ct-14-ttg#1.a' };

/** The target of goal 1.a of the directive (100% by the end of 2026), read from the cascade. */
export function targetOf(cascade: Pick<Cascade, 'goals'>, ref = DEFAULT_TARGET.source): FigureTarget {
  const entry = cascade.goals.get(ref);
  const t = entry?.goal.target;
  if (!entry || !t || typeof t === 'string' || t.percent === undefined || t.by === undefined) return DEFAULT_TARGET;
  const from = entry.doc.date && /^\d{4}-\d{2}-\d{2}$/.test(entry.doc.date) ? entry.doc.date : DEFAULT_TARGET.from;
  return { percent: t.percent, by: `${t.by}-12-31`, from, source: ref };
}

const DAY = 86_400_000;

/**
 * Where a unit should be on a date to reach the target on time, going at an even pace from the start:
 * 0% on the directive's date, the target's percentage on its deadline (and after it).
 */
export function expectedPercent(target: FigureTarget, date: string): number {
  const start = Date.parse(target.from);
  const end = Date.parse(target.by);
  const at = Date.parse(date);
  const share = Math.min(1, Math.max(0, (at - start) / Math.max(DAY, end - start)));
  return Math.round(target.percent * share * 10) / 10;
}
