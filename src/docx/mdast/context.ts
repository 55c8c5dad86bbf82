import type { AlignmentType, FileChild, ParagraphChild } from 'docx';
import type { Nodes, RootContent } from 'mdast';
import type { LayoutProfile } from '../profile.js';
import type { WarningSink } from '../warnings.js';
import type { FootnoteScope } from './footnotes.js';
import type { Picture } from '../layout-input.js';

/** Character decoration inherited from `strong`, `emphasis`, `delete` and blockquotes. */
export interface Deco {
  readonly bold?: boolean | undefined;
  readonly italics?: boolean | undefined;
  readonly strike?: boolean | undefined;
}

/** How paragraphs look where the builders are writing: the body, a table cell or a footnote. */
export interface ParaStyle {
  readonly sizePt: number;
  readonly alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  readonly firstLineTwip: number;
  readonly leftTwip: number;
  readonly afterTwip: number;
  /** Line spacing in 240ths of a line (`w:line` with the `auto` rule). */
  readonly line: number;
  /** Keep each paragraph on the page of what follows it (the closing paragraph with the signature). */
  readonly keepNext?: boolean | undefined;
}

/** Everything a builder needs, passed down the recursion; builders derive children's contexts by spreading. */
export interface Context {
  readonly profile: LayoutProfile;
  readonly deco: Deco;
  readonly para: ParaStyle;
  /** Width available to the content, in twips: the text area, or a table cell. */
  readonly widthTwip: number;
  /** Nesting depth of lists, for the default bullet (`-` then `+`). */
  readonly listDepth: number;
  /** Text waiting to open the next paragraph, verbatim: a list marker and its space (`1. `), a footnote's space. */
  readonly lead?: string | undefined;
  /** Set inside a footnote, where Word has no footnotes of its own. */
  readonly inFootnote?: boolean | undefined;
  /** Footnotes of the root being rendered. */
  readonly footnotes: FootnoteScope;
  /** Pictures an image node may name (see `OfficialDocInput.pictures`). */
  readonly pictures?: ReadonlyMap<string, Picture> | undefined;
  readonly warnings: WarningSink;
  /** Renders block nodes through the builders map. */
  readonly blocks: (nodes: readonly RootContent[], ctx: Context) => FileChild[];
  /** Renders phrasing nodes through the builders map. */
  readonly inline: (nodes: readonly RootContent[], ctx: Context) => ParagraphChild[];
}

/** Builds block content for one mdast node type. */
export type BlockBuilder<T extends Nodes['type']> = (node: Extract<Nodes, { type: T }>, ctx: Context) => FileChild[];
/** Builds inline content for one mdast node type. */
export type InlineBuilder<T extends Nodes['type']> = (node: Extract<Nodes, { type: T }>, ctx: Context) => ParagraphChild[];

/** Block builders keyed by node type; a type without a builder is an unknown block. */
export type BlockBuilders = { readonly [T in Nodes['type']]?: BlockBuilder<T> };
/** Inline builders keyed by node type; a type without a builder is an unknown inline node. */
export type InlineBuilders = { readonly [T in Nodes['type']]?: InlineBuilder<T> };
