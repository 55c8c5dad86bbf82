/** Comparing a lower level's deadline with its parent's: no later, and reporting at least as often. */
import { maxDaysInMonths, minDaysInMonths } from './deadline-calendar.js';
import type { Deadline, Recurrence, RecurrenceAt, Verdict } from './deadline-types.js';

/**
 * Whether `child` sets a deadline earlier than or equal to `parent`'s. `unknown` when either has no
 * date to compare (a bare rhythm under a date, a relative term without its signing date): never a pass.
 */
export function isNoLaterThan(child: Readonly<Deadline>, parent: Readonly<Deadline>): Verdict {
  // Nothing is later than work that never ends.
  if (parent.kind === 'continuous') return 'yes';
  if (sameSchedule(child, parent)) return 'yes';
  const parentDue = dueDate(parent);
  if (child.kind === 'continuous') return parentDue === undefined ? 'unknown' : 'no';
  const childDue = dueDate(child);
  if (childDue !== undefined && parentDue !== undefined) return childDue <= parentDue ? 'yes' : 'no';
  // A rhythm without a first year runs every year, so it also runs in the parent's first year.
  if (child.recurrence && parent.recurrence && child.start === undefined) {
    return recurrenceNoLater(child.recurrence, parent.recurrence);
  }
  return 'unknown';
}

/** Whether `child` recurs at least as often as `parent` asks; a parent without a rhythm asks nothing. */
export function reportsAtLeastAsOften(child: Readonly<Deadline>, parent: Readonly<Deadline>): Verdict {
  if (parent.recurrence === undefined) return 'yes';
  if (child.recurrence === undefined) return child.kind === 'continuous' ? 'unknown' : 'no';
  return frequencyAtLeast(child.recurrence, parent.recurrence);
}

/** The date a deadline must be met by; for "every year from N" the first one, 31/12/N. */
function dueDate(d: Readonly<Deadline>): string | undefined {
  if (d.latest !== undefined) return d.latest;
  if (d.kind === 'from-year-on' && d.start !== undefined) return `${d.start.slice(0, 4)}-12-31`;
  return undefined;
}

function sameSchedule(a: Readonly<Deadline>, b: Readonly<Deadline>): boolean {
  // "30 ngày kể từ ngày ký" counts from each document's own signing, so two of them differ.
  if (a.kind === 'relative' && a.latest === undefined) return false;
  const { text: _a, ...restA } = a;
  const { text: _b, ...restB } = b;
  return canonicalJson(restA) === canonicalJson(restB);
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

type Interval = { readonly days: number } | { readonly months: number };

function intervalOf(r: Recurrence): Interval {
  switch (r.unit) {
    case 'day': return { days: r.every };
    case 'week': return { days: 7 * r.every };
    case 'month': return { months: r.every };
    case 'quarter': return { months: 3 * r.every };
    case 'half-year': return { months: 6 * r.every };
    case 'year': return { months: 12 * r.every };
  }
}

// A rhythm of d days puts a report in every window of at least d days, so weekly fits any month
// (28 days or more) and "every 30 days" does not fit every month (February).
function frequencyAtLeast(child: Recurrence, parent: Recurrence): Verdict {
  const c = intervalOf(child);
  const p = intervalOf(parent);
  const fits =
    'months' in c && 'months' in p ? c.months <= p.months
      : 'days' in c && 'days' in p ? c.days <= p.days
        : 'days' in c && 'months' in p ? c.days <= minDaysInMonths(p.months)
          : 'months' in c && 'days' in p ? maxDaysInMonths(c.months) <= p.days
            : false;
  return fits ? 'yes' : 'no';
}

function recurrenceNoLater(child: Recurrence, parent: Recurrence): Verdict {
  const often = frequencyAtLeast(child, parent);
  if (often === 'no') return 'no';
  if (parent.at === undefined) return 'yes';
  if (child.at === undefined || child.unit !== parent.unit || child.every !== parent.every) return 'unknown';
  return pointNoLater(child.at, parent.at);
}

// Most significant first: a point in each period is compared field by field.
const POINT_KEYS = ['month', 'monthOfPeriod', 'weekday', 'day', 'time'] as const;

function pointNoLater(child: RecurrenceAt, parent: RecurrenceAt): Verdict {
  for (const [i, key] of POINT_KEYS.entries()) {
    const c = child[key];
    const p = parent[key];
    if (p === undefined && c === undefined) continue;
    // The parent leaves this field open (any time in the enclosing period), unless it pins a finer one.
    if (p === undefined) return POINT_KEYS.slice(i + 1).some((k) => parent[k] !== undefined) ? 'unknown' : 'yes';
    if (c === undefined) return 'unknown';
    if (c !== p) return c < p ? 'yes' : 'no';
  }
  return 'yes';
}
