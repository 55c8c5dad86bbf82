import type { DocumentKind } from '../model/kind.js';
import type { Block } from './blocks.js';
import { readKindTitle, readKindTitleLine, readNumberLine, readPlaceDate, readSubjectLine, stripMotto, isUpperLine } from './header.js';
import { readMarker, stripMarker } from './markers.js';
import { plain } from './markdown.js';
import type { LetterParts, Line } from './zones.js';
import { damagedDateLine, damagedNumberLine, placeBeforeDate, type Damage } from './damage.js';

const AUTHORITY_LINE = /^(?:ỦY BAN|UỶ BAN|CHỦ TỊCH|THỦ TƯỚNG|CHÍNH PHỦ|BỘ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN|BỘ CHÍNH TRỊ|BAN CHẤP HÀNH)(?!\p{L})/u;
const KINH_GUI = /^(?:\*\*|__)?Kính gửi\s*:?\s*(.*)$/iu;

const textOf = (b: Block): string => b.lines.join(' ');

/** What the top of a letter says. */
export type HeadParts = Pick<LetterParts, 'agencyLines' | 'number' | 'placeDate' | 'kindTitle' | 'vv' | 'subject' | 'motto' | 'damaged' | 'damagedPlace' | 'authority'>;

/** Reads the header blocks from the start: agency lines, number, place and date, type name, subject. */
export function readHeader(blocks: readonly Block[]): { parts: HeadParts; end: number } {
  const agencyLines: Line[] = [];
  let number: LetterParts['number'];
  let placeDate: LetterParts['placeDate'];
  let kindTitle: DocumentKind | undefined;
  let subject: Line | undefined;
  let vv = false;
  let motto = false;
  const damaged: (Damage & { line: number })[] = [];
  let damagedPlace: string | undefined;
  let authority: Line | undefined;
  const dateDamage = (t: string, line: number): boolean => {
    const d = placeDate ? undefined : damagedDateLine(t);
    if (!d) return false;
    damaged.push({ ...d, line });
    damagedPlace ??= placeBeforeDate(t);
    return true;
  };
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
      else if (num.rest) dateDamage(num.rest, b.start);
      continue;
    }
    const numDamage = number ? undefined : damagedNumberLine(text);
    if (numDamage && !damaged.some((d) => d.what === 'number')) {
      damaged.push({ ...numDamage, line: b.start });
      dateDamage(text.slice(numDamage.index + numDamage.found.length), b.start);
      continue;
    }
    const pd = readPlaceDate(text);
    if (pd && !placeDate) {
      placeDate = { ...pd, line: b.start };
      continue;
    }
    // Only a line that reads as the place-and-date line: "Hà Nội, ngày …", "ngày … tháng … năm …".
    if (/^(?:(?:[\p{Lu}][\p{Ll}]+\s?){1,4},\s*)?ngày/u.test(text) && text.split(/\s+/).length <= 12 && dateDamage(text, b.start)) continue;
    const kind = readKindTitle(text);
    if (kind && !kindTitle) {
      kindTitle = kind;
      continue;
    }
    const titled = kindTitle ? undefined : readKindTitleLine(stripMotto(plain(b.lines[0] ?? '')).rest);
    if (titled) {
      kindTitle = titled.kind;
      subject = { text: [titled.rest, ...b.lines.slice(1).map((l) => plain(l))].join(' '), line: b.start };
      continue;
    }
    const vvText = readSubjectLine(raw);
    if (vvText !== undefined && !subject) {
      vv = true;
      subject = { text: plain(vvText), line: b.start };
      continue;
    }
    // Who decides, printed under the subject of a decision: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "THỦ TƯỚNG CHÍNH PHỦ".
    if (kindTitle && subject && !authority && AUTHORITY_LINE.test(text) && isUpperLine(text) && text.split(/\s+/).length <= 10) {
      authority = { text, line: b.start };
      continue;
    }
    // The rest of a decision's title block before its authority line: a second capital line of the
    // subject, "(Cấp lần đầu: …)" — kept in the subject, not lost.
    if (kindTitle && subject && !authority && !vv && !readMarker(raw) && !/^(?:Căn cứ|Xét|Theo|Thực hiện)/u.test(text) && (/^\(/u.test(text) || isUpperLine(stripMotto(plain(b.lines[0] ?? '')).rest))) {
      subject = { text: `${subject.text} ${text}`, line: subject.line };
      continue;
    }
    // The subject of a typed document: the (bold) lines under its type name.
    if (kindTitle && !subject && !readMarker(raw)) {
      subject = { text: text, line: b.start };
      continue;
    }
    if (!subject && !number && !placeDate && damaged.length === 0 && isUpperLine(text) && !readMarker(raw)) {
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
  return { parts: { agencyLines, number, placeDate, kindTitle, vv, subject, motto, damaged, damagedPlace, authority }, end: i };
}

function isContinuation(blocks: readonly Block[], i: number): boolean {
  const prev = blocks[i - 1];
  const last = prev?.lines[prev.lines.length - 1] ?? '';
  return prev !== undefined && !/[.:;]$/.test(last) && (blocks[i]?.lines.join(' ').split(/\s+/).length ?? 99) <= 12;
}

/** "Kính gửi: X" or "Kính gửi:" and a list of "- X;" lines. */
export function readAddressees(blocks: readonly Block[], from: number): { to: Line[]; end: number } {
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
