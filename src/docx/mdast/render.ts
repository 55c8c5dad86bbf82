import type { FileChild, ParagraphChild } from 'docx';
import type { Nodes, Root, RootContent } from 'mdast';
import type { Picture } from '../layout-input.js';
import type { LayoutProfile } from '../profile.js';
import type { WarningSink } from '../warnings.js';
import { blockBuilders } from './blocks.js';
import type { BlockBuilder, Context, InlineBuilder } from './context.js';
import type { FootnoteScope } from './footnotes.js';
import { inlineBuilders } from './inline.js';
import { bodyPara, contextRun, styledParagraph } from './style.js';

function unknownNode(node: Nodes, ctx: Context): void {
  ctx.warnings.add('unknown-node', {
    vi: `Không in được nút Markdown loại \`${node.type}\`; in phần chữ của nó nếu có`,
    en: `No builder for Markdown node \`${node.type}\`; its text, if any, is printed as is`,
  }, node);
}

/** Phrasing content through the inline builders; unknown nodes warn and fall back to their text. */
export function renderInline(nodes: readonly RootContent[], ctx: Context): ParagraphChild[] {
  return nodes.flatMap((node) => {
    const build = inlineBuilders[node.type] as InlineBuilder<typeof node.type> | undefined;
    if (build) return build(node as never, ctx);
    unknownNode(node, ctx);
    if ('children' in node) return renderInline(node.children, ctx);
    return 'value' in node && typeof node.value === 'string' ? [contextRun(node.value, ctx)] : [];
  });
}

function fallbackBlock(node: RootContent, ctx: Context): FileChild[] {
  unknownNode(node, ctx);
  if ('children' in node) return renderBlocks(node.children, ctx);
  if ('value' in node && typeof node.value === 'string') {
    return node.value.split('\n').map((line) => styledParagraph([contextRun(line, ctx)], ctx));
  }
  return [];
}

/** Block content through the block builders; phrasing met at block level is wrapped in a paragraph. */
export function renderBlocks(nodes: readonly RootContent[], ctx: Context): FileChild[] {
  return nodes.flatMap((node) => {
    const build = blockBuilders[node.type] as BlockBuilder<typeof node.type> | undefined;
    if (build) return build(node as never, ctx);
    if (inlineBuilders[node.type]) return [styledParagraph(renderInline([node], ctx), ctx)];
    return fallbackBlock(node, ctx);
  });
}

/** What a root is rendered with. */
export interface RenderSetup {
  readonly profile: LayoutProfile;
  readonly widthTwip: number;
  readonly footnotes: FootnoteScope;
  readonly pictures?: ReadonlyMap<string, Picture> | undefined;
  readonly warnings: WarningSink;
}

/** The context for the top of a Markdown root: body paragraphs, full text width. */
export function rootContext(setup: RenderSetup): Context {
  return {
    ...setup,
    deco: {},
    para: bodyPara(setup.profile),
    listDepth: 0,
    blocks: renderBlocks,
    inline: renderInline,
  };
}

// Nodes that print nothing where they stand.
const SILENT = new Set<RootContent['type']>(['footnoteDefinition', 'definition']);

/**
 * Renders a Markdown root as body content. With `keepEnd`, a closing paragraph keeps with what
 * follows, so that the signature block never stands alone at the top of a page.
 */
export function renderRoot(root: Root, setup: RenderSetup, keepEnd = false): FileChild[] {
  const ctx = rootContext(setup);
  const printed = root.children.map((n, i) => (SILENT.has(n.type) ? -1 : i));
  const last = Math.max(-1, ...printed);
  if (!keepEnd || root.children[last]?.type !== 'paragraph') return renderBlocks(root.children, ctx);
  const kept: Context = { ...ctx, para: { ...ctx.para, keepNext: true } };
  return root.children.flatMap((node, i) => renderBlocks([node], i === last ? kept : ctx));
}
