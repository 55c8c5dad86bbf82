import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/**
 * One problem to report, after unions are resolved to their most helpful branch: a zod issue with
 * its full path, an unknown key, or a union that no branch came close to.
 */
export type FlatIssue =
  | { readonly kind: 'issue'; readonly path: readonly PropertyKey[]; readonly issue: Issue }
  | { readonly kind: 'unknown-key'; readonly path: readonly PropertyKey[]; readonly key: string }
  | { readonly kind: 'one-of-keys'; readonly path: readonly PropertyKey[]; readonly keys: readonly string[] }
  | { readonly kind: 'one-of-types'; readonly path: readonly PropertyKey[]; readonly types: readonly string[] };

/** The value at `path` inside `data`, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[step];
  }
  return v;
}

const MISSING = 10;

/**
 * How far a union branch is from fitting the input: a wrong type at the root is no fit at all, a
 * missing required key (usually the key that tells the branches apart) weighs most, every other
 * issue one.
 */
function distance(branch: readonly Issue[], input: unknown): number {
  let sum = 0;
  for (const issue of branch) {
    if (issue.path.length === 0 && issue.code === 'invalid_type') return Infinity;
    if (issue.path.length === 0 && issue.code === 'invalid_union' && issue.errors.length > 0) {
      const inner = Math.min(...issue.errors.map((b) => distance(b, input)));
      if (inner === Infinity) return Infinity;
      sum += inner;
    } else if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) sum += MISSING;
    else if (issue.code === 'unrecognized_keys') sum += issue.keys.length;
    else sum += 1;
  }
  return sum;
}

/** The types a union accepts, from the root type errors of its branches. */
function expectedTypes(branches: readonly (readonly Issue[])[]): string[] {
  const types = new Set<string>();
  for (const branch of branches) {
    for (const issue of branch) {
      if (issue.path.length > 0) continue;
      if (issue.code === 'invalid_type') types.add(issue.expected);
      if (issue.code === 'invalid_union') for (const t of expectedTypes(issue.errors)) types.add(t);
    }
  }
  return [...types];
}

/** Keys that some branch requires and the input lacks: the keys that would pick a branch. */
function missingKeys(branches: readonly (readonly Issue[])[], input: unknown): string[] {
  const keys = new Set<string>();
  for (const branch of branches) {
    for (const issue of branch) {
      const head = issue.path[0];
      if (issue.path.length === 1 && typeof head === 'string' && valueAt(input, issue.path) === undefined) {
        keys.add(head);
        break;
      }
    }
  }
  return [...keys];
}

function flattenUnion(issue: Issue & { code: 'invalid_union' }, path: readonly PropertyKey[], data: unknown): FlatIssue[] {
  const input = valueAt(data, path);
  const scores = issue.errors.map((b) => distance(b, input));
  const best = Math.min(...scores);
  if (best === Infinity) return [{ kind: 'one-of-types', path, types: expectedTypes(issue.errors) }];
  const winners = issue.errors.filter((_, i) => scores[i] === best);
  if (winners.length > 1 && best >= MISSING) {
    return [{ kind: 'one-of-keys', path, keys: missingKeys(issue.errors, input) }];
  }
  return (winners[0] ?? []).flatMap((i) => flattenIssue(i, path, data));
}

/** One zod issue as the problems to report, with paths from the root of the file. */
export function flattenIssue(issue: Issue, prefix: readonly PropertyKey[], data: unknown): FlatIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) return flattenUnion(issue, path, data);
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ kind: 'unknown-key', path: [...path, key], key }));
  return [{ kind: 'issue', path, issue }];
}
