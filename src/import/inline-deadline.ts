import { parseDeadline, type Deadline } from '../text/deadline.js';

/**
 * Deadlines written inside a task's sentence: "… trước ngày 31 tháng 12 năm 2026.", "chậm nhất
 * ngày 30/6/2026", "Định kỳ 6 tháng, …", "(06 tháng/lần)", "17 giờ 00 phút thứ Sáu hàng tuần",
 * "Hoàn thành trong năm 2026.". Each candidate is checked with `parseDeadline`; words like
 * "thường xuyên" inside a sentence ("nhiệm vụ thường xuyên") are not read as deadlines.
 */
export interface InlineDeadline {
  /** The date-like phrase (by a date, within a period), as written. */
  readonly due?: { readonly text: string; readonly value: Deadline };
  /** The rhythm phrase, as written. */
  readonly rhythm?: { readonly text: string; readonly value: Deadline };
}

const PERIOD = String.raw`quý\s+[IVX\d]+(?:\s*(?:,|và|-)\s*(?:quý\s+)?[IVX\d]+)*(?:\s*\/\s*|\s*,?\s+năm\s+)\d{4}|tháng\s+\d{1,2}(?:\s*\/\s*|\s*,?\s+năm\s+)\d{4}|năm\s+\d{4}`;
const DATE = String.raw`(?:ngày\s+)?\d{1,2}\s*(?:/\s*\d{1,2}\s*/\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`;
// "… Thời gian hoàn thành: Năm 2027." written inside the paragraph rather than on a line of its own.
const LABELLED = /(?<![\p{L}\p{N}])(?:Thời gian|Thời hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*([^.;()]+(?:\([^)]*\))?)/giu;
const DUE: readonly RegExp[] = [
  // "Từ ngày Quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm 2027": a span, kept whole from its start.
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:Kể từ|kể từ|Từ|từ)\s+[^.;:()]{1,120}?\s+(?:cho\s+)?(?:đến hết|đến)\s+(?:${DATE}|${PERIOD})`, 'gu'),
  new RegExp(String.raw`(?:Hoàn thành\s+)?(?:trước|chậm nhất(?:\s+(?:là|vào|đến))*|không quá|muộn nhất|đến hết)\s+(?:\*\*|__)?${DATE}`, 'giu'),
  // "trong Quý III năm 2024", "trong quý II/2026", "trong năm 2022", "đến hết tháng 6/2026", "Quý III, IV/2026".
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:trong|trước|đến hết|cuối)\s+(?:${PERIOD})`, 'giu'),
  /Hoàn thành\s+(?:trong|trước)\s+(?:tháng\s+\d{1,2}\s*\/\s*\d{4}|năm\s+\d{4}|quý\s+[IV]+\s*\/\s*\d{4})/giu,
  /(?:trong\s+(?:vòng|thời hạn|thời gian)|không quá)\s+\d+\s+(?:ngày làm việc|ngày|tháng|năm)\s*,?\s+kể từ\s+(?:ngày|khi)\s+[^,.;()]+/giu,
];
const RHYTHM: readonly RegExp[] = [
  /(?:(?:định kỳ\s+)?(?:trước|chậm nhất|vào)\s+ngày\s+\d{1,2}(?:\s*\/\s*\d{1,2}|\s+tháng\s+\d{1,2})\s+)?(?:(?:vào\s+)?(?:lúc\s+)?\d{1,2}\s*giờ(?:\s*\d{1,2}\s*phút)?\s+)?(?:(?:ngày\s+)?thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)\s+|Chủ nhật\s+)?(?:hàng|hằng)\s+(?:tuần|tháng|quý|năm)/giu,
  /(?:Định kỳ|định kỳ)\s+(?:\d{1,2}\s+tháng|hàng\s+\p{L}+|hằng\s+\p{L}+|quý|năm)(?!\s*\/)/gu,
  /\(?(?<![\p{N}])\d{1,2}\s+tháng\s*\/\s*lần\)?/giu,
];

// "ngay sau khi được cấp thẩm quyền chấp thuận …": as soon as an event happens; only where no date is written.
const AS_SOON_AS = /(?<![\p{L}\p{N}])ngay sau khi\s+[^.;,()]+/giu;
const ONGOING = /(?<![\p{L}\p{N}])(?:định kỳ hoặc thường xuyên|thường xuyên hoặc định kỳ)(?![\p{L}\p{N}])/giu;

// "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành": in force from a day or an event on.
const IN_FORCE = new RegExp(String.raw`(?<=hiệu lực(?:\s+thi hành)?\s+)(?:kể\s+)?từ\s+(?:ngày\s+)?(?:${DATE}|(?:ký|kí)(?:\s+ban hành)?)`, 'giu');

/** The first due date and the first rhythm of a text, each validated. */
export function findInlineDeadline(text: string): InlineDeadline {
  const plainText = text.replace(/\*\*|__/g, '');
  const labelled = labelledDeadline(plainText);
  if (labelled) return labelled.kind === 'recurring' ? { rhythm: labelled } : { due: labelled };
  const due = firstValid(plainText, DUE, (d) => d.kind !== 'recurring' && d.kind !== 'continuous') ?? inForce(plainText) ?? firstValid(plainText, [AS_SOON_AS], (d) => d.kind === 'after-event');
  const rhythm = firstValid(plainText, RHYTHM, (d) => d.kind === 'recurring' || d.recurrence !== undefined);
  // "kiểm tra, giám sát định kỳ hoặc thường xuyên": work that goes on, written where a rhythm would be.
  const ongoing = rhythm ? undefined : firstValid(plainText, [ONGOING], (d) => d.kind === 'continuous');
  const rhythmOrOngoing = rhythm ?? ongoing;
  return { ...(due ? { due } : {}), ...(rhythmOrOngoing ? { rhythm: rhythmOrOngoing } : {}) };
}

/** The value of a "Thời gian hoàn thành: …" inside the text, when it parses. */
function labelledDeadline(text: string): { text: string; value: Deadline; kind: Deadline['kind'] } | undefined {
  for (const m of text.matchAll(LABELLED)) {
    const phrase = (m[1] ?? '').trim();
    const parsed = parseDeadline(phrase);
    if (parsed.ok) return { text: phrase, value: parsed.value, kind: parsed.value.kind };
  }
  return undefined;
}

/** "… có hiệu lực kể từ ngày ký": only where that sentence is all the item says (an article that also charges bodies with carrying it out is a duty of theirs). */
function inForce(text: string): { text: string; value: Deadline } | undefined {
  for (const m of text.matchAll(IN_FORCE)) {
    if (/[.;]\s+\S/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const phrase = m[0].replace(/\s+/g, ' ').trim();
    const parsed = parseDeadline(phrase);
    if (parsed.ok) return { text: phrase, value: parsed.value };
  }
  return undefined;
}

function firstValid(
  text: string,
  patterns: readonly RegExp[],
  accept: (d: Deadline) => boolean,
): { text: string; value: Deadline } | undefined {
  let best: { text: string; value: Deadline; at: number } | undefined;
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const phrase = m[0].replace(/^\(|\)$/g, '').replace(/^(?:vào\s+)?lúc\s+/iu, '').replace(/\s+/g, ' ').trim();
      const parsed = parseDeadline(phrase);
      if (!parsed.ok || !accept(parsed.value)) continue;
      if (!best || (m.index ?? 0) < best.at) best = { text: phrase, value: parsed.value, at: m.index ?? 0 };
      break;
    }
  }
  return best ? { text: best.text, value: best.value } : undefined;
}
