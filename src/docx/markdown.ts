import type { ListItem, Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

declare module 'mdast' {
  interface ListItemData {
    /** The marker as written in the source (`1.`, `2)`, `-`, `+`), which mdast does not keep. */
    marker?: string;
  }
  interface TableData {
    /** Relative column widths from the dashes of the delimiter row, when its cells differ in length. */
    widths?: number[];
  }
}

const MARKER = /^(?:\d{1,9}[.)]|[-+*])/;
const processor = unified().use(remarkParse).use(remarkGfm);

function annotate(node: Nodes, source: string): void {
  if (node.type === 'listItem') recordMarker(node, source);
  if (node.type === 'table') recordWidths(node, source);
  if ('children' in node) for (const child of node.children) annotate(child, source);
}

function recordMarker(item: ListItem, source: string): void {
  const offset = item.position?.start.offset;
  if (offset === undefined) return;
  const marker = MARKER.exec(source.slice(offset, offset + 12))?.[0];
  if (marker) item.data = { ...item.data, marker };
}

/**
 * Pandoc's convention for pipe tables: the dashes of the delimiter row (`|:--:|----------|`) give
 * the relative column widths. Only a row whose cells differ in length asks for them, so the
 * usual `|---|---|` leaves the widths to the content.
 */
function recordWidths(table: Table, source: string): void {
  const headerEnd = table.children[0]?.position?.end.offset;
  if (headerEnd === undefined) return;
  const start = source.indexOf('\n', headerEnd) + 1;
  if (start === 0) return;
  const end = source.indexOf('\n', start);
  const runs = source.slice(start, end === -1 ? undefined : end).match(/-+/g) ?? [];
  const widths = runs.map((r) => r.length);
  if (widths.length !== (table.align?.length ?? 0) || new Set(widths).size < 2) return;
  table.data = { ...table.data, widths };
}

/**
 * Parses Markdown (CommonMark + GFM: tables, footnotes, autolinks) into mdast. Each list item
 * keeps its source marker in `data.marker`, because an official letter prints `1.`, `a)`, `-`
 * and `+` literally and mdast would otherwise forget `+` from `-` and `1)` from `1.`; a table
 * whose delimiter row sets widths keeps them in `data.widths`.
 */
export function parseMarkdown(md: string): Root {
  const root = processor.parse(md);
  annotate(root, md);
  return root;
}
