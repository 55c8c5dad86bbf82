import type { DocumentKind } from '../model/kind.js';
import type { Block } from './blocks.js';
import type { Damage } from './damage.js';
import type { NumberLine, PlaceDate } from './header.js';
import { readMarker } from './markers.js';
import { opensAttachment } from './outline.js';
import { plain } from './markdown.js';
import type { SignerRead } from './signer.js';
import { readAddressees, readHeader } from './zone-head.js';
import { readFooter } from './zone-foot.js';

/**
 * The parts of a letter, found in order: the header (agency lines, number, place and date, type
 * name, subject), the addressees, the body, the closing, the distribution list and the signature.
 */
export interface LetterParts {
  readonly agencyLines: readonly Line[];
  readonly number: (NumberLine & { line: number }) | undefined;
  readonly placeDate: (PlaceDate & { line: number }) | undefined;
  readonly kindTitle: DocumentKind | undefined;
  /** `V/v` found: a công văn. */
  readonly vv: boolean;
  readonly subject: Line | undefined;
  readonly to: readonly Line[];
  readonly body: readonly Block[];
  readonly closing: readonly Block[];
  readonly distribution: readonly Line[];
  readonly signer: (SignerRead & { line: number }) | undefined;
  /** Blocks of the header and the end that were not understood, kept as text. */
  readonly unplaced: readonly Block[];
  /** The national name and motto were printed. */
  readonly motto: boolean;
  /** Number or date lines of the header that OCR broke: reported, not read. */
  readonly damaged: readonly (Damage & { readonly line: number })[];
  /** The authority line of a decision or resolution under its subject ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"). */
  readonly authority?: Line | undefined;
  /** The place printed before a damaged date. */
  readonly damagedPlace: string | undefined;
}

/** A line (or joined lines) of text with where it starts. */
export interface Line {
  readonly text: string;
  readonly line: number;
}

const CLOSING_END = /(?:\.\/\.?|\/\.)\s*(?:\*\*|__)?$/u;

const textOf = (b: Block): string => b.lines.join(' ');

/** Splits the blocks of a letter into its parts. */
export function splitParts(blocks: readonly Block[]): LetterParts {
  const unplaced: Block[] = [];
  const head = readHeader(blocks);
  const toRead = readAddressees(blocks, head.end);
  const footer = readFooter(blocks, toRead.end, unplaced);
  const { body, closing } = splitClosing(blocks.slice(toRead.end, footer.start));
  const attached = attachedAfterFooter(blocks.slice(footer.start), unplaced);
  return {
    ...head.parts,
    to: toRead.to,
    body: [...body, ...attached],
    closing,
    distribution: footer.distribution,
    signer: footer.signer,
    unplaced,
  };
}

/**
 * The appendices and texts issued with the document ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "DANH MỤC", "PHỤ
 * LỤC"), printed after its signature: taken out of `unplaced` (in place) and returned, in order, for the body.
 */
function attachedAfterFooter(footer: readonly Block[], unplaced: Block[]): Block[] {
  // The heading may have been read with the signature above it; the text under it was not.
  const first = footer.slice(1).find((b) => opensAttachment(b) !== undefined);
  if (!first) return [];
  const sorted = [...unplaced].sort((a, b) => a.start - b.start);
  const moved = [first, ...sorted.filter((b) => b.start > first.start)];
  const keep = unplaced.filter((b) => b.start < first.start);
  unplaced.length = 0;
  unplaced.push(...keep);
  return moved;
}

/**
 * The closing request ("… tổ chức triển khai thực hiện./.") at the end of the body: the last
 * paragraph ending with "./" or "/.", with any unnumbered paragraphs about the whole letter just before it.
 */
function splitClosing(blocks: readonly Block[]): { body: Block[]; closing: Block[] } {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]?.kind !== 'text') end--;
  const last = blocks[end - 1];
  if (!last || readMarker(textOf(last))) return { body: [...blocks], closing: [] };
  // A decision's last article says who carries it out ("Điều 10. Trách nhiệm thi hành" / "Chánh Văn
  // phòng …; Giám đốc các Sở … chịu trách nhiệm thi hành Quyết định này./."): its text, not a closing.
  if (lastMarkedIsArticle(blocks, end - 1)) return { body: [...blocks], closing: [] };
  if (CLOSING_END.test(textOf(last).trim())) {
    let start = end - 1;
    while (start > 0 && isGeneralRequest(blocks[start - 1] as Block)) start--;
    // "2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương;" + "Giám đốc Trung tâm …
    // chịu trách nhiệm thi hành Quyết định này./.": the list of who carries it out goes on.
    const prev = blocks[start - 1];
    if (start === end - 1 && prev?.kind === 'text' && /;\**$/u.test(textOf(prev).trim())) {
      const joined: Block = { ...prev, end: last.end, lines: [...prev.lines, ...last.lines], joined: [...(prev.joined ?? []), last.start] };
      return { body: [...blocks.slice(0, start - 1), joined, ...blocks.slice(end)], closing: [] };
    }
    return { body: blocks.slice(0, start), closing: blocks.slice(start, end) };
  }
  // No "./": a last unnumbered paragraph that asks everyone to carry the letter out.
  if (/(?<![\p{L}\p{N}])(?:chịu trách nhiệm|tổ chức thực hiện|triển khai thực hiện|nghiêm túc thực hiện)(?![\p{L}\p{N}])/iu.test(textOf(last)) && lastItemHasNoParagraphs(blocks, end - 1)) {
    return { body: blocks.slice(0, end - 1), closing: [last] };
  }
  return { body: [...blocks], closing: [] };
}

function isGeneralRequest(b: Block): boolean {
  const t = plain(textOf(b));
  return b.kind === 'text' && !readMarker(textOf(b)) && /^(?:Trong quá trình|Quá trình)(?![\p{L}\p{N}])/iu.test(t);
}

/** Whether the nearest numbered block before `at` is an article ("Điều 3."). */
function lastMarkedIsArticle(blocks: readonly Block[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i] as Block;
    const m = b.kind === 'text' ? readMarker(textOf(b)) : undefined;
    if (m) return m.marker.style === 'article';
  }
  return false;
}

/** Whether the numbered item before `at` has no unnumbered paragraphs of its own. */
function lastItemHasNoParagraphs(blocks: readonly Block[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const m = readMarker(textOf(blocks[i] as Block));
    if (m && m.marker.style !== 'dash' && m.marker.style !== 'plus') return true;
    if (!m) return false;
  }
  return true;
}
