import type { Block } from './blocks.js';
import { opensBlock } from './blocks.js';

/**
 * Joins paragraphs that a page break (or a note placed where the page broke) cut in two:
 * "… xác nhận cán bộ, công chức, viên chức hoàn" + "thành học tập." A paragraph continues when it
 * does not end a sentence and the next one starts in lower case.
 *
 * Some texts are hard-wrapped: every printed line is a line of the file, often with blank lines
 * between them. There each line is read on its own and joined to the next unless it ends a sentence,
 * the next line opens an item, or it is short (the last line of a paragraph or a title).
 */
export function rejoin(blocks: readonly Block[]): Block[] {
  const wrapped = hardWrapWidth(blocks);
  const units = wrapped === undefined ? blocks : blocks.flatMap(splitLines);
  const out: Block[] = [];
  for (const b of units) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, b, wrapped)) out[out.length - 1] = join(prev, b);
    else out.push(b);
  }
  return out;
}

const LEAVES_OPEN = /(?:,|\s(?:và|của|cho|các))\**$/u;
const ENDS_SENTENCE = /[.:;!?…)"”’]\**$|\/\.?$/u;

function continues(prev: Block, next: Block, wrapped: number | undefined): boolean {
  if (prev.kind !== 'text' || next.kind !== 'text') return false;
  const last = prev.lines[prev.lines.length - 1] ?? '';
  const first = next.lines[0] ?? '';
  if (opensBlock(first)) return false;
  // "… Chủ tịch Ủy ban nhân dân các xã, phường;" + "các cơ quan, đơn vị … chịu trách nhiệm thi hành":
  // a list of names goes on after a semicolon in lower case.
  if (/;\**$/u.test(last) && /^[\p{Ll}]/u.test(first)) return true;
  if (ENDS_SENTENCE.test(last)) return false;
  if (/^(?:\*\*|__)?[\p{Ll}(]/u.test(first)) return true;
  // A line that ends on a comma or a joining word ("Sở Nông nghiệp và Môi trường," / "Ủy ban nhân dân
  // cấp xã:") breaks a list of names in two; the capital of the next name opens no paragraph.
  if (LEAVES_OPEN.test(last)) return true;
  // Hard-wrapped text: a line that reaches the wrap width did not end its paragraph.
  return wrapped !== undefined && last.length >= wrapped;
}

function join(a: Block, b: Block): Block {
  return {
    kind: 'text',
    start: a.start,
    end: b.end,
    lines: [...a.lines, ...b.lines],
    joined: [...(a.joined ?? []), b.start],
  };
}

function splitLines(b: Block): Block[] {
  if (b.kind !== 'text' || b.lines.length === 1) return [b];
  return b.lines.map((line, i) => ({ kind: 'text', start: b.start + i, end: b.start + i, lines: [line] }));
}

/**
 * The width of a hard-wrapped text (a little under its usual line length), or undefined when the
 * text is not hard-wrapped: most of its one-line paragraphs end in the middle of a sentence.
 */
function hardWrapWidth(blocks: readonly Block[]): number | undefined {
  const lines = blocks.filter((b) => b.kind === 'text').flatMap((b) => b.lines);
  if (lines.length < 6) return undefined;
  const open = lines.filter((l) => !ENDS_SENTENCE.test(l) && !opensBlock(l) && l.length >= 40);
  if (open.length < 5 || open.length * 3 < lines.length) return undefined;
  const lengths = open.map((l) => l.length).sort((x, y) => x - y);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return Math.floor(median * 0.8);
}
