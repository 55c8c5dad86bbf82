import type { Agency } from '../model/agency.js';
import { expectedPercent, type FigureTarget } from './target.js';
import type { FigureRecord } from './types.js';

/** Counts and the completion rate, completed over staff. */
export interface Totals {
  readonly staff: number;
  readonly enrolled: number;
  readonly completed: number;
  /** Completed over staff, in percent, one decimal; 0 with no staff. */
  readonly percent: number;
}

/** One unit's figures, compared with the target and the previous period. */
export interface UnitFigures extends Totals {
  readonly id: string;
  readonly name: string;
  /** Id of the group the unit is counted in. */
  readonly group: string;
  readonly row: number;
  readonly previous?: Totals | undefined;
  /** Change of the completion rate since the previous period, in percentage points. */
  readonly change?: number | undefined;
  /** Below the rate it should have reached by the date of the figures. */
  readonly behind: boolean;
}

/** A group's (communes, departments) or the province's sums. */
export interface GroupFigures extends Totals {
  readonly id: string;
  readonly name: string;
  readonly units: number;
  readonly behind: number;
  readonly previous?: Totals | undefined;
  readonly change?: number | undefined;
}

/** Everything a report says about the figures. */
export interface ProgressSummary {
  /** ISO date of the figures. */
  readonly date: string;
  readonly previousDate?: string | undefined;
  readonly target: FigureTarget;
  /** The rate every unit should have reached by the date of the figures. */
  readonly expected: number;
  readonly units: readonly UnitFigures[];
  readonly groups: readonly GroupFigures[];
  readonly total: GroupFigures;
}

/** Where a unit is counted: its group's id and name. */
export type GroupOf = (agency: Agency) => { readonly id: string; readonly name: string };

const rate = (completed: number, staff: number): number => (staff === 0 ? 0 : Math.round((completed / staff) * 1000) / 10);
const points = (now: number, before: number): number => Math.round((now - before) * 10) / 10;

function totals(list: readonly Totals[]): Totals {
  const staff = list.reduce((s, t) => s + t.staff, 0);
  const enrolled = list.reduce((s, t) => s + t.enrolled, 0);
  const completed = list.reduce((s, t) => s + t.completed, 0);
  return { staff, enrolled, completed, percent: rate(completed, staff) };
}

function sumOf(id: string, name: string, units: readonly UnitFigures[]): GroupFigures {
  const now = totals(units);
  const before = units.every((u) => u.previous) && units.length > 0 ? totals(units.map((u) => u.previous as Totals)) : undefined;
  return {
    id,
    name,
    ...now,
    units: units.length,
    behind: units.filter((u) => u.behind).length,
    previous: before,
    change: before ? points(now.percent, before.percent) : undefined,
  };
}

/** What `aggregate` works from. */
export interface AggregateInput {
  readonly records: readonly FigureRecord[];
  readonly date: string;
  readonly previous?: { readonly records: readonly FigureRecord[]; readonly date?: string | undefined } | undefined;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly groupOf: GroupOf;
  readonly target: FigureTarget;
  /** The province's id and name for the total (`gia-lai.ubnd`, "Tỉnh Gia Lai"). */
  readonly total: { readonly id: string; readonly name: string };
  /** A rate to hold every unit to instead of the even pace to the target (`--min`). */
  readonly minimum?: number | undefined;
}

/**
 * Sums the figures per unit, per group and for the province; compares each unit with the rate it
 * should have reached by the date of the figures (an even pace from the directive to the target, or
 * `minimum`) and with its previous figures, when given.
 */
export function aggregate(input: AggregateInput): ProgressSummary {
  const expected = input.minimum ?? expectedPercent(input.target, input.date);
  const before = new Map((input.previous?.records ?? []).map((r) => [r.unit, r] as const));
  const units: UnitFigures[] = input.records.map((r) => {
    const agency = input.agencies.get(r.unit);
    const now: Totals = { staff: r.staff, enrolled: r.enrolled, completed: r.completed, percent: rate(r.completed, r.staff) };
    const p = before.get(r.unit);
    const previous = p ? { staff: p.staff, enrolled: p.enrolled, completed: p.completed, percent: rate(p.completed, p.staff) } : undefined;
    return {
      id: r.unit,
      name: agency?.name ?? r.written,
      group: agency ? input.groupOf(agency).id : '',
      row: r.row,
      ...now,
      previous,
      change: previous ? points(now.percent, previous.percent) : undefined,
      behind: now.percent < expected,
    };
  });
  const groupNames = new Map<string, string>();
  for (const r of input.records) {
    const agency = input.agencies.get(r.unit);
    if (agency) groupNames.set(input.groupOf(agency).id, input.groupOf(agency).name);
  }
  const groups = [...groupNames].map(([id, name]) => sumOf(id, name, units.filter((u) => u.group === id)));
  return {
    date: input.date,
    previousDate: input.previous?.date,
    target: input.target,
    expected,
    units,
    groups,
    total: sumOf(input.total.id, input.total.name, units),
  };
}
