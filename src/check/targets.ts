import type { TargetField } from '../model/task.js';

/** What a target commits to: a percentage, a year to reach it by, a first year of a yearly target. */
export interface TargetFacts {
  readonly text: string;
  readonly percent?: number;
  readonly by?: number;
  readonly from?: number;
}

/**
 * The facts of a target: the structured fields where written, else read from its text
 * ("100% … đến hết năm 2026", "từ năm 2027", "trước ngày 31/12/2026").
 */
export function targetFacts(field: TargetField): TargetFacts {
  const key = typeof field === 'string' ? field : undefined;
  const seen = key !== undefined ? BY_TEXT.get(key) : BY_OBJECT.get(field as object);
  if (seen) return seen;
  const facts = readFacts(field);
  if (key !== undefined) BY_TEXT.set(key, facts);
  else BY_OBJECT.set(field as object, facts);
  return facts;
}

// Thousands of letters restate the same few targets: read each once.
const BY_TEXT = new Map<string, TargetFacts>();
const BY_OBJECT = new WeakMap<object, TargetFacts>();

function readFacts(field: TargetField): TargetFacts {
  if (typeof field !== 'string' && (field.percent ?? field.by ?? field.from) !== undefined) {
    return stripUndefined({ text: field.text, percent: field.percent, by: field.by, from: field.from });
  }
  const text = (typeof field === 'string' ? field : field.text).normalize('NFC');
  const percent = /(\d{1,3}(?:[.,]\d+)?)\s*%/u.exec(text)?.[1];
  const from = /từ\s+(?:năm\s+)?(\d{4})/iu.exec(text)?.[1];
  const by = from ? undefined : (/năm\s+(\d{4})/iu.exec(text)?.[1] ?? /\d{1,2}\/\d{1,2}\/(\d{4})/u.exec(text)?.[1]);
  return stripUndefined({
    text,
    percent: percent === undefined ? undefined : Number(percent.replace(',', '.')),
    by: by === undefined ? undefined : Number(by),
    from: from === undefined ? undefined : Number(from),
  });
}

/** Ways a child target falls short of its parent's, each as [vi, en]; empty when it does not. */
export function weaknesses(child: TargetFacts, parent: TargetFacts): [string, string][] {
  const out: [string, string][] = [];
  if (parent.percent !== undefined && child.percent !== undefined && child.percent < parent.percent) {
    out.push([`tỷ lệ ${child.percent}% thấp hơn ${parent.percent}%`, `${child.percent}% is lower than ${parent.percent}%`]);
  }
  if (parent.by !== undefined && child.by !== undefined && child.by > parent.by) {
    out.push([`năm hoàn thành ${child.by} muộn hơn ${parent.by}`, `year ${child.by} is later than ${parent.by}`]);
  }
  if (parent.from !== undefined && child.from !== undefined && child.from > parent.from) {
    out.push([`năm bắt đầu ${child.from} muộn hơn ${parent.from}`, `first year ${child.from} is later than ${parent.from}`]);
  }
  return out;
}

/** Does the target say anything comparable? */
export function hasFacts(t: TargetFacts): boolean {
  return t.percent !== undefined || t.by !== undefined || t.from !== undefined;
}

function stripUndefined(t: { text: string; percent?: number | undefined; by?: number | undefined; from?: number | undefined }): TargetFacts {
  const out: { text: string; percent?: number; by?: number; from?: number } = { text: t.text };
  if (t.percent !== undefined) out.percent = t.percent;
  if (t.by !== undefined) out.by = t.by;
  if (t.from !== undefined) out.from = t.from;
  return out;
}
