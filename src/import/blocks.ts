import type { Nodes, Table } from 'mdast';
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
}

// Lines that open a part of the letter even inside a Markdown paragraph.
const OPENERS =
  /^(?:\*\*|__)?\s*(?:Kính gửi|Nơi nhận|Số\s*:|V\/v|KT\.|TM\.|TL\.|TUQ\.|Q\.|Căn cứ|Thời gian|Thời hạn|Cơ quan|Đơn vị|Sản phẩm|CỘNG HÒA|CỘNG HOÀ|Độc lập)/u;

/** Whether a line starts a block of its own. */
export function opensBlock(line: string): boolean {
  return readMarker(line) !== undefined || OPENERS.test(line.trim());
}

/** The blocks of a text whose footnotes are already taken out. */
export function segment(lines: readonly string[]): Block[] {
  const root = parseMarkdown(lines.join('\n'));
  const blocks: Block[] = [];
  // Few blank lines: a text with one paragraph per line; each line is a block.
  const oneLineEach = isOnePerLine(lines);
  for (const leaf of leaves(root.children)) {
    const start = leaf.position?.start.line ?? 1;
    const end = leaf.position?.end.line ?? start;
    if (leaf.type === 'table') {
      blocks.push(tableBlock(leaf, lines, start, end));
      continue;
    }
    let current: { start: number; lines: string[] } | undefined;
    for (let n = start; n <= end; n++) {
      const line = cleanLine(lines[n - 1] ?? '');
      if (line === '') continue;
      if (!current || oneLineEach || opensBlock(line)) {
        if (current) blocks.push(textBlock(current));
        current = { start: n, lines: [] };
      }
      current.lines.push(line);
    }
    if (current) blocks.push(textBlock(current));
  }
  return blocks;
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
  const rows = table.children.map((row) =>
    row.children.map((cell) => {
      const first = cell.children[0]?.position?.start;
      const last = cell.children[cell.children.length - 1]?.position?.end;
      if (!first || !last || first.line !== last.line) return '';
      return (lines[first.line - 1] ?? '').slice(first.column - 1, last.column - 1).trim();
    }),
  );
  return { kind: 'table', start, end, lines: lines.slice(start - 1, end).map((l) => l.trim()), rows };
}

/** Whether the text puts one paragraph per line (hardly any blank lines between its lines). */
function isOnePerLine(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l.trim() !== '').length;
  let runs = 0;
  for (let i = 1; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '' && (lines[i - 1] ?? '').trim() !== '') runs++;
  return text >= 8 && runs / text > 0.7;
}
