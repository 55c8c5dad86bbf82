import type { z } from 'zod';
import { flattenIssue, valueAt, type FlatIssue } from './zod-flatten.js';

/** A path of keys and indexes from the root of a file. */
export type Path = readonly (string | number)[];

/** A validated value with the path each of its objects had in the file before the salvage. */
export interface Salvaged<T> {
  readonly data: T;
  readonly paths: WeakMap<object, Path>;
}

type Issue = z.core.$ZodIssue;

// A few rounds: removing a part can uncover a problem the first pass could not see.
const ROUNDS = 3;

function recordPaths(value: unknown, path: Path, paths: WeakMap<object, Path>): void {
  if (value === null || typeof value !== 'object') return;
  paths.set(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => recordPaths(v, [...path, i], paths));
  else for (const [k, v] of Object.entries(value)) recordPaths(v, [...path, k], paths);
}

/** The part to remove for one issue: the bad value itself, or the object that lacks a required key. */
function target(flat: FlatIssue, data: unknown): Path | undefined {
  const path = flat.path.map((p) => (typeof p === 'number' ? p : String(p)));
  // A missing key: the object lacking it goes. An object no branch fits (`one-of-keys`) is the path itself.
  const missing = flat.kind !== 'unknown-key' && flat.kind !== 'one-of-keys' && valueAt(data, path) === undefined;
  const t = missing ? path.slice(0, -1) : path;
  return t.length > 0 ? t : undefined;
}

/** Removes the parts at `targets` from `data` (in place): keys deleted, list items spliced out. */
function removeAll(data: unknown, targets: readonly Path[]): boolean {
  const fromLists = new Map<unknown[], Set<number>>();
  for (const t of targets) {
    const holder = valueAt(data, t.slice(0, -1));
    const last = t[t.length - 1] as string | number;
    if (Array.isArray(holder) && typeof last === 'number') {
      const set = fromLists.get(holder) ?? new Set<number>();
      fromLists.set(holder, set.add(last));
    } else if (holder !== null && typeof holder === 'object') {
      delete (holder as Record<string, unknown>)[String(last)];
    } else {
      return false;
    }
  }
  for (const [list, indexes] of fromLists) for (const i of [...indexes].sort((a, b) => b - a)) list.splice(i, 1);
  return true;
}

/** Gives each object of the schema's output the path of the input object it was made from. */
function carryPaths(out: unknown, raw: unknown, from: WeakMap<object, Path>, to: WeakMap<object, Path>): void {
  if (out === null || typeof out !== 'object' || raw === null || typeof raw !== 'object') return;
  const path = from.get(raw);
  if (path) to.set(out, path);
  if (Array.isArray(out) && Array.isArray(raw)) out.forEach((v, i) => carryPaths(v, raw[i], from, to));
  else if (!Array.isArray(out) && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(out)) carryPaths(v, (raw as Record<string, unknown>)[k], from, to);
  }
}

/**
 * What is left of a file that failed its schema once the parts with problems are removed, when
 * that passes: a date that is not in the calendar loses the date, not the letter, so the rest of
 * it is still checked (every problem at once). `value` is changed in place. Undefined when the
 * problem is in what makes the file what it is (its `id`, its `kind`).
 */
export function salvage<T>(value: unknown, issues: readonly Issue[], schema: z.ZodType<T>): Salvaged<T> | undefined {
  const original = new WeakMap<object, Path>();
  recordPaths(value, [], original);
  let pending = issues;
  for (let round = 0; round < ROUNDS; round++) {
    const targets = pending.flatMap((i) => flattenIssue(i, [], value)).map((f) => target(f, value));
    if (targets.some((t) => t === undefined)) return undefined;
    if (!removeAll(value, targets as Path[])) return undefined;
    const result = schema.safeParse(value);
    if (result.success) {
      const paths = new WeakMap<object, Path>();
      carryPaths(result.data, value, original, paths);
      return { data: result.data, paths };
    }
    pending = result.error.issues;
  }
  return undefined;
}
