import type { DocumentKind } from '../model/kind.js';
import type { Block } from './blocks.js';
import { readKindTitle, readNumberLine, readPlaceDate, readSubjectLine, stripMotto, isUpperLine, type NumberLine, type PlaceDate } from './header.js';
import { readMarker, stripMarker } from './markers.js';
import { plain } from './markdown.js';
import { opensSignature, readSigner, type SignerRead } from './signer.js';

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
}

/** A line (or joined lines) of text with where it starts. */
export interface Line {
  readonly text: string;
  readonly line: number;
}

const KINH_GUI = /^(?:\*\*|__)?Kính gửi\s*:?\s*(.*)$/iu;
const NOI_NHAN = /^(?:\*\*|__|\*|_)?Nơi nhận\s*:?\s*(.*)$/iu;
const CLOSING_END = /(?:\.\/\.?|\/\.)\s*(?:\*\*|__)?$/u;

const textOf = (b: Block): string => b.lines.join(' ');

/** Splits the blocks of a letter into its parts. */
export function splitParts(blocks: readonly Block[]): LetterParts {
  const unplaced: Block[] = [];
  const head = readHeader(blocks, unplaced);
  const toRead = readAddressees(blocks, head.end);
  const footer = readFooter(blocks, toRead.end, unplaced);
  const { body, closing } = splitClosing(blocks.slice(toRead.end, footer.start));
  return {
    ...head.parts,
    to: toRead.to,
    body,
    closing,
    distribution: footer.distribution,
    signer: footer.signer,
    unplaced,
  };
}

type HeadParts = Pick<LetterParts, 'agencyLines' | 'number' | 'placeDate' | 'kindTitle' | 'vv' | 'subject' | 'motto'>;

function readHeader(blocks: readonly Block[], unplaced: Block[]): { parts: HeadParts; end: number } {
  const agencyLines: Line[] = [];
  let number: LetterParts['number'];
  let placeDate: LetterParts['placeDate'];
  let kindTitle: DocumentKind | undefined;
  let subject: Line | undefined;
  let vv = false;
  let motto = false;
  let i = 0;
  for (; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind !== 'text') break;
    const raw = textOf(b);
    if (KINH_GUI.test(raw)) break;
    const stripped = stripMotto(plain(raw).replace(/\*\*|__/g, ''));
    motto ||= stripped.found;
    const text = stripped.rest;
    if (text === '') continue;
    const num = readNumberLine(text);
    if (num && !number) {
      number = { ...num, line: b.start };
      const pd = num.rest ? readPlaceDate(num.rest) : undefined;
      if (pd) placeDate = { ...pd, line: b.start };
      continue;
    }
    const pd = readPlaceDate(text);
    if (pd && !placeDate) {
      placeDate = { ...pd, line: b.start };
      continue;
    }
    const kind = readKindTitle(text);
    if (kind && !kindTitle) {
      kindTitle = kind;
      continue;
    }
    const vvText = readSubjectLine(raw);
    if (vvText !== undefined && !subject) {
      vv = true;
      subject = { text: plain(vvText), line: b.start };
      continue;
    }
    // The subject of a typed document: the (bold) lines under its type name.
    if (kindTitle && !subject && !readMarker(raw)) {
      subject = { text: text, line: b.start };
      continue;
    }
    if (!subject && !number && !placeDate && isUpperLine(text) && !readMarker(raw)) {
      for (const [k, l] of b.lines.entries()) {
        const t = stripMotto(plain(l).replace(/\*\*|__/g, '')).rest;
        if (t) agencyLines.push({ text: t, line: b.start + k });
      }
      continue;
    }
    // A subject printed over several paragraphs (one line each) continues until it ends.
    if (subject && vv && !readMarker(raw) && isContinuation(blocks, i)) {
      subject = { text: `${subject.text} ${text}`, line: subject.line };
      continue;
    }
    break;
  }
  // Header blocks that were read as nothing known stay as text.
  void unplaced;
  return { parts: { agencyLines, number, placeDate, kindTitle, vv, subject, motto }, end: i };
}

function isContinuation(blocks: readonly Block[], i: number): boolean {
  const prev = blocks[i - 1];
  const last = prev?.lines[prev.lines.length - 1] ?? '';
  return prev !== undefined && !/[.:;]$/.test(last) && (blocks[i]?.lines.join(' ').split(/\s+/).length ?? 99) <= 12;
}

/** "Kính gửi: X" or "Kính gửi:" and a list of "- X;" lines. */
function readAddressees(blocks: readonly Block[], from: number): { to: Line[]; end: number } {
  const first = blocks[from];
  const m = first ? KINH_GUI.exec(textOf(first)) : null;
  if (!first || !m) return { to: [], end: from };
  const to: Line[] = [];
  const rest = plain(m[1] ?? '').replace(/^[-–•]\s*/u, '');
  if (rest) to.push(...splitAddressees(rest, first.start));
  let i = from + 1;
  let open = rest === '' || /;$/.test(rest);
  while (i < blocks.length && open) {
    const b = blocks[i] as Block;
    const raw = textOf(b);
    const marker = readMarker(raw);
    const words = raw.split(/\s+/).length;
    if (b.kind !== 'text' || (marker && marker.marker.style !== 'dash' && marker.marker.style !== 'plus') || words > 30) break;
    if (!marker && to.length > 0 && !/;$/.test(to[to.length - 1]?.text ?? '')) break;
    const text = plain(marker ? stripMarker(raw, marker.marker) : raw);
    to.push(...splitAddressees(text, b.start));
    open = !/\.$/.test(text);
    i++;
  }
  return { to: to.map((t) => ({ text: t.text.replace(/[;.,]+$/, '').trim(), line: t.line })).filter((t) => t.text !== ''), end: i };
}

function splitAddressees(text: string, line: number): Line[] {
  return text
    .split(/;\s*/)
    .map((t) => ({ text: t.trim(), line }))
    .filter((t) => t.text !== '');
}

interface Footer {
  readonly start: number;
  readonly distribution: Line[];
  readonly signer: LetterParts['signer'];
}

/** From "Nơi nhận" (the last one) to the end: the list, the signature; before it, a signature too. */
function readFooter(blocks: readonly Block[], from: number, unplaced: Block[]): Footer {
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
function splitClosing(blocks: readonly Block[]): { body: Block[]; closing: Block[] } {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]?.kind !== 'text') end--;
  const last = blocks[end - 1];
  if (!last || readMarker(textOf(last))) return { body: [...blocks], closing: [] };
  if (CLOSING_END.test(textOf(last).trim())) {
    let start = end - 1;
    while (start > 0 && isGeneralRequest(blocks[start - 1] as Block)) start--;
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

/** Whether the numbered item before `at` has no unnumbered paragraphs of its own. */
function lastItemHasNoParagraphs(blocks: readonly Block[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const m = readMarker(textOf(blocks[i] as Block));
    if (m && m.marker.style !== 'dash' && m.marker.style !== 'plus') return true;
    if (!m) return false;
  }
  return true;
}
