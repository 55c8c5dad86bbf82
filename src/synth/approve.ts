import { parse } from 'yaml';
import { fingerprintOf } from '../check/fingerprint.js';
import type { Task } from '../model/body.js';
import type { DocumentInput } from './province-letter.js';

type Item = Record<string, unknown>;

/** Every task of a document body, with its ref (`doc#id`), depth first. */
function tasksOf(docId: string, items: readonly unknown[] | undefined, out: Map<string, Item>): void {
  for (const item of items ?? []) {
    if (item === null || typeof item !== 'object') continue;
    const node = item as Item;
    if (typeof node['task'] === 'string') out.set(`${docId}#${node['task']}`, node);
    tasksOf(docId, node['items'] as unknown[] | undefined, out);
  }
}

/**
 * Writes each link as approved, `{ task, fingerprint }`, as `cascade approve --all` would: the
 * state of a cascade whose links an auditor has checked. `directive` is the root's YAML text.
 */
export function approveLinks(directive: string, docs: Iterable<DocumentInput>): void {
  const all = [...docs];
  const parents = new Map<string, Item>();
  const root = parse(directive) as { id: string; body?: unknown[] };
  tasksOf(root.id, root.body, parents);
  for (const d of all) tasksOf(d.id, d.body as unknown[] | undefined, parents);
  for (const d of all) {
    const own = new Map<string, Item>();
    tasksOf(d.id, d.body as unknown[] | undefined, own);
    for (const task of own.values()) {
      for (const key of ['implements', 'mirrors'] as const) {
        const links = task[key];
        if (!Array.isArray(links)) continue;
        task[key] = links.map((ref: unknown) => {
          const parent = typeof ref === 'string' ? parents.get(ref) : undefined;
          return parent ? { task: ref, fingerprint: fingerprintOf(parent as unknown as Task) } : ref;
        });
      }
    }
  }
}
