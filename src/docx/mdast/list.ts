import type { ListItem } from 'mdast';
import type { BlockBuilder, Context } from './context.js';
import { contextRun, styledParagraph } from './style.js';

/** Default bullets by depth, as Vietnamese letters nest them: `-`, then `+`. */
const BULLETS = ['-', '+'] as const;

function markerFor(item: ListItem, index: number, ordered: boolean, start: number, depth: number): string {
  if (item.data?.marker) return item.data.marker;
  if (ordered) return `${start + index}.`;
  return BULLETS[Math.min(depth, BULLETS.length - 1)] ?? '-';
}

/**
 * Lists print their markers as literal text at the body's first-line indent, the way letters
 * number `1.`, `2.` and dash `-`, `+`; Word numbering would renumber them when a drafter edits.
 * A lead already waiting (a footnote's space) goes before the first marker.
 */
export const listBuilder: BlockBuilder<'list'> = (node, ctx) => {
  const ordered = node.ordered === true;
  const start = node.start ?? 1;
  return node.children.flatMap((item, i) => {
    const before = i === 0 ? (ctx.lead ?? '') : '';
    return ctx.blocks([item], { ...ctx, lead: `${before}${markerFor(item, i, ordered, start, ctx.listDepth)} ` });
  });
};

/** An item: its lead goes before its first paragraph, or on a line of its own before anything else. */
export const listItemBuilder: BlockBuilder<'listItem'> = (node, ctx) => {
  const lead = ctx.lead ?? '- ';
  const rest: Context = { ...ctx, lead: undefined, listDepth: ctx.listDepth + 1 };
  const [first, ...others] = node.children;
  if (first?.type === 'paragraph') {
    return [...ctx.blocks([first], { ...rest, lead, listDepth: ctx.listDepth }), ...ctx.blocks(others, rest)];
  }
  const alone = styledParagraph([contextRun(lead.trimEnd(), rest)], rest);
  return [alone, ...ctx.blocks(node.children, rest)];
};
