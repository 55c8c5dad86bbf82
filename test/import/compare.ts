/**
 * Comparing an imported document with a hand-written one, task by task (see score.test.ts for
 * what "right" means per field).
 */
import type { Node, Task } from '../../src/model/body.js';
import type { AgencyRef, DeadlineField, TaskLink } from '../../src/model/task.js';
import { parseDeadline } from '../../src/text/deadline.js';

/** A task with the lead in force and its links, for comparing. */
export interface FlatTask {
  readonly id: string;
  readonly text: string;
  readonly lead: string[];
  readonly coordinators: string[];
  readonly deadline: DeadlineField | undefined;
  readonly links: string[];
}

const refId = (r: AgencyRef): string => (typeof r === 'string' ? r : r.ref);
const linkId = (l: TaskLink): string => (typeof l === 'string' ? l : l.task);

/** Every task of a document with the lead in force. */
export function flatten(nodes: readonly Node[], inherited: string[] = []): FlatTask[] {
  return nodes.flatMap((n): FlatTask[] => {
    if ('section' in n) return flatten(n.items ?? [], n.lead ? n.lead.map(refId) : inherited);
    if (!('task' in n)) return [];
    const t = n as Task;
    const lead = t.lead ? t.lead.map(refId) : inherited;
    const own: FlatTask = {
      id: t.task,
      text: [t.title ?? '', t.lead_in ?? '', ...[t.text ?? ''].flat()].join(' '),
      lead,
      coordinators: (t.coordinators ?? []).map(refId),
      deadline: t.deadline,
      links: [...(t.implements ?? []).map((l) => `implements:${linkId(l)}`), ...(t.mirrors ?? []).map((l) => `mirrors:${linkId(l)}`)],
    };
    return [own, ...flatten(t.items ?? [], lead)];
  });
}

const words = (s: string): string[] =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\*\*|\[\^\d+\]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Dice coefficient of the two texts' word multisets. */
export function dice(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const count = new Map<string, number>();
  for (const w of wa) count.set(w, (count.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const c = count.get(w) ?? 0;
    if (c > 0) {
      shared++;
      count.set(w, c - 1);
    }
  }
  return wa.length + wb.length === 0 ? 1 : (2 * shared) / (wa.length + wb.length);
}

export const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

const textOfDeadline = (d: DeadlineField): string => (typeof d === 'string' ? d : d.text);
const cleanDeadline = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\*\*/g, '')
    .replace(/^hoàn thành\s+/, '')
    .replace(/[.\s]+$/, '')
    .trim();

function sameMeaning(a: string, b: string): boolean {
  const pa = parseDeadline(a);
  const pb = parseDeadline(b);
  if (pa.ok && pb.ok) {
    const strip = ({ text: _t, ...rest }: typeof pa.value) => JSON.stringify(rest);
    return strip(pa.value) === strip(pb.value);
  }
  return cleanDeadline(a) === cleanDeadline(b);
}

export function sameDeadline(expected: DeadlineField | undefined, got: DeadlineField | undefined): boolean {
  if (expected === undefined || got === undefined) return expected === got;
  if (!sameMeaning(textOfDeadline(expected), textOfDeadline(got))) return false;
  const every = typeof expected === 'object' ? expected.every : undefined;
  if (every === undefined) return true;
  const gotEvery = typeof got === 'object' ? got.every : undefined;
  return gotEvery !== undefined && sameMeaning(every, gotEvery);
}

/** Pairs expected tasks with imported ones: same id and alike text, else very alike text. */
export function pair(expected: readonly FlatTask[], got: readonly FlatTask[]): Map<FlatTask, FlatTask> {
  const pairs = new Map<FlatTask, FlatTask>();
  const used = new Set<FlatTask>();
  for (const e of expected) {
    const g = got.find((x) => !used.has(x) && x.id === e.id && dice(x.text, e.text) >= 0.5);
    if (g) {
      pairs.set(e, g);
      used.add(g);
    }
  }
  for (const e of expected) {
    if (pairs.has(e)) continue;
    const g = got.filter((x) => !used.has(x)).sort((x, y) => dice(y.text, e.text) - dice(x.text, e.text))[0];
    if (g && dice(g.text, e.text) >= 0.9) {
      pairs.set(e, g);
      used.add(g);
    }
  }
  return pairs;
}
