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
  const taken = new Set<Block>([...preamble, ...closing].filter((b) => b.kind === 'text' && chargesWork(text(b))));
  return {
    items: [...preamble, ...closing].filter((b) => taken.has(b)).map(paragraphItem),
    preamble: preamble.filter((b) => !taken.has(b)),
    closing: closing.filter((b) => !taken.has(b)),
  };
}
