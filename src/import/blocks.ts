import type { Nodes, Table } from 'mdast';
import { alignedTables } from './aligned-table.js';
import { readMarker } from './markers.js';
import { parseMarkdown } from './markdown.js';

/**
 * A paragraph of the source as the importer reads it: its lines (Markdown, trimmed), where they are,
 * and for a table its cells. Markdown gives the paragraphs (blank lines, tables); a line that starts
 * an item, a field or a part of the letter starts a new block even without a blank line before it.
 */
export interface Block {
  readonly kind: 'text' | 'table';
  /** 1-based first and last line in the source. */
  readonly start: number;
  readonly end: number;
  readonly lines: readonly string[];
  /** Cells of a table, row by row, as Markdown inline text. */
  readonly rows?: readonly (readonly string[])[];
  /** Lines where a paragraph broken by a page (or a hard wrap) was joined again. */
  readonly joined?: readonly number[];
  /** For a table: the source line of each row (header first), where it is not one row a line after a delimiter row. */
  readonly rowLines?: readonly number[];
}

// Lines that open a part of the letter even inside a Markdown paragraph.
const OPENERS =
  /^(?:\*\*|__)?\s*(?:Kính gửi|Nơi nhận|Số\s*:|V\/v|KT\.|TM\.|TL\.|TUQ\.|Q\.|T\/M\s|K\/T\s|T\/L\s|Căn cứ|Thời gian|Thời hạn|Cơ quan|Đơn vị|Sản phẩm|CỘNG HÒA|CỘNG HOÀ|Độc lập)/u;

const PAGE_MARK = /^(?:[-–]\s*\d{1,3}\s*[-–]|\d{1,3}|Trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?)$/iu;

/** Whether a line starts a block of its own. */
export function opensBlock(line: string): boolean {
  return readMarker(line) !== undefined || OPENERS.test(line.trim());
}

/** The blocks of a text whose footnotes are already taken out. */
export function segment(input: readonly string[]): Block[] {
  // Tables laid out in columns of spaces are read first; Markdown would cut them at every blank line.
  const aligned = alignedTables(input);
  const lines = aligned.length === 0 ? input : masked(input, aligned);
  const root = parseMarkdown(lines.join('\n'));
  const blocks: Block[] = [...aligned];
  // Few blank lines: a text with one paragraph per line; each line is a block.
  const oneLineEach = isOnePerLine(lines);
  for (const leaf of leaves(root.children)) {
    const start = leaf.position?.start.line ?? 1;
    const end = leaf.position?.end.line ?? start;
    if (leaf.type === 'table') {
      // A table ends at the first line without "|": Markdown reads the lines after it as rows too.
      let last = start;
      while (last < end && (lines[last] ?? '').includes('|')) last++;
      blocks.push(tableBlock(leaf, lines, start, last));
      if (last < end) textBlocks(lines, last + 1, end, oneLineEach, blocks);
      continue;
    }
    textBlocks(lines, start, end, oneLineEach, blocks);
  }
  return aligned.length === 0 ? blocks : blocks.sort((a, b) => a.start - b.start);
}

/** The lines with those of the given blocks blanked. */
function masked(lines: readonly string[], taken: readonly Block[]): string[] {
  const out = [...lines];
  for (const b of taken) for (let n = b.start; n <= b.end; n++) out[n - 1] = '';
  return out;
}

/** The text blocks of lines `start`…`end` (1-based) of one Markdown leaf, appended to `blocks`. */
function textBlocks(lines: readonly string[], start: number, end: number, oneLineEach: boolean, blocks: Block[]): void {
  let current: { start: number; lines: string[] } | undefined;
  for (let n = start; n <= end; n++) {
    const line = cleanLine(lines[n - 1] ?? '');
    // A page number printed where the page broke ("2", "- 3 -", "Trang 4/7") is no text of the letter.
    if (line === '' || PAGE_MARK.test(line)) continue;
    // Rows of cells between "|" with no delimiter row (a table as some extractions print it).
    const run = pipeRun(lines, n, end);
    if (run > 0) {
      if (current) blocks.push(textBlock(current));
      current = undefined;
      blocks.push(pipeTable(lines, n, n + run - 1));
      n += run - 1;
      continue;
    }
    // "… có ý kiến chỉ đạo như sau:" ends its paragraph: what follows is what was said.
    const afterColon = current !== undefined && /(?:như sau|sau đây|cụ thể|chỉ đạo)\s*:$/iu.test(current.lines[current.lines.length - 1] ?? '');
    if (!current || oneLineEach || afterColon || opensBlock(line)) {
      if (current) blocks.push(textBlock(current));
      current = { start: n, lines: [] };
    }
    current.lines.push(line);
  }
  if (current) blocks.push(textBlock(current));
}

