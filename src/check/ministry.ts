import type { Cascade, TaskEntry } from '../load/cascade.js';
import type { Document } from '../model/document.js';
import type { CascadeIndex } from './facts.js';

/** Ministries (central agencies, not groups) leading a task: tasks a province may mirror. */
export function ministriesOf(cascade: Cascade, index: CascadeIndex, entry: TaskEntry): string[] {
  return index.lead(entry).filter((id) => cascade.agencies.get(id)?.level === 'central');
}

/** The leaf tasks of a document that a ministry leads (14/CT-TTg: 3, 4, 5.a–5.c, 6). */
export function ministryTasks(cascade: Cascade, index: CascadeIndex, doc: Document): TaskEntry[] {
  return index.tasksOf(doc.id).filter((t) => index.childrenOf(t).length === 0 && ministriesOf(cascade, index, t).length > 0);
}

/** The agency of `province` whose sector counterpart is `ministry` (Bộ Công an → Công an tỉnh). */
export function counterpartOf(cascade: Cascade, ministry: string, province: string | undefined): string | undefined {
  if (province === undefined) return undefined;
  let byKey = CACHE.get(cascade);
  if (!byKey) {
    byKey = new Map();
    for (const a of cascade.agencies.values()) {
      if (a.counterpart && a.province) byKey.set(`${a.province}|${a.counterpart}`, a.id);
    }
    CACHE.set(cascade, byKey);
  }
  return byKey.get(`${province}|${ministry}`);
}

const CACHE = new WeakMap<Cascade, Map<string, string>>();

/** The province (slug) of a document's issuer. */
export function provinceOf(cascade: Cascade, doc: Document): string | undefined {
  return doc.issuer === undefined ? undefined : cascade.agencies.get(doc.issuer)?.province;
}
