import type { Node } from '../model/body.js';
import type { BuiltTask } from './build-body.js';
import { findCitations } from './citations.js';
import { resolveCitation } from './cites.js';
import type { ImportContext } from './context.js';
import { deadlineText, parseOf, targetOf, textOf } from './link-candidates.js';
import type { ChildFacts } from './link-score.js';
import { plain } from './markdown.js';
import type { TermWeights } from './similarity.js';
import { referencesWithDocument } from './task-references.js';

/**
 * The words a task is read with when it cites: its own, the tasks it sits under, and the heading
 * and lead-in of its section ("2. Phòng Quản lý công nghiệp / Chủ trì … thực hiện các nhiệm vụ
 * được ủy quyền tại Quyết định số 1883/QĐ-UBND …, bao gồm:" over "- Huấn luyện …").
 */
export function citingTexts(t: BuiltTask): string[] {
  const box = t.container as { title?: unknown; items?: readonly Node[] } | undefined;
  const leadIn = (box?.items ?? []).flatMap((n) => ('p' in n ? [n.p].flat() : []));
  const title = typeof box?.title === 'string' ? [box.title] : [];
  return [textOf(t.task), ...t.parents.map(textOf), ...title, ...leadIn].map((s) => plain(s));
}

/** What the linker knows of a task of the draft, among the given parent documents. */
export function childFacts(t: BuiltTask, weights: TermWeights, ctx: ImportContext, parents: ReadonlySet<string>): ChildFacts {
  const text = textOf(t.task);
  const deadline = parseOf(deadlineText(t.task));
  const every = typeof t.task.deadline === 'object' && t.task.deadline.every !== undefined;
  const citedDocs = new Set<string>();
  const named = new Set<string>();
  for (const s of citingTexts(t)) {
    const found = findCitations(s);
    const docOf = new Map(found.map((f) => [f, resolveCitation(f, ctx).ref]));
    for (const id of docOf.values()) if (parents.has(id)) citedDocs.add(id);
    // Only the task's own words name a part of a parent; a heading's references are its own.
    if (s !== plain(text)) continue;
    for (const r of referencesWithDocument(s, found)) {
      const doc = docOf.get(r.citation);
      if (doc && parents.has(doc)) named.add(`${doc}#${r.id}`);
    }
  }
  return {
    bag: weights.bag(text),
    lead: t.lead,
    counterparts: new Set(t.lead.flatMap((id) => (ctx.agencies.get(id)?.counterpart ? [ctx.agencies.get(id)?.counterpart as string] : []))),
    reporting: /báo cáo/iu.test(text) && (every || deadline?.kind === 'recurring'),
    target: targetOf(t.task),
    citedDocs,
    named,
  };
}
