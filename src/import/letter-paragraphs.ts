import type { Block } from './blocks.js';
import { paragraphItem, type OutlineItem } from './outline.js';

/**
 * A letter that numbers nothing still gives work: "Giao Sở Công Thương chủ trì, …", "Bộ Tài nguyên
 * và Môi trường chủ trì, phối hợp …", "Trên đây là …, đề nghị UBND tỉnh … chỉ đạo … thực hiện". Its
 * paragraphs that charge a body with something (giao, đề nghị, yêu cầu a body; a body chủ trì or
 * triển khai thực hiện) are tasks, in their order, after the opening paragraphs that only say what
 * the letter answers or follows. A closing that only passes the letter on ("… thông báo để Bộ biết,
 * thực hiện") charges nobody.
 */

const CHARGES =
  /(?<![\p{L}\p{N}])(?:(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+(?:\p{Lu}|các\s|đồng chí|Đồng chí)|chủ trì(?![\p{L}\p{N}])|(?:\p{Lu}\p{Ll}*\s+){1,8}(?:và các [^,.;]{1,40}\s+)?(?:triển khai|tổ chức) thực hiện)/u;
const PASSES_ON = /thông báo\s+(?:để\s+)?[^.;]{1,80}\s+biết/iu;

/** Whether a paragraph charges a body with work. */
export function chargesWork(text: string): boolean {
  return CHARGES.test(text) && !PASSES_ON.test(text);
}

/** The paragraphs of the preamble and closing that charge work, as unnumbered items; the rest stay where they were. */
export function paragraphTasks(preamble: readonly Block[], closing: readonly Block[]): { items: OutlineItem[]; preamble: Block[]; closing: Block[] } {
  const text = (b: Block): string => b.lines.join(' ');
  preamble = preamble.flatMap(sentenceLines);
  closing = closing.flatMap(sentenceLines);
  const taken = new Set<Block>([...preamble, ...closing].filter((b) => b.kind === 'text' && chargesWork(text(b))));
  return {
    items: [...preamble, ...closing].filter((b) => taken.has(b)).map(paragraphItem),
    preamble: preamble.filter((b) => !taken.has(b)),
    closing: closing.filter((b) => !taken.has(b)),
  };
}

const ENDS_SENTENCE = /[.:;](?:\/\.?|\.\/)?\**$/u;
const OPENS_SENTENCE = /^\**\p{Lu}/u;

/**
 * A block whose lines are paragraphs of their own (an extraction that writes one paragraph a line,
 * with no blank line between: the charge, then "Văn phòng Chính phủ thông báo … biết, thực hiện./."),
 * cut where a line ends a sentence and the next opens one; other blocks are left whole.
 */
function sentenceLines(b: Block): Block[] {
  if (b.kind !== 'text' || b.lines.length < 2 || b.joined !== undefined) return [b];
  const out: Block[] = [];
  let from = 0;
  for (let i = 1; i <= b.lines.length; i++) {
    const ends = i === b.lines.length || (ENDS_SENTENCE.test((b.lines[i - 1] ?? '').trim()) && OPENS_SENTENCE.test((b.lines[i] ?? '').trim()));
    if (!ends) continue;
    out.push({ kind: 'text', start: b.start + from, end: b.start + i - 1, lines: b.lines.slice(from, i) });
    from = i;
  }
  return out.length > 1 ? out : [b];
}
