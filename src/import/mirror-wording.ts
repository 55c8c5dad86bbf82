import type { DeadlineField } from '../model/task.js';
import { parseDeadline } from '../text/deadline.js';

/**
 * A ministry's words as the province's body says them: whom it addresses, whom it reports to,
 * where it sends its results. Ordered longest first; each a plain phrase, no pattern.
 */
const PROVINCIAL: readonly (readonly [RegExp, string])[] = [
  [/các bộ, cơ quan ngang bộ(?:, cơ quan thuộc Chính phủ)? và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương/gu, 'các cơ quan, đơn vị, địa phương trên địa bàn tỉnh'],
  [/các bộ, ngành, địa phương/gu, 'các cơ quan, đơn vị, địa phương trên địa bàn tỉnh'],
  [/các bộ, cơ quan ngang bộ/gu, 'các sở, ban, ngành'],
  [/Thủ tướng Chính phủ/gu, 'Ủy ban nhân dân tỉnh'],
  [/gửi Bộ Nội vụ/gu, 'gửi Sở Nội vụ'],
  [/Chỉ thị này/gu, 'Chỉ thị số 14/CT-TTg'],
];

// What only a ministry does (grants rights, runs or builds a national platform): the province's body
// follows its guidance instead.
const CENTRAL_ACT = /^(?:Phân quyền|Vận hành|Phát triển|Xây dựng|Phối hợp với Bộ|Ban hành)/u;

/** The text of a ministry's task, worded for its counterpart in the province. */
export function provincialWording(text: string, ministry: string): string {
  let out = text;
  for (const [from, to] of PROVINCIAL) out = out.replace(from, to);
  if (!CENTRAL_ACT.test(out)) return out;
  const what = out.charAt(0).toLocaleLowerCase('vi') + out.slice(1).replace(/\.$/u, '');
  return `Phối hợp với ${ministry}, hướng dẫn các cơ quan, đơn vị, địa phương trên địa bàn tỉnh triển khai sau khi ${ministry} hoàn thành việc ${what}.`;
}

/** The last day a deadline allows (ISO), when it names one. */
function latestDay(deadline: DeadlineField): string | undefined {
  const by = typeof deadline === 'string' ? undefined : deadline.by;
  if (by) return by;
  const parsed = parseDeadline(typeof deadline === 'string' ? deadline : deadline.text);
  return parsed.ok ? parsed.value.latest : undefined;
}

/** Whether a deadline has passed by a day (ISO `yyyy-mm-dd`). */
export function deadlinePassed(deadline: DeadlineField, on: string): boolean {
  const latest = latestDay(deadline);
  return latest !== undefined && latest < on;
}

/** A task's text without its closing deadline sentence ("… Hoàn thành trước ngày 30 tháng 4 năm 2026."), which the field prints. */
export function withoutDeadlineSentence(text: string, deadline: DeadlineField): string {
  const phrase = (typeof deadline === 'string' ? deadline : deadline.text).trim().replace(/\.$/u, '');
  const at = text.lastIndexOf(phrase);
  if (at <= 0 || text.slice(at + phrase.length).replace(/[.\s]/gu, '') !== '') return text;
  const before = text.slice(0, at).trimEnd();
  return /[.;]$/u.test(before) ? before : text;
}
