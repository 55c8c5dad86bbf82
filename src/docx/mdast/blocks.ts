import { AlignmentType, PageBreak, Paragraph as DocxParagraph } from 'docx';
import type { Paragraph } from 'mdast';
import type { BlockBuilder, BlockBuilders, Context } from './context.js';
import { listBuilder, listItemBuilder } from './list.js';
import { plainText } from './plain-text.js';
import { contextRun, styledParagraph } from './style.js';
import { tableBuilder } from './table.js';
import { cmToTwip } from '../units.js';

/** Longest line that still reads as a title (`1. Công tác tuyên truyền, phổ biến`) rather than text. */
const TITLE_MAX = 150;

/** A short paragraph with no closing punctuation is a part's title and should not end a page. */
function isTitleLike(node: Paragraph): boolean {
  const text = plainText(node).trim();
  return text.length > 0 && text.length <= TITLE_MAX && !/[.;:!?…,/]$/u.test(text);
}

/** A paragraph that holds only pictures the document was given (blank text aside): a figure, centred. */
function isPictureOnly(node: Paragraph, ctx: Context): boolean {
  const shown = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return shown.length > 0 && shown.every((c) => c.type === 'image' && ctx.pictures?.has(c.url) === true);
}

/** A paragraph; a pending lead (a list marker such as `1. ` or `- `) is printed literally before its text. */
const paragraph: BlockBuilder<'paragraph'> = (node, ctx) => {
  if (isPictureOnly(node, ctx)) {
    const centred: Context = { ...ctx, lead: undefined, para: { ...ctx.para, alignment: AlignmentType.CENTER, firstLineTwip: 0, leftTwip: 0 } };
    return [styledParagraph(ctx.inline(node.children, centred), centred)];
  }
  const inner: Context = { ...ctx, lead: undefined };
  const children = ctx.inline(node.children, inner);
  const lead = ctx.lead ? [contextRun(ctx.lead, inner)] : [];
  const keep = !ctx.inFootnote && ctx.para.firstLineTwip > 0 && isTitleLike(node) ? { keepNext: true } : {};
  return [styledParagraph([...lead, ...children], inner, keep)];
};

/**
 * Headings are the bold titles of parts and sections (`I. MỤC ĐÍCH, YÊU CẦU`): level 1 is
 * centred (a `Phần`/`Chương` title), the others sit like body paragraphs; level 4 and below are
 * bold italic. All keep with the paragraph after them.
 */
const heading: BlockBuilder<'heading'> = (node, ctx) => {
  const deco = { ...ctx.deco, bold: true, ...(node.depth >= 4 ? { italics: true } : {}) };
  const para = node.depth === 1 ? { ...ctx.para, alignment: AlignmentType.CENTER, firstLineTwip: 0 } : ctx.para;
  const inner: Context = { ...ctx, deco, para, lead: undefined };
  return [styledParagraph(ctx.inline(node.children, inner), inner, { keepNext: true })];
};

/** A quotation (of a directive, say): italic, indented 1 cm. */
const blockquote: BlockBuilder<'blockquote'> = (node, ctx) =>
  ctx.blocks(node.children, {
    ...ctx,
    deco: { ...ctx.deco, italics: true },
    para: { ...ctx.para, leftTwip: ctx.para.leftTwip + cmToTwip(1) },
  });

/** `---` starts a new page, the only use a letter has for a rule across the text. */
const thematicBreak: BlockBuilder<'thematicBreak'> = () => [new DocxParagraph({ children: [new PageBreak()] })];

// Definitions are printed where they are referenced (see the footnote registry).
const footnoteDefinition: BlockBuilder<'footnoteDefinition'> = () => [];
// Link reference definitions print nothing; the reference prints its label.
const definition: BlockBuilder<'definition'> = () => [];

const html: BlockBuilder<'html'> = (node, ctx) => {
  ctx.warnings.add('html', {
    vi: `Bỏ qua HTML trong Markdown: \`${node.value.slice(0, 40)}\``,
    en: `HTML in Markdown skipped: \`${node.value.slice(0, 40)}\``,
  }, node);
  return [];
};

/** Builders for block content. */
export const blockBuilders: BlockBuilders = {
  paragraph,
  heading,
  list: listBuilder,
  listItem: listItemBuilder,
  blockquote,
  thematicBreak,
  table: tableBuilder,
  footnoteDefinition,
  definition,
  html,
};
