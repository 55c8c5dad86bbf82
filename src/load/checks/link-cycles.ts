import type { KnownDocument } from '../../model/citation.js';
import type { Document } from '../../model/document.js';
import type { Group } from '../../model/agency.js';
import type { Diagnostic, Place, Related } from '../../report/diagnostic.js';
import { findCycles } from '../cycles.js';
import type { TaskEntryDraft } from '../index-document.js';
import { groupEdges } from '../members.js';
import type { Positions } from '../positions.js';

function cycleDiagnostic(rule: string, what: { vi: string; en: string }, cycle: readonly string[], places: readonly (Place | undefined)[]): Diagnostic {
  const path = cycle.map((n) => `\`${n}\``).join(' → ');
  const [place, ...rest] = places;
  const related: Related[] = rest.flatMap((p, i) =>
    p ? [{ place: p, message: { vi: `\`${cycle[i + 1]}\` → \`${cycle[i + 2]}\``, en: `\`${cycle[i + 1]}\` → \`${cycle[i + 2]}\`` } }] : [],
  );
  return {
    rule,
    severity: 'error',
    message: { vi: `${what.vi}: ${path}`, en: `${what.en}: ${path}` },
    ...(place ? { place } : {}),
    found: cycle.join(' → '),
    expected: { vi: 'liên kết chỉ đi từ cấp dưới lên cấp trên, không quay vòng', en: 'links that only go upward, never round' },
    related,
  };
}

/** Cycles among task links (`implements` and `mirrors`): a task cannot be its own ancestor. */
export function checkTaskCycles(tasks: ReadonlyMap<string, TaskEntryDraft>, positions: Positions): Diagnostic[] {
  const edges = (ref: string): readonly string[] => {
    const e = tasks.get(ref);
    return e ? [...e.implements, ...e.mirrors].filter((r) => tasks.has(r)) : [];
  };
  const linkPlace = (from: string, to: string): Place | undefined => {
    const e = tasks.get(from);
    if (!e) return undefined;
    for (const key of ['implements', 'mirrors'] as const) {
      const i = (e.task[key] ?? []).findIndex((l) => (typeof l === 'string' ? l : l.task) === to);
      if (i >= 0) return positions.locate(e.task, key, i);
    }
    return positions.locate(e.task, 'task');
  };
  const what = { vi: 'Vòng lặp trong liên kết nhiệm vụ', en: 'Cycle in task links' };
  return findCycles(tasks.keys(), edges).map((c) =>
    cycleDiagnostic('task-cycle', what, c, c.slice(0, -1).map((n, i) => linkPlace(n, c[i + 1] ?? ''))),
  );
}

/** Cycles in document `implements` (modelled and known-only documents together). */
export function checkDocumentCycles(
  documents: ReadonlyMap<string, Document>,
  known: ReadonlyMap<string, KnownDocument>,
  positions: Positions,
): Diagnostic[] {
  const linksOf = (id: string): readonly string[] => documents.get(id)?.implements ?? known.get(id)?.implements ?? [];
  const edges = (id: string): readonly string[] => linksOf(id).filter((t) => documents.has(t) || known.has(t));
  const linkPlace = (from: string, to: string): Place | undefined => {
    const holder = documents.get(from) ?? known.get(from);
    if (!holder) return undefined;
    const i = linksOf(from).indexOf(to);
    return positions.locate(holder, 'implements', i >= 0 ? i : undefined);
  };
  const what = { vi: 'Vòng lặp trong `implements` giữa các văn bản', en: 'Cycle in document `implements`' };
  return findCycles([...documents.keys(), ...known.keys()], edges).map((c) =>
    cycleDiagnostic('document-cycle', what, c, c.slice(0, -1).map((n, i) => linkPlace(n, c[i + 1] ?? ''))),
  );
}

/** Cycles among groups (`includes`, `members` naming groups). */
export function checkGroupCycles(groups: ReadonlyMap<string, Group>, positions: Positions): Diagnostic[] {
  const edges = groupEdges(groups);
  const what = { vi: 'Vòng lặp giữa các nhóm cơ quan', en: 'Cycle among agency groups' };
  return findCycles(groups.keys(), edges).map((c) =>
    cycleDiagnostic('group-cycle', what, c, c.slice(0, -1).map((n) => { const g = groups.get(n); return g ? positions.locate(g, 'id') : undefined; })),
  );
}
