import { load, type State } from 'js-yaml';
import { YAML_CORE_SCHEMA } from './core-schema.js';
import { LightBuilder } from './light-builder.js';
import type { LightTree } from './light-tree.js';

/** A file read by js-yaml: its plain value and where each of its nodes sits. */
export interface FastRead {
  readonly value: object;
  readonly tree: LightTree;
}

// What js-yaml and `yaml` may read differently, or what makes places hard to tell without `yaml`:
// tabs, a carriage return without its line feed, a BOM, directives, document markers, a `#` right
// after an indicator or a quote (js-yaml takes it for a comment, `yaml` wants a space first); and
// a few rare forms the builder refuses (tags, explicit and null keys, merge keys, empty list
// items, nested or many aliases).
const SLOW_TEXT = /[\t\uFEFF]|\r(?!\n)|^(?:%|---|\.\.\.)|[,[\]{}"':|>]#/m;

/**
 * Reads a YAML file with js-yaml (many times faster than the `yaml` package) and records where
 * each node sits, for files on which both packages agree: the same value, no error, no warning,
 * and the same places. Undefined for any other file, which then goes to the `yaml` package: an
 * error, a warning, an empty file, tags, tabs, or any form this reader does not follow.
 */
export function readFast(text: string): FastRead | undefined {
  if (SLOW_TEXT.test(text)) return undefined;
  const builder = new LightBuilder(text);
  const listener = (event: 'open' | 'close', state: State & { anchor?: string | null }): void => {
    if (!builder.ok) return;
    if (event === 'open') builder.open(state.position);
    else builder.close(state.kind as string | null, state.result as unknown, state.anchor ?? null, state.position);
  };
  let value: unknown;
  try {
    value = load(text, { schema: YAML_CORE_SCHEMA, json: false, listener, onWarning: () => (builder.ok = false) });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const tree = builder.root(value);
  return tree && { value, tree };
}
