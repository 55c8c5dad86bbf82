import { cellLines } from './layout-cells.js';

/**
 * The page layout of a converted letter undone, before it is read as text: the note a converter puts
 * above the letter ("[Bản trích chữ tự động …]") and page numbers are taken out, and the two-column
 * header and signature tables (pdftotext columns, a flattened .docx row `a | b`, a Markdown table)
 * are read column by column, left first, one cell per paragraph. Every line out remembers the line
 * of the source it came from, so places stay those of the file.
 */
export interface Laid {
  readonly lines: readonly string[];
  /** 1-based source line of each line out. */
  readonly origin: readonly number[];
  /** Lines taken out, with why (a converter's note, a page number). */
  readonly dropped: readonly { readonly line: number; readonly text: string; readonly what: 'note' | 'page' }[];
}

interface Out {
  lines: string[];
  origin: number[];
}

const NOTE = /^\s*\[.*(?:trích|extract|chuyển đổi|OCR|pdftotext|docx).*\]\s*$/iu;
const PAGE = /^\s*(?:(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*-)?(?:\s*\/\s*\d{1,3})?|={3,}\s*Trang\s+\d{1,3}\s*={3,})\s*$/u;
const BODY_START = /^\s*(?:\*|_)?(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Điều\s+1|[IVX]+[.\-]\s|1\.\s)/u;
const KINH_GUI = /^\s*(?:\|\s*)?(?:\*\*|__|\*|_)?Kính gửi/u;
const NOI_NHAN = /^\s*(?:\|\s*)?(?:\*\*|__|\*|_)?Nơi nhận/u;
const APPENDIX = /^\s*(?:\*\*)?(?:PHỤ LỤC|Phụ lục\s+[IVX\d]|DANH MỤC)/u;
const DECORATION = /^\s*[-–_=*]{3,}\s*$/u;
const TABLE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/u;

/** Undoes the layout of a converted letter (see `Laid`). */
export function unfoldLayout(input: readonly string[]): Laid {
  const dropped: { line: number; text: string; what: 'note' | 'page' }[] = [];
  const lines = input.map((l, i) => {
    if (isNote(input, i)) {
      dropped.push({ line: i + 1, text: l.trim(), what: 'note' });
      return '';
    }
    if (isPageNumber(input, i)) {
      dropped.push({ line: i + 1, text: l.trim(), what: 'page' });
      return '';
    }
    // OCR at the top: "số:" in lower case, rules ("——") before the motto.
    return i < 20 ? l.replace(/^(\s*)số\s*:/u, '$1Số:').replace(/^(\s*)[—–]{2,}\s*/u, '$1') : l;
  });
  const headEnd = headRegionEnd(lines);
  const footStart = footRegionStart(lines, headEnd);
  const footEnd = footStart < 0 ? -1 : footRegionEnd(lines, footStart);
  const out: Out = { lines: [], origin: [] };
  let i = 0;
  if (headEnd > 0) {
    emitColumns(lines, 0, headEnd, out, 'head');
    i = headEnd;
  }
  for (; i < lines.length; i++) {
    if (i === footStart) {
      blank(out, i + 1);
      emitColumns(lines, footStart, footEnd, out, 'foot');
      i = footEnd - 1;
      continue;
    }
    const line = lines[i] ?? '';
    // "Kính gửi: | - A; - B": the addressees' row of a flattened table, read in order.
    const row = KINH_GUI.test(line) && line.includes('|') ? cellLines(line.split('|').map((c) => c.trim()).filter((c) => c !== '').join(' '), 'head') : [];
    for (const t of row.length > 0 ? row.flatMap((c) => c.text.split('\n')) : [line]) {
      out.lines.push(t);
      out.origin.push(i + 1);
    }
    // "Kính gửi: Bộ trưởng Bộ X" whole on its line: what follows is the letter, even without a blank line.
    if (KINH_GUI.test(line) && /:\s*\S.*[^;,:]\s*$/u.test(line) && !line.includes('|')) blank(out, i + 1);
  }
  return { lines: out.lines, origin: out.origin, dropped };
}

/** A converter's note in brackets before anything else of the letter. */
function isNote(lines: readonly string[], i: number): boolean {
  if (!NOTE.test(lines[i] ?? '')) return false;
  return lines.slice(0, i).every((l) => l.trim() === '' || NOTE.test(l));
}

