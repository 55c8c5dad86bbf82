import { SIGN_AUTHORITIES } from '../model/document.js';

/**
 * The cells of one line of a two-column header or signature table, as converters leave them:
 * pdftotext puts the columns side by side with a run of spaces between; a flattened .docx row
 * writes `left | right` (empty cells too: `a |  | b`); a Markdown row `| left | right |`. A cell
 * that a converter flattened into one line is opened again: "Số: 9416/VPCP-QHQT V/v …" (number and
 * subject), "Nơi nhận: - Như trên; - Lưu: VT." (one item a line), "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn
 * Văn A" (authority, title, name).
 */
export interface CellText {
  /** The cell, its lines separated by `\n`. */
  readonly text: string;
  /** The column it starts at on a pdftotext line; -1 for a cell cut at a `|`. */
  readonly column: number;
}

const GAP = /\S(\s{3,})(?=\S)/gu;
// Pieces that belong together although a gap of spaces sits between them (a draft's blanks).
const OPEN_END = /(?:Số\s*:?|ngày|tháng|năm)$/iu;
const OPEN_START = /^(?:\/|tháng|năm|ngày)/iu;
const DECORATION = /^[-–_=*\s]{3,}$/u;

/** The cells of a line of the header ('head') or the signature part ('foot'). */
export function cellLines(line: string, part: 'head' | 'foot'): CellText[] {
  if (line.trim() === '') return [];
  const cells = line.includes('|') ? pipeCells(line) : gapCells(line);
  return cells.map((c) => ({ ...c, text: openCell(c.text, part) })).filter((c) => c.text !== '');
}

function pipeCells(line: string): CellText[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner
    .split(/(?<!\\)\|/u)
    .map((t) => t.replace(/(?:^|\s)[-–_=]{3,}(?=\s|$)/gu, ' ').trim())
    .filter((t) => t !== '' && !DECORATION.test(t))
    .map((text) => ({ text, column: -1 }));
}

function gapCells(line: string): CellText[] {
  const pieces: { text: string; column: number }[] = [];
  const start = line.length - line.trimStart().length;
  let from = start;
  for (const m of line.matchAll(GAP)) {
    const at = (m.index ?? 0) + 1;
    pieces.push({ text: line.slice(from, at).trim(), column: from });
    from = at + (m[1]?.length ?? 0);
  }
  pieces.push({ text: line.slice(from).trim(), column: from });
  const merged: { text: string; column: number }[] = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && (OPEN_END.test(prev.text) || OPEN_START.test(p.text))) prev.text = `${prev.text} ${p.text}`;
    else merged.push({ ...p });
  }
  return merged.filter((p) => !DECORATION.test(p.text));
}

const AUTH = SIGN_AUTHORITIES.join('|');
const LIST_OPENER = /^(?:\*\*|__|\*|_)?(?:Nơi nhận|Kính gửi)(?:\*\*|__|\*|_)?\s*:?(?:\*\*|__|\*|_)?/u;

/** A flattened cell opened into its lines. */
function openCell(text: string, part: 'head' | 'foot'): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (LIST_OPENER.test(t)) return listLines(t);
  if (part === 'head') {
    // "Số: 9416/VPCP-QHQT *V/v …*": the subject printed under the number, in the same cell.
    const vv = /^(Số\s*:?.*?)\s+((?:\*\*|__|\*|_)?V\/v\b.*)$/u.exec(t);
    if (vv) return `${vv[1]}\n${vv[2]}`;
    return t;
  }
  return signatureLines(t) ?? t;
}

/** "Nơi nhận: - A; - B." → one item a line. */
function listLines(t: string): string {
  const head = LIST_OPENER.exec(t)?.[0] ?? '';
  const rest = t.slice(head.length).trim();
  if (rest === '') return head;
  const items = rest.split(/(?<=^|[;:.,)])\s*-\s+(?=\S)/u).map((s) => s.trim()).filter((s) => s !== '');
  return [head, ...items.map((s) => (s.startsWith('-') ? s : `- ${s}`))].join('\n');
}

/**
 * "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Phạm Gia Túc" → one authority a line, the title, the
 * name; undefined when the cell is not a flattened signature.
 */
function signatureLines(t: string): string | undefined {
  const words = t.split(' ');
  const isUpper = (w: string): boolean => /\p{Lu}/u.test(w) && w === w.toUpperCase();
  let k = words.length;
  while (k > 0 && !isUpper(words[k - 1] as string)) k--;
  const upper = words.slice(0, k).join(' ');
  const name = words.slice(k).join(' ');
  if (!new RegExp(`^(?:${AUTH})\\.`, 'u').test(upper) && !(name !== '' && k >= 2)) return undefined;
  if (name !== '' && !/^\p{Lu}/u.test(name)) return undefined;
  const auths = upper.split(new RegExp(`\\s+(?=(?:${AUTH})\\.\\s)`, 'u'));
  const last = auths.pop() ?? '';
  const m = new RegExp(`^((?:${AUTH})\\.)\\s+(.*)$`, 'u').exec(last);
  const lines = [...auths];
  if (m) {
    const [, auth, rest] = m;
    const split = splitTitle(rest ?? '');
    lines.push(`${auth} ${split.for}`.trim());
    if (split.title) lines.push(split.title);
  } else lines.push(last);
  if (name) lines.push(name);
  return lines.filter((l) => l !== '').join('\n');
}

const HEAD_TITLES = /(?:^|\s)((?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ NHIỆM|TỔNG BÍ THƯ|BÍ THƯ|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH THANH TRA|TỔNG CỤC TRƯỞNG|TRƯỞNG PHÒNG|HIỆU TRƯỞNG))$/u;

/** "CHỦ TỊCH PHÓ CHỦ TỊCH" → for "CHỦ TỊCH", title "PHÓ CHỦ TỊCH"; "ỦY BAN NHÂN DÂN CHỦ TỊCH" → for the body, title "CHỦ TỊCH". */
function splitTitle(rest: string): { for: string; title?: string } {
  const pho = rest.lastIndexOf(' PHÓ ');
  if (pho > 0) return { for: rest.slice(0, pho), title: rest.slice(pho + 1) };
  const m = HEAD_TITLES.exec(rest);
  if (m && m.index > 0) return { for: rest.slice(0, m.index).trim(), title: (m[1] ?? '').trim() };
  return { for: rest };
}
