import { textWidthPt } from '../text-width.js';
import { ptToTwip } from '../units.js';

/** Content of one column: the header cell's text and the body cells' texts. */
export interface ColumnText {
  readonly header: string;
  readonly cells: readonly string[];
}

/** Room for the cell's left and right margins (Word's default 0.19 cm each) plus a little slack. */
const CELL_PADDING_TWIP = 2 * 108 + 40;
/** Past this many characters a cell takes several lines at any width, so longer text asks for no more room. */
const LENGTH_CAP = 120;
/** Damps the spread of lengths, so a column of long sentences does not starve its neighbours. */
const DAMPING = 0.75;
/** A header this short (`Thời gian`, `Chủ trì`) stays on one line; longer headers may wrap between words. */
const SHORT_HEADER = 12;

function longestWordTwip(texts: readonly string[], sizePt: number, bold: boolean): number {
  let max = 0;
  for (const t of texts) {
    for (const word of t.split(/\s+/)) max = Math.max(max, textWidthPt(word, sizePt, bold ? 'bold' : 'regular'));
  }
  return ptToTwip(max);
}

// The text a column holds on an average row, empty cells counted: one long entry in a column of
// blanks (a single `Sản phẩm`) does not make it as wide as the column long on every row.
// A column of figures (`1.234`, `33,4`, `33,4%`, blanks): its header may wrap between words.
const FIGURE = /^[\d.,%\s+-]*$/u;

function isFigures(col: ColumnText): boolean {
  return col.cells.some((t) => t.trim() !== '') && col.cells.every((t) => FIGURE.test(t));
}

function weightOf(col: ColumnText): number {
  const capped = col.cells.map((t) => Math.min([...t].length, LENGTH_CAP));
  const average = capped.length > 0 ? capped.reduce((s, n) => s + n, 0) / capped.length : 0;
  // A column of figures takes its minimum (its longest header word, `Tổng số / CBCCVC`): the room
  // goes to the names beside it, which then fit on one line (a 149-row table on 4 pages, not 8).
  if (isFigures(col)) return 1;
  return Math.max(1, [...col.header].length, average) ** DAMPING;
}

function minimumOf(col: ColumnText, sizePt: number, totalTwip: number): number {
  const header = [...col.header].length <= SHORT_HEADER && !isFigures(col) ? ptToTwip(textWidthPt(col.header, sizePt, 'bold')) : longestWordTwip([col.header], sizePt, true);
  const need = Math.max(header, longestWordTwip(col.cells, sizePt, false)) + CELL_PADDING_TWIP;
  // A column with one very long word cannot claim the whole table: it wraps inside the word instead.
  return Math.min(need, totalTwip / 4);
}

/**
 * Column widths in twips that add up to `totalTwip`: no column narrower than its longest word
 * (a short header: its whole text, bold), the rest shared by each column's header or average
 * cell length, whichever is more, with each cell capped and the result damped.
 * So `STT` stays narrow, `Nhiệm vụ` gets the most room, `Chủ trì` and `Phối hợp` what their
 * agency names need, `Thời gian` enough for `Năm 2026`.
 */
export function columnWidths(columns: readonly ColumnText[], totalTwip: number, sizePt: number): number[] {
  const min = columns.map((c) => minimumOf(c, sizePt, totalTwip));
  const weights = columns.map(weightOf);
  const widths: (number | undefined)[] = columns.map(() => undefined);
  // Water-filling: fix the columns whose share is below their minimum, share the rest again.
  for (;;) {
    const free = widths.flatMap((w, i) => (w === undefined ? [i] : []));
    if (free.length === 0) break;
    const room = totalTwip - widths.reduce<number>((s, w) => s + (w ?? 0), 0);
    const weight = free.reduce((s, i) => s + (weights[i] ?? 1), 0);
    const starved = free.filter((i) => (room * (weights[i] ?? 1)) / weight < (min[i] ?? 0));
    if (starved.length === 0 || starved.length === free.length) {
      for (const i of free) widths[i] = (room * (weights[i] ?? 1)) / weight;
      break;
    }
    for (const i of starved) widths[i] = min[i] ?? 0;
  }
  return roundedToTotal(widths.map((w) => w ?? 0), totalTwip);
}

/**
 * Column widths in twips in the given proportions (`[1, 6, 2]`), adding up to `totalTwip`, whatever
 * the cells hold: for a table set by its template, so that it is laid out the same for every
 * recipient.
 */
export function proportionalWidths(shares: readonly number[], totalTwip: number): number[] {
  const sum = shares.reduce((s, w) => s + w, 0);
  return roundedToTotal(shares.map((w) => (totalTwip * w) / sum), totalTwip);
}

function roundedToTotal(widths: readonly number[], totalTwip: number): number[] {
  const rounded = widths.map((w) => Math.max(1, Math.floor(w)));
  // Give the rounding remainder to the widest column so the grid matches the table width exactly.
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] ?? 0) + totalTwip - rounded.reduce((s, w) => s + w, 0);
  return rounded;
}
