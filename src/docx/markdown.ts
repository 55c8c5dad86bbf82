import type { ListItem, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

declare module 'mdast' {
  interface ListItemData {
    /** The marker as written in the source (`1.`, `2)`, `-`, `+`), which mdast does not keep. */
    marker?: string;
  }
}

const MARKER = /^(?:\d{1,9}[.)]|[-+*])/;
const processor = unified().use(remarkParse).use(remarkGfm);

function annotate(node: Nodes, source: string): void {
  if (node.type === 'listItem') recordMarker(node, source);
  if ('children' in node) for (const child of node.children) annotate(child, source);
}

function recordMarker(item: ListItem, source: string): void {
  const offset = item.position?.start.offset;
  if (offset === undefined) return;
  const marker = MARKER.exec(source.slice(offset, offset + 12))?.[0];
  if (marker) item.data = { ...item.data, marker };
}

/**
 * Parses Markdown (CommonMark + GFM: tables, footnotes, autolinks) into mdast. Each list item
 * keeps its source marker in `data.marker`, because an official letter prints `1.`, `a)`, `-`
 * and `+` literally and mdast would otherwise forget `+` from `-` and `1)` from `1.`.
 */
export function parseMarkdown(md: string): Root {
  const root = processor.parse(md);
  annotate(root, md);
  return root;
}
