import type { Task } from '../../model/body.js';
import type { Document } from '../../model/document.js';
import { nfc } from '../../text/normalize.js';
import { deadlineText } from './fields.js';
import { findTask } from './task-rows.js';

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'] as const;

/** `thứ nhất`, `thứ hai` …, `thứ 11`. */
export function ordinal(n: number): string {
  return `thứ ${ORDINALS[n - 1] ?? String(n)}`;
}

/**
 * Where a task stands in its document, as a letter points to it: `điểm b khoản 2` (the directive's
 * `2.b`; a year split off it adds `, năm 2026`), `khoản 3` in a chỉ thị or `mục 2.1` in a letter, and
 * for a positional id `nội dung thứ hai tại mục 1` (`1-2`: the second unnumbered item under 1).
 */
export function printedTaskRef(id: string, kind: Document['kind']): string {
  // Legal documents number their clauses "khoản"; letters and plans their parts "mục".
  const item = kind === 'chi-thi' || kind === 'quyet-dinh' || kind === 'nghi-dinh' || kind === 'thong-tu' || kind === 'luat' ? 'khoản' : 'mục';
  const lettered = /^(\d+)\.([a-zđ])(?:\/(.+))?$/u.exec(id);
  if (lettered) {
    const year = lettered[3] && /^\d{4}$/.test(lettered[3]) ? `, năm ${lettered[3]}` : lettered[3] ? ', các năm tiếp theo' : '';
    return `điểm ${lettered[2]} ${item} ${lettered[1]}${year}`;
  }
  const positional = /^(.+)-(\d+)$/u.exec(id);
  if (positional?.[1] && positional[2]) return `nội dung ${ordinal(Number(positional[2]))} tại ${printedTaskRef(positional[1], kind)}`;
  if (/^[\dIVX]+(?:\.\d+)*$/u.test(id)) return `${item} ${id}`;
  return `${item} ${id}`;
}

// Markdown inline marks of a task's text, which a quotation in running text does not carry.
function plain(md: string): string {
  return nfc(md)
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\*\*?([^*]+)\*\*?/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const MAX_QUOTE_WORDS = 50;

/**
 * The opening of a task as printed, whole: its title, or the first sentence of its text (up to
 * `.`, `:` or `;`); undefined when that sentence is too long to quote, since a quotation is never cut.
 */
export function taskOpening(task: Task): string | undefined {
  const first = typeof task.text === 'string' ? task.text : task.text?.[0];
  const source = task.title ?? task.lead_in ?? first;
  if (!source) return undefined;
  const sentence = plain(source).split(/(?<=[.:;])\s/u)[0]?.replace(/[.:;]$/u, '') ?? '';
  return sentence !== '' && sentence.split(' ').length <= MAX_QUOTE_WORDS ? sentence : undefined;
}

/**
 * A task named as a letter names it: `nhiệm vụ tại mục 1 (“Tuyên truyền, …”)` or, for an unnumbered
 * item, `nội dung thứ hai tại mục 1 (“…”)`; `where` follows the place (`Công văn số …`); the deadline
 * joins the parentheses when asked (`(“…”; thời hạn: Năm 2026)`).
 */
export function taskNamed(doc: Document, id: string, withDeadline = false, where = ''): string {
  const task = findTask(doc.body, id);
  const opening = task ? taskOpening(task) : undefined;
  const deadline = withDeadline && task?.deadline ? `thời hạn: ${plain(deadlineText(task.deadline))}` : '';
  const ref = printedTaskRef(id, doc.kind);
  const aside = [opening ? `“${opening}”` : '', deadline].filter((p) => p !== '').join('; ');
  return `${ref.startsWith('nội dung') ? ref : `nhiệm vụ tại ${ref}`}${where ? ` ${where}` : ''}${aside ? ` (${aside})` : ''}`;
}
