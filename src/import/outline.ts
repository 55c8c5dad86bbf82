import type { Block } from './blocks.js';
import { readField, type FieldLine } from './fields.js';
import { type Marker, readMarker, stripMarker } from './markers.js';
import { plain } from './markdown.js';
import { isTaskTable, tableItems } from './table.js';

/**
 * The outline of the body rebuilt from its markers: an item of a marker style already open is a
 * sibling of that item, an item of a new style nests under the last one (so "2.1." nests under
 * "2.", "a)" under "2.1.", "-" under "a)"). Field lines attach to the last open item; unmarked
 * paragraphs become its paragraphs.
 */
export interface OutlineItem {
  readonly marker: Marker | undefined;
  readonly block: Block;
  /** Markdown text without the marker. */
  readonly text: string;
  readonly plain: string;
  readonly fields: FieldLine[];
  readonly fieldLines: number[];
  readonly children: OutlineItem[];
  /** "Năm 2026:", "Các năm tiếp theo:": an item of a task split by year. */
  readonly year: YearLabel | undefined;
}

/** The year an item of a split task covers. */
export interface YearLabel {
  /** As printed, without the colon ("Năm 2026", "Các năm tiếp theo"). */
  readonly printed: string;
  /** Id suffix: the year, or `sau` for "the following years". */
  readonly key: string;
  readonly year: number | undefined;
}

/** The body as an outline: paragraphs before the first item, then the items. */
export interface Outline {
  readonly preamble: Block[];
  readonly items: OutlineItem[];
  /** Field lines and tables that came before any item. */
  readonly stray: Block[];
}

const YEAR = /^(?:\*\*|__)?((?:Năm|Trong năm|Từ năm)\s+(\d{4})(?:\s+và\s+các\s+năm\s+tiếp\s+theo)?|Các\s+năm\s+tiếp\s+theo|(?:Các\s+)?năm\s+sau)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?/iu;

/** The year label at the start of an item's text, and the text after it. */
export function readYear(text: string): { year: YearLabel; rest: string } | undefined {
  const m = YEAR.exec(text);
  if (!m?.[1]) return undefined;
  const printed = m[1].replace(/\s+/g, ' ');
  const year = m[2] ? Number(m[2]) : undefined;
  const following = /tiếp theo|sau/iu.test(printed);
  return { year: { printed, key: following || year === undefined ? 'sau' : String(year), year }, rest: text.slice(m[0].length).trim() };
}

// An appendix ("PHỤ LỤC II", "DANH MỤC", "Phụ lục 1"): its rows are `PL.<n>`.
const APPENDIX = /^(?:\*\*|__)?(?:PHỤ LỤC|DANH MỤC|Phụ lục)(?:\s+(?:số\s+)?[IVX\d]{1,5})?(?:\*\*|__)?\s*[:.]?$/u;
// A text issued with a decision or a resolution ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH", "QUY CHẾ"), printed after its signature.
const ATTACHED = /^(?:\*\*|__)?(?:CHƯƠNG TRÌNH|KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|ĐỀ ÁN|CHIẾN LƯỢC|HƯỚNG DẪN)(?![\p{L}\p{N}])/u;

const CHAPTER = /^(?:Chương|CHƯƠNG)\s+[IVXLC\d]{1,5}\.?(?=\s|$)/u;

/** Whether a block opens an appendix or a text attached to the document (its heading, in capitals). */
export function opensAttachment(block: Block): 'appendix' | 'attached' | undefined {
  const first = (block.lines[0] ?? '').trim();
  if (block.kind !== 'text' || first === '') return undefined;
  if (APPENDIX.test(first)) return 'appendix';
  return ATTACHED.test(first) && first === first.toUpperCase() ? 'attached' : undefined;
}

/** A paragraph of its own as an unnumbered item. */
export function paragraphItem(block: Block): OutlineItem {
  return itemOf(block, undefined);
}

function itemOf(block: Block, marker: Marker | undefined): OutlineItem {
  // A table that lists no tasks is kept as it is written, one row a line.
  const raw = block.lines.join(block.kind === 'table' ? '\n' : ' ');
  const text = marker ? stripMarker(raw, marker) : raw;
  const y = marker ? readYear(text) : undefined;
  return {
    marker,
    block,
    text: y ? y.rest : text,
    plain: plain(y ? y.rest : text),
    fields: [],
    fieldLines: [],
    children: [],
    year: y?.year,
  };
}

/** Builds the outline of the body blocks. */
export function buildOutline(blocks: readonly Block[]): Outline {
  const preamble: Block[] = [];
  const stray: Block[] = [];
  const items: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  // Fields attach to the last item or unmarked paragraph read.
  let current: OutlineItem | undefined;
  let appendices = 0;
  let chapterTitle = false;
  for (const block of blocks) {
    // "Chương III" and its title in capitals divide the articles: structure, never an item's text.
    const first = (block.lines[0] ?? '').replace(/\*\*|__/g, '').trim();
    if (block.kind === 'text' && CHAPTER.test(first)) {
      stack.length = 0;
      current = undefined;
      stray.push(block);
      chapterTitle = !/\p{Ll}/u.test(first.replace(CHAPTER, '')) && first.replace(CHAPTER, '').trim() === '';
      continue;
    }
    if (chapterTitle && block.kind === 'text' && first !== '' && first === first.toUpperCase() && readMarker(first) === undefined) {
      chapterTitle = false;
      stray.push(block);
      continue;
    }
    chapterTitle = false;
    const opens = items.length > 0 ? opensAttachment(block) : undefined;
    if (opens) {
      // An appendix or an attached text starts a part of its own at the top: `PL`, `PL2`…, `KT`.
      if (opens === 'appendix') appendices++;
      const label = opens === 'attached' ? 'KT' : appendices === 1 ? 'PL' : `PL${appendices}`;
      const item = itemOf(block, { style: 'appendix', printed: '', label });
      stack.length = 0;
      items.push(item);
      stack.push(item);
      current = item;
      continue;
    }
    const top = stack[stack.length - 1];
    if (block.kind === 'table') {
      // A task table's rows are items under the item it follows; another table is a paragraph.
      if (!isTaskTable(block)) {
        if (top) top.children.push(itemOf(block, undefined));
        else stray.push(block);
        continue;
      }
      const rows = tableItems(block);
      if (top) top.children.push(...rows);
      else items.push(...rows);
      continue;
    }
    const raw = block.lines.join(' ');
    const m = readMarker(raw);
    const field = readField(m ? stripMarker(raw, m.marker) : raw);
    if (field) {
      const style = !m ? 'plain' : m.marker.style === 'letter' ? 'letters' : m.marker.style === 'dash' || m.marker.style === 'plus' ? 'dashes' : 'plain';
      if (current) {
        current.fields.push({ ...field, style });
        current.fieldLines.push(block.start);
      } else stray.push(block);
      continue;
    }
    if (!m) {
      if (top) {
        current = itemOf(block, undefined);
        top.children.push(current);
      } else if (items.length === 0 && block.kind === 'text') preamble.push(block);
      else stray.push(block);
      continue;
    }
    const item = itemOf(block, m.marker);
    const same = stack.findIndex((s) => s.marker?.style === m.marker.style);
    if (same >= 0) stack.length = same;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(item);
    else items.push(item);
    stack.push(item);
    current = item;
  }
  return { preamble, items, stray };
}

/** Whether an item is an unmarked paragraph. */
export function isBare(item: OutlineItem): boolean {
  return item.marker === undefined;
}
