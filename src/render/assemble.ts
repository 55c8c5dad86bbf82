import type { OfficialDocInput } from '../docx/layout-input.js';
import { parseMarkdown } from '../docx/markdown.js';
import type { Prepared } from './views/document.js';
import type { TemplateSet } from './template-set.js';

/** A document ready for the packer, and the Markdown its body was written in (for tests and `--markdown`). */
export interface Assembled {
  readonly input: OfficialDocInput;
  readonly markdown: string;
}

// Handlebars leaves the blank lines of skipped blocks; Markdown needs one between paragraphs, never more.
function tidy(md: string): string {
  return `${md.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * Fills the templates of a prepared document and builds the layout's input: the body and each
 * appendix parsed from their Markdown, the header, recipients, signature and distribution from
 * the view's layout parts. Throws `RenderError` for a template or data problem.
 */
export function assemble(prepared: Prepared, templates: TemplateSet): Assembled {
  const markdown = tidy(templates.render(prepared.template, prepared.view));
  const appendices = (prepared.appendices ?? []).map((a) => {
    const md = tidy(templates.render(a.template, a.view));
    return { title: a.title, subtitle: a.subtitle, landscape: a.landscape, body: parseMarkdown(md), markdown: md };
  });
  const { header, to, bases, signer, distribution } = prepared.layout;
  const input: OfficialDocInput = {
    header,
    to,
    bases,
    body: parseMarkdown(markdown),
    distribution,
    signer,
    appendices: appendices.map(({ markdown: _md, ...a }) => a),
    ...(prepared.pictures ? { pictures: prepared.pictures } : {}),
  };
  return { input, markdown: [markdown, ...appendices.map((a) => a.markdown)].join('\n---\n\n') };
}
