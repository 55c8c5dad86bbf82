import type { CitationFound } from './citations.js';

/**
 * Explicit references to a numbered part of another document: "Mục 3 Điều 1 Quyết định số …",
 * "điểm b khoản 1 Điều 3 …", "khoản 2 Điều 4", "nhiệm vụ tại mục 2.a …", "nhiệm vụ số 5 tại Phụ
 * lục …", each as the task id of the product's grammar (`1.3`, `3.1.b`, `4.2`, `2.a`, `PL.5`).
 */

/** A reference as read: the task id it names and where it sits in the text. */
export interface TaskReference {
  readonly id: string;
  readonly index: number;
  readonly end: number;
}

const LETTER = '[a-zđ]';
const ROMAN_OR_NUM = String.raw`(?:[IVX]+|\d+)(?:\.(?:\d+|${LETTER}))*`;
// "điểm b khoản 1 Điều 3", "khoản 3 Điều 2", "Mục 3 Điều 1", "Điều 2": the most precise part first.
const ARTICLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:điểm\s+(${LETTER}),?\s+)?(?:(?:khoản|mục)\s+(\d+),?\s+(?:của\s+)?)?Điều\s+(\d+)(?![\p{L}\p{N}])`,
  'giu',
);
// "nhiệm vụ tại mục 2.a", "theo mục III.1", "tại tiết 1.2": a numbered item of an outline.
const OUTLINE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:mục|tiết|ý)\s+(${ROMAN_OR_NUM})(?![\p{L}\p{N}.])`, 'giu');
// "nhiệm vụ số 5 tại Phụ lục", "mục 5 Phụ lục", "STT 5 của Phụ lục": a row of an appendix table.
const APPENDIX = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:nhiệm vụ|mục|dòng|STT|số thứ tự)\s+(?:số\s+)?(\d+)\s+(?:(?:tại|của|trong|thuộc)\s+)?Phụ\s+lục`, 'giu');

/** Every reference to a numbered part in a text, in order, the appendix rows and articles first where they overlap. */
export function taskReferences(text: string): TaskReference[] {
  const out: TaskReference[] = [];
  const taken = (i: number, e: number): boolean => out.some((r) => i < r.end && r.index < e);
  const push = (id: string, m: RegExpMatchArray): void => {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (!taken(index, end)) out.push({ id, index, end });
  };
  for (const m of text.matchAll(APPENDIX)) push(`PL.${m[1]}`, m);
  for (const m of text.matchAll(ARTICLE)) push([m[3], m[2], m[1]?.toLowerCase()].filter((x) => x !== undefined).join('.'), m);
  for (const m of text.matchAll(OUTLINE)) push(m[1] as string, m);
  return out.sort((a, b) => a.index - b.index);
}

/** The longest stretch between a reference and the citation of the document it is a part of. */
const REACH = 160;

/**
 * The references that name a part of a cited document: each is followed, in the same sentence and
 * within a short stretch, by a citation ("Mục 3 Điều 1 Quyết định … số 2338/QĐ-UBND"). A reference
 * followed by no citation is to the letter itself or to a law named in words, and is left out.
 */
export function referencesWithDocument(text: string, citations: readonly CitationFound[]): { readonly id: string; readonly citation: CitationFound }[] {
  const out: { id: string; citation: CitationFound }[] = [];
  for (const r of taskReferences(text)) {
    const next = citations.find((c) => c.index >= r.end && c.index - r.end <= REACH);
    if (!next) continue;
    const between = text.slice(r.end, next.index);
    // "… Điều 6, Điều 9 và điểm b khoản 1 Điều 18 Nghị định số 181": a list of parts of one document is fine; a sentence break is not.
    if (/[.;:](?:\s|$)/u.test(between) || /(?<![\p{L}])(?:này|nêu trên)(?![\p{L}])/u.test(between)) continue;
    out.push({ id: r.id, citation: next });
  }
  return out;
}
