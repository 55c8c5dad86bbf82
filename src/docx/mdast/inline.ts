import { FootnoteReferenceRun, ImageRun, TextRun, type ParagraphChild } from 'docx';
import { plainText } from './plain-text.js';
import type { Context, InlineBuilder, InlineBuilders } from './context.js';
import { contextRun } from './style.js';

const text: InlineBuilder<'text'> = (node, ctx) => [contextRun(node.value, ctx)];

const strong: InlineBuilder<'strong'> = (node, ctx) =>
  ctx.inline(node.children, { ...ctx, deco: { ...ctx.deco, bold: true } });

const emphasis: InlineBuilder<'emphasis'> = (node, ctx) =>
  ctx.inline(node.children, { ...ctx, deco: { ...ctx.deco, italics: true } });

const strikethrough: InlineBuilder<'delete'> = (node, ctx) =>
  ctx.inline(node.children, { ...ctx, deco: { ...ctx.deco, strike: true } });

// Official letters have no monospace: code spans print as plain text in the letter's font.
const inlineCode: InlineBuilder<'inlineCode'> = (node, ctx) => [contextRun(node.value, ctx)];

const lineBreak: InlineBuilder<'break'> = () => [new TextRun({ break: 1 })];

/**
 * A link prints as text, not as a Word hyperlink: the letter is read on paper, so the address
 * itself must show. An autolink (`<https://…>`) prints its address; a labelled link prints
 * `label (address)` unless the label already is the address.
 */
const link: InlineBuilder<'link'> = (node, ctx) => {
  const label = plainText(node);
  const children = ctx.inline(node.children, ctx);
  if (label === node.url || label === '' || node.url.endsWith(label) || node.url === `mailto:${label}`) {
    return label === '' ? [contextRun(node.url, ctx)] : children;
  }
  return [...children, contextRun(` (${node.url})`, ctx)];
};

const linkReference: InlineBuilder<'linkReference'> = (node, ctx) => ctx.inline(node.children, ctx);

const footnoteReference: InlineBuilder<'footnoteReference'> = (node, ctx) => {
  const literal = `[^${node.label ?? node.identifier}]`;
  if (ctx.inFootnote) {
    ctx.warnings.add('footnote-content', {
      vi: `Chú thích ${literal} nằm trong một chú thích khác; Word không hỗ trợ, in nguyên văn`,
      en: `Footnote ${literal} is inside another footnote, which Word cannot hold; printed literally`,
    }, node);
    return [contextRun(literal, ctx)];
  }
  const id = ctx.footnotes.reference(node.identifier);
  if (id === undefined) {
    ctx.warnings.add('footnote-undefined', {
      vi: `Chú thích ${literal} không có nội dung (thiếu \`${literal}: …\`); in nguyên văn`,
      en: `Footnote ${literal} has no definition (\`${literal}: …\` missing); printed literally`,
    }, node);
    return [contextRun(literal, ctx)];
  }
  return [new FootnoteReferenceRun(id)];
};

const html: InlineBuilder<'html'> = (node, ctx) => {
  ctx.warnings.add('html', {
    vi: `Bỏ qua HTML trong Markdown: \`${node.value.slice(0, 40)}\``,
    en: `HTML in Markdown skipped: \`${node.value.slice(0, 40)}\``,
  }, node);
  return [];
};

function imageWarning(alt: string, url: string, node: { type: string }, ctx: Context): ParagraphChild[] {
  ctx.warnings.add('image', {
    vi: `Văn bản không có hình \`${url}\`${alt ? ` ("${alt}")` : ''} (chỉ in được hình đi kèm văn bản, không tải hình từ ngoài); in phần mô tả`,
    en: `The document has no picture \`${url}\`${alt ? ` ("${alt}")` : ''} (only pictures given with it are printed, nothing is fetched); its alt text is printed`,
  }, node);
  return alt ? [contextRun(alt, ctx)] : [];
}

// Twips per CSS pixel (1/96 inch).
const TWIP_PER_PX = 15;

/**
 * An image the document was given (`OfficialDocInput.pictures`, by the name in its Markdown) is
 * printed inline at its size, shrunk to the width available; any other image prints its caption
 * and a warning (the layout fetches nothing).
 */
const image: InlineBuilder<'image'> = (node, ctx) => {
  const picture = ctx.pictures?.get(node.url);
  if (!picture) return imageWarning(node.alt ?? '', node.url, node, ctx);
  const scale = Math.min(1, ctx.widthTwip / TWIP_PER_PX / picture.widthPx);
  const caption = node.alt ?? '';
  return [
    new ImageRun({
      type: 'png',
      data: picture.png,
      transformation: { width: Math.round(picture.widthPx * scale), height: Math.round(picture.heightPx * scale) },
      altText: { name: node.url, title: caption, description: caption },
    }),
  ];
};
const imageReference: InlineBuilder<'imageReference'> = (node, ctx) => imageWarning(node.alt ?? '', node.identifier, node, ctx);

/** Builders for phrasing content. */
export const inlineBuilders: InlineBuilders = {
  text,
  strong,
  emphasis,
  delete: strikethrough,
  inlineCode,
  break: lineBreak,
  link,
  linkReference,
  footnoteReference,
  html,
  image,
  imageReference,
};
