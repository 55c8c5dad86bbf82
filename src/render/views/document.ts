import type { Picture } from '../../docx/layout-input.js';
import type { Document } from '../../model/document.js';
import type { AgencyRegistry } from '../agencies.js';
import { bodyBlocks, paragraphs, type BlockView } from './body.js';
import { footnotesView, type FootnoteView } from './footnotes.js';
import { layoutOf, type LayoutParts } from './layout.js';

/** The data of a modelled document's template (`cong-van`, `chi-thi`, …): its text, worded. */
export interface DocumentView {
  readonly id: string;
  readonly kind: string;
  readonly preamble: readonly string[];
  readonly body: readonly BlockView[];
  readonly closing: readonly string[];
  readonly footnotes: readonly FootnoteView[];
}

/** What a kind prepares for the packer: the template and its view, the parts the layout prints itself, appendices. */
export interface Prepared<V extends object = object> {
  readonly template: string;
  readonly view: V;
  readonly layout: LayoutParts;
  readonly appendices?: readonly PreparedAppendix[];
  /** Pictures the Markdown names (`![caption](name)`), such as the report's charts. */
  readonly pictures?: ReadonlyMap<string, Picture>;
}

/** An appendix: its own template and view, title and `(Kèm theo …)` line. */
export interface PreparedAppendix {
  readonly template: string;
  readonly view: object;
  readonly title: string;
  readonly subtitle?: string | undefined;
  readonly landscape: boolean;
}

/** The view of a modelled document: preamble, numbered body with the field lines, closing, footnotes. */
export function documentView(doc: Document, registry: AgencyRegistry): DocumentView {
  return {
    id: doc.id,
    kind: doc.kind,
    preamble: paragraphs(doc.preamble),
    body: bodyBlocks(doc.body, registry, doc.fields),
    closing: paragraphs(doc.closing),
    footnotes: footnotesView(doc.footnotes),
  };
}

/** A modelled document as it is, through the template of its kind (or the one asked for). */
export function prepareDocument(doc: Document, registry: AgencyRegistry, template: string = doc.kind): Prepared<DocumentView> {
  return { template, view: documentView(doc, registry), layout: layoutOf(doc, registry) };
}
