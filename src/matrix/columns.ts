import type { Cascade, TaskEntry } from '../load/cascade.js';
import type { Document } from '../model/document.js';
import { fileOf } from './files.js';
import type { MatrixColumn, MatrixLevel, MatrixRow } from './types.js';

const LEVEL_ORDER: readonly MatrixLevel[] = ['central', 'province', 'department', 'commune', 'unit', 'other'];

/** The root directive: the one asked for, else the first central document that implements nothing. */
export function findRoot(cascade: Cascade, wanted?: string): Document | undefined {
  if (wanted !== undefined) return cascade.documentsById.get(wanted);
  return cascade.documents.find((d) => d.implements.length === 0 && levelOf(cascade, d) === 'central');
}

/** Tasks of every document, in document order. */
export function tasksByDoc(cascade: Cascade): Map<string, TaskEntry[]> {
  const out = new Map<string, TaskEntry[]>();
  for (const t of cascade.tasks.values()) {
    const list = out.get(t.doc.id);
    if (list) list.push(t);
    else out.set(t.doc.id, [t]);
  }
  return out;
}

/** The rows: leaf tasks of the root, `must` when addressed through a group (every province), else `mirror`. */
export function rowsOf(cascade: Cascade, rootTasks: readonly TaskEntry[]): MatrixRow[] {
  const leaves = rootTasks.filter((t) => !rootTasks.some((o) => o !== t && o.ancestors.includes(t.task)));
  return leaves.map((t) => ({
    ref: t.ref,
    id: t.task.task,
    gist: gistOf(t),
    kind: t.lead.some((id) => cascade.groups.has(id)) ? 'must' : 'mirror',
    lead: t.lead.map((id) => cascade.nameOf(id) ?? id),
    leadIds: t.lead,
    ...(t.coordinators.length > 0 ? { coordinators: t.coordinators.map((id) => cascade.nameOf(id) ?? id), coordinatorIds: t.coordinators } : {}),
  }));
}

/** Documents below the root (through modelled or cited parents), ordered province by province. */
export function columnsOf(cascade: Cascade, root: Document): MatrixColumn[] {
  const below = new Map<string, boolean>([[root.id, true]]);
  const reaches = (id: string, seen: Set<string>): boolean => {
    const known = below.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false;
    seen.add(id);
    const parents = cascade.documentsById.get(id)?.implements ?? cascade.known.get(id)?.implements ?? [];
    const result = parents.some((p) => reaches(p, seen));
    below.set(id, result);
    return result;
  };
  const provinceOrder = new Map<string, number>();
  for (const a of cascade.agencies.values()) if (a.province && !provinceOrder.has(a.province)) provinceOrder.set(a.province, provinceOrder.size);
  const columns = cascade.documents.filter((d) => d !== root && reaches(d.id, new Set())).map((d) => columnOf(cascade, d));
  const rank = (c: MatrixColumn): number => (c.province === undefined ? -1 : (provinceOrder.get(c.province) ?? 1e6));
  return columns.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
      a.issuerName.localeCompare(b.issuerName, 'vi') ||
      a.label.localeCompare(b.label, 'vi'),
  );
}

function columnOf(cascade: Cascade, d: Document): MatrixColumn {
  const agency = d.issuer ? cascade.agencies.get(d.issuer) : undefined;
  const province = agency?.province;
  const number = d.number?.trim();
  const file = fileOf(cascade, d);
  return {
    doc: d.id,
    label: number && d.symbol ? `${number}/${d.symbol}` : d.id,
    ...(d.issuer ? { issuer: d.issuer } : {}),
    issuerName: (d.issuer && cascade.nameOf(d.issuer)) ?? d.issuer ?? d.id,
    ...(d.issuer && province && d.issuer.startsWith(`${province}.`) ? { issuerKey: d.issuer.slice(province.length + 1) } : {}),
    level: levelOf(cascade, d),
    ...(province ? { province } : {}),
    ...(file ? { file } : {}),
    parents: d.implements,
  };
}

function levelOf(cascade: Cascade, d: Document): MatrixLevel {
  return (d.issuer ? cascade.agencies.get(d.issuer)?.level : undefined) ?? 'other';
}

function gistOf(t: TaskEntry): string {
  const text = typeof t.task.text === 'string' ? t.task.text : (t.task.text?.[0] ?? t.task.title ?? '');
  const line = (t.task.lead_in ? `${t.task.lead_in}: ${text}` : text).replace(/\s+/g, ' ').trim();
  return line.length > 90 ? `${line.slice(0, 89).trimEnd()}…` : line;
}
