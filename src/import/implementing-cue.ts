import type { CitationFound } from './citations.js';

/**
 * Words that say a cited document is carried out, just before its citation: "Thực hiện Nghị quyết
 * số …", "triển khai Quyết định …", "Trên cơ sở các nhiệm vụ trong Nghị quyết số 88/NQ-CP …",
 * "các nhiệm vụ, quyền hạn được ủy quyền tại Quyết định số 1883 …". A "Căn cứ" document cited so
 * elsewhere in the letter is one it implements, not only a legal basis.
 */
const CUE = /(?:(?<![\p{L}])(?:thực hiện|triển khai)|nhiệm vụ(?:,\s*(?:giải pháp|quyền hạn))?(?:\s+(?:được giao|được ủy quyền|đề ra))?\s+(?:tại|trong|theo|của))\s*$/iu;

/** Whether the words before a citation say the document is carried out. */
export function citedAsImplemented(text: string, c: CitationFound): boolean {
  return CUE.test(text.slice(Math.max(0, c.index - 80), c.index));
}