/** A page number alone on its line: far to the right or centred, or between blank lines. */
function isPageNumber(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (!PAGE.test(line) || line.trim() === '') return false;
  if (/Trang\s+\d/u.test(line) && /={3,}/u.test(line)) return true;
  const indent = line.length - line.trimStart().length;
  const blankAround = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
  return indent >= 20 || (blankAround && indent >= 4);
}

/**
 * The end (exclusive) of the header's column block: the last line that holds two cells among the
 * first lines, before the body starts; 0 when the header is not laid out in columns.
 */
function headRegionEnd(lines: readonly string[]): number {
  let last = -1;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 24; i++) {
    const l = lines[i] ?? '';
    if (l.trim() === '') continue;
    seen++;
    if (KINH_GUI.test(l)) return last + 1;
    if ((BODY_START.test(l) && !l.includes('|')) || NOI_NHAN.test(l)) break;
    if (cellLines(l, 'head').length > 1 || l.includes('|') || TABLE_RULE.test(l) || DECORATION.test(l)) last = i;
  }
  return last + 1;
}

/** Where the distribution list and the signature start: the last "Nơi nhận" (or a signature line in columns just above it). */
function footRegionStart(lines: readonly string[], from: number): number {
  for (let i = lines.length - 1; i >= from; i--) {
    if (!NOI_NHAN.test(lines[i] ?? '')) continue;
    return i;
  }
  return -1;
}

/** The end (exclusive) of the signature part: an appendix that follows it, or the end of the text. */
function footRegionEnd(lines: readonly string[], from: number): number {
  // Word's notes follow the signature as Markdown note definitions ("[^1]: …"): they are not columns.
  for (let i = from + 1; i < lines.length; i++) if (APPENDIX.test(lines[i] ?? '') || /^\s*\[\^[^\]\s]+\]:/u.test(lines[i] ?? '')) return i;
  return lines.length;
}

interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Lines [from, to) read as a two-column table: cells split, each put in the left or right column
 * (by its place on the line, or after a `|`), then the left column and the right one, each cell a
 * paragraph of its own (the header) or each line of a column in order (the signature part).
 */
function emitColumns(lines: readonly string[], from: number, to: number, out: Out, part: 'head' | 'foot'): void {
  const rows: Cell[][] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i] ?? '';
    if (TABLE_RULE.test(l) || DECORATION.test(l)) continue;
    rows.push(cellLines(l, part).map((c) => ({ text: c.text, line: i + 1, column: c.column })));
  }
  const twoCell = rows.filter((r) => r.length > 1);
  const piped = rows.some((r) => r.some((c) => c.column < 0));
  // The right column starts a little left of its leftmost cell (centred text wanders).
  const rightStarts = twoCell.map((r) => (r[1] as Cell).column).filter((c) => c >= 0);
  const boundary = rightStarts.length > 0 ? Math.min(...rightStarts) - 4 : Number.POSITIVE_INFINITY;
  const left: Cell[] = [];
  const right: Cell[] = [];
  let afterPipe = false;
  for (const r of rows) {
    if (r.length === 0) continue;
    if (r.length > 1) {
      left.push(r[0] as Cell);
      right.push(...r.slice(1));
      if (piped) afterPipe = true;
      continue;
    }
    const c = r[0] as Cell;
    const isRight = c.column >= 0 ? c.column >= boundary : part === 'foot' && afterPipe;
    (isRight ? right : left).push(c);
  }
  const emit = (cells: readonly Cell[], blankEach: boolean): void => {
    for (const c of cells) {
      for (const t of c.text.split('\n')) {
        out.lines.push(t);
        out.origin.push(c.line);
        if (blankEach) blank(out, c.line);
      }
    }
    if (!blankEach && cells.length > 0) blank(out, (cells[cells.length - 1] as Cell).line);
  };
  emit(left, part === 'head');
  emit(right, part === 'head');
}

function blank(out: Out, line: number): void {
  out.lines.push('');
  out.origin.push(line);
}

/** Blocks read from laid-out lines, placed again at the lines of the source. */
export function relocate<B extends { readonly start: number; readonly end: number; readonly joined?: readonly number[] }>(blocks: readonly B[], origin: readonly number[]): B[] {
  const at = (n: number): number => origin[n - 1] ?? n;
  return blocks.map((b) => ({ ...b, start: at(b.start), end: Math.max(at(b.start), at(b.end)), ...(b.joined ? { joined: b.joined.map(at) } : {}) }));
}
