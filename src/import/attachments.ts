/**
 * Attachments a letter names: "(kèm *Chỉ thị số 14/CT-TTg, …, Biểu mẫu tổng hợp*)", "Biểu mẫu báo
 * cáo gửi kèm Công văn này". Only forms, annexes and lists are attachments; documents sent along
 * are citations.
 */
const FORM = /^(?:Biểu mẫu|Phụ lục|Mẫu|Danh sách|Bảng tổng hợp|Đề cương)(?![\p{L}\p{N}])/u;
const SENT_WITH = /(?<![\p{L}\p{N}])(?:gửi kèm|đính kèm|kèm theo|kèm)(?![\p{L}\p{N}])\s*(?:theo\s+)?([^.;)]*)/gu;
const NAMED_FIRST = /^((?:Biểu mẫu|Phụ lục|Mẫu|Danh sách)[^,.;()]*?)\s+(?:được\s+)?(?:gửi kèm|đính kèm|kèm theo)/u;

/** The forms and annexes named as sent with the letter, in order, once each. */
export function findAttachments(texts: readonly string[]): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    const t = s.replace(/\*+|_+/g, '').replace(/\s+/g, ' ').trim();
    if (t && FORM.test(t) && !out.includes(t)) out.push(t);
  };
  for (const text of texts) {
    const plain = text.replace(/\*+/g, '').replace(/^\s*[-+•]\s*/u, '');
    const first = NAMED_FIRST.exec(plain.trim());
    if (first?.[1]) add(first[1]);
    for (const m of plain.matchAll(SENT_WITH)) for (const item of (m[1] ?? '').split(',')) add(item);
  }
  return out;
}

/** Whether a paragraph only says that a form is attached (not a task). */
export function isAttachmentNote(text: string): boolean {
  return NAMED_FIRST.test(text.replace(/\*+/g, '').replace(/^\s*[-+•]\s*/u, '').trim());
}
