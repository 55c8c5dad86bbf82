import { Document, Packer, Paragraph, Table, type FileChild, type ISectionOptions } from 'docx';
import type { FootnoteDefinition, Root } from 'mdast';
import { appendixChildren } from './blocks/appendix.js';
import { bannerBlock } from './blocks/banner.js';
import { basesBlock } from './blocks/bases.js';
import { headerTable } from './blocks/header.js';
import { pageSetup, textWidthTwip } from './blocks/page.js';
import { recipientsBlock } from './blocks/recipients.js';
import { sectionEnd } from './blocks/section-end.js';
import { signatureTable } from './blocks/signature.js';
import { titleBlock } from './blocks/title.js';
import type { OfficialDocInput, Picture } from './layout-input.js';
import { FootnoteRegistry } from './mdast/footnotes.js';
import { renderBlocks, renderRoot, rootContext } from './mdast/render.js';
import { footnotePara } from './mdast/style.js';
import { resolveProfile, type LayoutProfile, type LayoutProfileInput } from './profile.js';
import { documentStyles } from './styles.js';
import { cleanText } from './text.js';
import { WarningSink, type Lang, type LayoutWarning } from './warnings.js';

/** Options of a render. */
export interface RenderOptions {
  /** Language of the warnings; Vietnamese by default. */
  readonly lang?: Lang | undefined;
}

/** A document ready to pack, and what could not be printed as asked. */
export interface RenderResult {
  readonly doc: Document;
  readonly warnings: readonly LayoutWarning[];
}

interface Shared {
  readonly profile: LayoutProfile;
  readonly pictures: ReadonlyMap<string, Picture>;
  readonly registry: FootnoteRegistry;
  readonly warnings: WarningSink;
}

function renderBody(root: Root, widthTwip: number, shared: Shared, keepEnd = false): FileChild[] {
  const footnotes = shared.registry.scope(root);
  return renderRoot(root, { profile: shared.profile, widthTwip, footnotes, pictures: shared.pictures, warnings: shared.warnings }, keepEnd);
}

// Word merges two tables that touch (the header and a table opening the body, a body table and the
// signature block) into one; an empty paragraph between them keeps them apart.
function separateTables(children: readonly FileChild[]): FileChild[] {
  return children.flatMap((c, i) => (c instanceof Table && children[i + 1] instanceof Table ? [c, new Paragraph({})] : [c]));
}

// A section followed by another ends in a paragraph of 1 pt, which holds its section properties.
function closed(children: FileChild[], last: boolean): FileChild[] {
  return last ? children : [...children, sectionEnd()];
}

function endsWithTable(root: Root): boolean {
  const printed = root.children.filter((n) => n.type !== 'footnoteDefinition' && n.type !== 'definition');
  return printed.at(-1)?.type === 'table';
}

function mainSection(input: OfficialDocInput, shared: Shared): ISectionOptions {
  const { profile, warnings } = shared;
  const width = textWidthTwip(profile);
  const body = renderBody(input.body, width, shared, true);
  return {
    ...pageSetup(profile),
    children: closed(separateTables([
      ...bannerBlock(input.banner, profile),
      headerTable(input.header, profile, width, warnings),
      ...titleBlock(input.header, profile, width),
      ...recipientsBlock(input.to, profile, width),
      ...basesBlock(input.bases, profile),
      ...body,
      signatureTable(input.distribution, input.signer, profile, width),
    ]), (input.appendices ?? []).length === 0),
  };
}

function appendixSections(input: OfficialDocInput, shared: Shared): ISectionOptions[] {
  const appendices = input.appendices ?? [];
  return appendices.map((appendix, i) => {
    const landscape = appendix.landscape === true;
    const body = renderBody(appendix.body, textWidthTwip(shared.profile, landscape), shared);
    // An annex that ends with its table: the 14-pt paragraph the table builder puts under it
    // would fall onto a page of its own when the table fills the last page; a 1-pt one closes it.
    const tableLast = endsWithTable(appendix.body);
    const children = separateTables(appendixChildren(appendix, tableLast ? body.slice(0, -1) : body, shared.profile));
    return { ...pageSetup(shared.profile, landscape), children: closed(children, !tableLast && i === appendices.length - 1) };
  });
}

