import type { FieldsPrint, FieldStyle } from '../model/body.js';
import type { BuiltTask } from './build-body.js';

type FieldKey = 'lead' | 'coordinators' | 'deadline';
const KEYS: readonly FieldKey[] = ['lead', 'coordinators', 'deadline'];

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * How the draft prints the fields of its tasks, read from how the letter printed them: the
 * document's style and labels are the most common ones ("a) Cơ quan thực hiện: …"); a field the
 * letter never prints as a line is `inline` for the whole document (An Giang's leads are its
 * headings); a task that prints differently, or has a field only in its text, says so itself.
 */
export function applyPrintSettings(tasks: readonly BuiltTask[]): FieldsPrint | undefined {
  const lines = tasks.flatMap((t) => t.shaped.fields.filter((f) => f.style !== undefined && f.kind !== 'products'));
  if (tasks.length === 0) return undefined;
  const style: FieldStyle = mostCommon(tasks.map((t) => t.shaped.fields.find((f) => f.style)?.style).filter((s): s is FieldStyle => s !== undefined)) ?? 'plain';
  const labels: Partial<Record<FieldKey, string>> = {};
  for (const k of KEYS) {
    const label = mostCommon(lines.filter((f) => f.kind === k).map((f) => f.label));
    if (label !== undefined) labels[k] = label;
  }
  const docInline = KEYS.filter((k) => !lines.some((f) => f.kind === k));
  for (const t of tasks) {
    const own = t.shaped.fields.filter((f) => f.style !== undefined);
    const ownStyle = own[0]?.style;
    const printed = new Set(own.map((f) => f.kind));
    const inline = KEYS.filter((k) => t.task[k] !== undefined && !printed.has(k) && !docInline.includes(k));
    const settings: FieldsPrint = {};
    if (ownStyle && ownStyle !== style) settings.style = ownStyle;
    for (const f of own) {
      if (f.kind !== 'products' && labels[f.kind] !== f.label) settings[f.kind] = f.label;
    }
    if (inline.length > 0) settings.inline = [...docInline, ...inline];
    if (Object.keys(settings).length > 0) t.task.fields = settings;
  }
  return { style, ...labels, ...(docInline.length > 0 ? { inline: docInline } : {}) };
}
