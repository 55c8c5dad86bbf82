import type { Block } from './blocks.js';
import { cleanValue, type FieldKind, type FieldLine } from './fields.js';
import { readMarker, type Marker } from './markers.js';
import { plain } from './markdown.js';
import { type OutlineItem, readYear } from './outline.js';

/**
 * The task table of a plan (STT · Nhiệm vụ · Chủ trì · Phối hợp · Thời gian · Sản phẩm), read as
 * outline items: a row is an item numbered by its STT cell, its cells are its fields; a row with
 * a Roman STT, or with only its text, is a heading over the rows after it.
 */

export type Column = 'id' | 'text' | FieldKind | 'note';

const HEADERS: readonly [RegExp, Column][] = [
  [/^(?:stt|tt|số tt|số thứ tự)$/iu, 'id'],
  [/phối hợp/iu, 'coordinators'],
  [/chủ trì|thực hiện$|cơ quan thực hiện|đơn vị thực hiện|trách nhiệm/iu, 'lead'],
  [/thời gian|thời hạn|tiến độ/iu, 'deadline'],
  [/sản phẩm|kết quả/iu, 'products'],
  [/ghi chú/iu, 'note'],
  [/nhiệm vụ|nội dung|công việc|hoạt động/iu, 'text'],
];

/** The column a header cell names, whatever its wording. */
export function columnOf(header: string): Column | undefined {
  const h = plain(header).replace(/\s+/g, ' ').trim();
  return HEADERS.find(([re]) => re.test(h))?.[1];
}

/** Whether a table is a task table: it has a text column and a lead or deadline column. */
export function isTaskTable(block: Block): boolean {
  const cols = (block.rows?.[0] ?? []).map(columnOf);
  return cols.includes('text') && (cols.includes('lead') || cols.includes('deadline'));
}

/** The rows of a task table as outline items, nested by their numbering. */
export function tableItems(block: Block): OutlineItem[] {
  const rows = block.rows ?? [];
  const header = rows[0] ?? [];
  const cols = header.map(columnOf);
  const out: OutlineItem[] = [];
  const stack: { depth: number; item: OutlineItem }[] = [];
  rows.slice(1).forEach((cells, r) => {
    // Row r of the body is on the line after the header and the delimiter row, unless the block says where.
    const line = block.rowLines?.[r + 1] ?? block.start + 2 + r;
    const item = rowItem(cells, cols, header, line);
    if (!item) return;
    const depth = depthOf(item.marker);
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= depth) stack.pop();
    const parent = stack[stack.length - 1]?.item;
    if (parent) parent.children.push(item);
    else out.push(item);
    stack.push({ depth, item });
  });
  return out;
}

const UNNUMBERED: Marker = { style: 'dash', printed: '', label: '' };

function depthOf(marker: Marker | undefined): number {
  if (!marker) return 9;
  if (marker.style === 'roman') return 0;
  if (marker.style === 'number') return 1;
  if (marker.style === 'dotted2') return 2;
  if (marker.style === 'dotted3') return 3;
  return 4;
}

function rowItem(cells: readonly string[], cols: readonly (Column | undefined)[], header: readonly string[], line: number): OutlineItem | undefined {
  const cell = (c: Column): string => cells[cols.indexOf(c)]?.trim() ?? '';
  const text = cell('text');
  const stt = plain(cell('id'));
  if (text === '' && stt === '') return undefined;
  const fields: FieldLine[] = [];
  cols.forEach((c, k) => {
    const value = cleanValue(plain(cells[k] ?? ''));
    if (value === '' || c === undefined || c === 'id' || c === 'text' || c === 'note') return;
    fields.push({ kind: c, label: plain(header[k] ?? ''), value });
  });
  // A row with its fields but no STT is a task of its own, after the numbered row above it (`PL.5-1`).
  const marker = stt ? readMarker(`${stt}${/[.)]$/.test(stt) ? '' : '.'} x`)?.marker : fields.length > 0 ? UNNUMBERED : undefined;
  const year = readYear(text);
  const block: Block = { kind: 'text', start: line, end: line, lines: [text] };
  return {
    marker: marker && marker !== UNNUMBERED ? { ...marker, printed: `${marker.label}.` } : marker,
    block,
    text: year ? year.rest : text,
    plain: plain(year ? year.rest : text),
    fields,
    fieldLines: [],
    children: [],
    year: year?.year,
  };
}