function textBlock(b: { start: number; lines: string[] }): Block {
  return { kind: 'text', start: b.start, end: b.start + b.lines.length - 1, lines: b.lines };
}

/** The Markdown of a source line without block syntax around it: quote marks, heading hashes. */
function cleanLine(line: string): string {
  return line
    .replace(/^\s*(?:>\s?)+/, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The blocks that hold text: paragraphs, headings, code, HTML and tables, lists and quotes opened. */
function leaves(nodes: readonly Nodes[]): Nodes[] {
  const out: Nodes[] = [];
  for (const n of nodes) {
    if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote') out.push(...leaves(n.children));
    else if (n.type === 'footnoteDefinition') out.push(n);
    else if (n.type !== 'thematicBreak' && n.type !== 'definition') out.push(n);
  }
  // A list item's paragraph starts after its marker; the marker's line is what the importer reads.
  return out;
}

function tableBlock(table: Table, lines: readonly string[], start: number, end: number): Block {
  const rows = table.children.filter((row) => (row.position?.start.line ?? start) <= end).map((row) =>
    row.children.map((cell) => {
      const first = cell.children[0]?.position?.start;
      const last = cell.children[cell.children.length - 1]?.position?.end;
      if (!first || !last || first.line !== last.line) return '';
      return (lines[first.line - 1] ?? '').slice(first.column - 1, last.column - 1).trim();
    }),
  );
  return { kind: 'table', start, end, lines: lines.slice(start - 1, end).map((l) => l.trim()), rows };
}

// A table framed by "|" drops the empty cells outside the frame; an unframed one keeps an empty first cell (a row without STT).
const cellsOf = (line: string, framed = true): string[] =>
  (framed ? line.trim().replace(/^\|/, '').replace(/\|$/, '') : line.trim()).split('|').map((c) => c.trim());

/** Whether a line is a row of at least three cells between "|". */
function isPipeRow(line: string): boolean {
  return /\S\s*\|\s*\S|^\s*\|/.test(line) && cellsOf(line).length >= 3;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * How many lines from `n` (1-based, up to `end`) are rows of one table; 0 unless there are at least
 * two. A Markdown table that a paragraph swallowed (header and delimiter rows) counts with two cells.
 */
function pipeRun(lines: readonly string[], n: number, end: number): number {
  const markdown = n < end && (lines[n - 1] ?? '').includes('|') && DELIMITER_ROW.test(lines[n] ?? '');
  let k = markdown ? n + 2 : n;
  while (k <= end && (markdown ? (lines[k - 1] ?? '').includes('|') : isPipeRow(lines[k - 1] ?? ''))) k++;
  return k - n >= 2 ? k - n : 0;
}

function pipeTable(lines: readonly string[], start: number, end: number): Block {
  const at = Array.from({ length: end - start + 1 }, (_, i) => start + i).filter((n) => !DELIMITER_ROW.test(lines[n - 1] ?? ''));
  const raw = at.map((n) => lines[n - 1] ?? '');
  const framed = /^\s*\|/.test(raw[0] ?? '');
  return { kind: 'table', start, end, lines: lines.slice(start - 1, end).map((l) => l.trim()), rows: raw.map((l) => cellsOf(l, framed)), rowLines: at };
}

/** Whether the text puts one paragraph per line (hardly any blank lines between its lines). */
function isOnePerLine(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l.trim() !== '').length;
  let runs = 0;
  for (let i = 1; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '' && (lines[i - 1] ?? '').trim() !== '') runs++;
  return text >= 8 && runs / text > 0.7;
}