function footnoteParagraphs(definition: FootnoteDefinition, shared: Shared): Paragraph[] {
  const { profile, warnings } = shared;
  const ctx = {
    ...rootContext({ profile, widthTwip: textWidthTwip(profile), footnotes: { reference: () => undefined }, warnings }),
    para: footnotePara(profile),
    inFootnote: true,
  };
  // Word puts the footnote number first; a space keeps it off the text.
  const [first, ...rest] = definition.children;
  const built = [...renderBlocks(first ? [first] : [], { ...ctx, lead: ' ' }), ...renderBlocks(rest, ctx)];
  const paragraphs = built.filter((b): b is Paragraph => b instanceof Paragraph);
  if (paragraphs.length < built.length) {
    warnings.add('footnote-content', {
      vi: `Chú thích [^${definition.identifier}] có bảng hoặc nội dung khác đoạn văn; Word chỉ giữ các đoạn văn`,
      en: `Footnote [^${definition.identifier}] holds a table or other non-paragraph content; only its paragraphs are kept`,
    }, definition);
  }
  return paragraphs;
}

function warnUnused(shared: Shared): void {
  for (const definition of shared.registry.unused()) {
    shared.warnings.add('footnote-unused', {
      vi: `Chú thích [^${definition.identifier}] không được tham chiếu nên không được in`,
      en: `Footnote [^${definition.identifier}] is never referenced, so it is not printed`,
    }, definition);
  }
}

function documentTitle(input: OfficialDocInput): string {
  const { kindTitle, subject } = input.header;
  return cleanText(kindTitle ? `${kindTitle} ${subject}` : `V/v ${subject}`);
}

/**
 * Lays out one document in the Decree 30/2020 format: the first section holds the header, title,
 * recipients, bases, body and signature; each appendix gets a section of its own. Footnotes of
 * the body and the appendices become real Word footnotes. Throws `ProfileError` for a profile
 * value outside the decree's range; everything else that cannot be printed is a warning.
 */
export function renderOfficialDoc(input: OfficialDocInput, profile?: LayoutProfileInput, options: RenderOptions = {}): RenderResult {
  const lang = options.lang ?? 'vi';
  const shared: Shared = {
    profile: resolveProfile(profile, lang),
    pictures: input.pictures ?? new Map(),
    registry: new FootnoteRegistry(),
    warnings: new WarningSink(lang),
  };
  const sections = [mainSection(input, shared), ...appendixSections(input, shared)];
  const footnotes = shared.registry.notes((d) => footnoteParagraphs(d, shared));
  warnUnused(shared);
  const doc = new Document({
    title: documentTitle(input),
    creator: cleanText(input.header.issuer.join(' ')),
    styles: documentStyles(shared.profile),
    footnotes,
    sections,
  });
  return { doc, warnings: shared.warnings.list };
}

/** Renders and packs a document; the bytes of the .docx and the warnings. */
export async function packOfficialDoc(
  input: OfficialDocInput,
  profile?: LayoutProfileInput,
  options: RenderOptions = {},
): Promise<{ readonly buffer: Buffer; readonly warnings: readonly LayoutWarning[] }> {
  const { doc, warnings } = renderOfficialDoc(input, profile, options);
  return { buffer: await Packer.toBuffer(doc), warnings };
}

/** Renders and packs a document into the bytes of a .docx (warnings dropped; see `packOfficialDoc`). */
export async function packDocx(input: OfficialDocInput, profile?: LayoutProfileInput, options: RenderOptions = {}): Promise<Buffer> {
  return (await packOfficialDoc(input, profile, options)).buffer;
}
