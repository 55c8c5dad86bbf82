import type { Block } from './blocks.js';
import { isUpperLine } from './header.js';
import { readMarker, stripMarker } from './markers.js';
import { plain } from './markdown.js';
import { opensSignature, readSigner } from './signer.js';
import type { LetterParts, Line } from './zones.js';

const NOI_NHAN = /^(?:\*\*|__|\*|_)?Nơi nhận\s*:?\s*(.*)$/iu;

const textOf = (b: Block): string => b.lines.join(' ');

/** The end of a letter: where it starts, the distribution list, the signature. */
export interface Footer {
  readonly start: number;
  readonly distribution: Line[];
  readonly signer: LetterParts['signer'];
}

/** From "Nơi nhận" (the last one) to the end: the list, the signature; before it, a signature too. */
export function readFooter(blocks: readonly Block[], from: number, unplaced: Block[]): Footer {
  let start = blocks.length;
  for (let i = blocks.length - 1; i >= from; i--) {
    if (NOI_NHAN.test(textOf(blocks[i] as Block))) {
      start = i;
      break;
    }
  }
  // No "Nơi nhận": the signature block at the end, if any.
  if (start === blocks.length) {
    const sig = findSignature(blocks, from, blocks.length);
    if (!sig) return { start, distribution: [], signer: undefined };
    unplaced.push(...blocks.slice(sig.end));
    return { start: sig.start, distribution: [], signer: sig.signer };
  }
  const distribution: Line[] = [];
  const head = plain(NOI_NHAN.exec(textOf(blocks[start] as Block))?.[1] ?? '').replace(/\*\*|__/g, '').trim();
  if (head) distribution.push({ text: cleanItem(head), line: (blocks[start] as Block).start });
  let i = start + 1;
  for (; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const raw = textOf(b);
    if (opensSignature(raw)) break;
    const marker = readMarker(raw);
    if (!marker || (marker.marker.style !== 'dash' && marker.marker.style !== 'plus')) {
      // "- Lưu: VT, C6." ends the list; an unmarked line after it is not part of it.
      if (distribution.some((d) => /^Lưu(?![\p{L}\p{N}])/iu.test(d.text)) || !/[;.]$/.test(raw)) break;
    }
    for (const [k, l] of b.lines.entries()) {
      const lm = readMarker(l);
      const text = cleanItem(plain(lm ? stripMarker(l, lm.marker) : l));
      if (text) distribution.push({ text, line: b.start + k });
    }
  }
  const sig = findSignature(blocks, i, blocks.length) ?? findSignature(blocks, from, start);
  const rest = blocks.slice(i).filter((b) => !sig || b.start < sig.startLine || b.start > sig.endLine);
  unplaced.push(...rest);
  return { start, distribution, signer: sig?.signer };
}

function cleanItem(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[;,]$/, '').replace(/\.$/, '').trim();
}

interface SignatureFound {
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  readonly endLine: number;
  readonly signer: LetterParts['signer'];
}

/** A signature block in blocks[from, to): its authority or title line, and the name after it. */
function findSignature(blocks: readonly Block[], from: number, to: number): SignatureFound | undefined {
  for (let i = from; i < to; i++) {
    const b = blocks[i] as Block;
    const lines = b.lines.map((l) => plain(l));
    const authority = opensSignature(lines[0] ?? '');
    const titleOnly = !authority && isUpperLine(lines[0] ?? '') && i >= to - 3 && i + 1 < to;
    if (!authority && !titleOnly) continue;
    const all = [...lines];
    let j = i + 1;
    while (j < to && j <= i + 3) all.push(...(blocks[j] as Block).lines.map((l) => plain(l))), j++;
    const read = readSigner(all);
    if (!read) continue;
    const endBlock = blocks[j - 1] as Block;
    return { start: i, end: j, startLine: b.start, endLine: endBlock.end, signer: { ...read, line: b.start } };
  }
  return undefined;
}

/**
 * The closing request ("… tổ chức triển khai thực hiện./.") at the end of the body: the last
 * paragraph ending with "./" or "/.", with any unnumbered paragraphs about the whole letter just before it.
 */
