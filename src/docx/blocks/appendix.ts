import type { FileChild, Paragraph } from 'docx';
import type { Appendix } from '../layout-input.js';
import type { LayoutProfile } from '../profile.js';
import { lineParagraph } from './line.js';

/**
 * The top of an appendix page: the title lines bold and centred, the `(Kèm theo …)` line in
 * italics, then the content. The section around it (own page, own numbering) is the packer's.
 */
export function appendixHeading(appendix: Appendix, profile: LayoutProfile): Paragraph[] {
  const sizePt = profile.sizes.appendixTitle;
  const title = appendix.title.split('\n').map((l) => lineParagraph(l, { sizePt, bold: true, keepNext: true }, profile));
  const subtitle = appendix.subtitle ? [lineParagraph(appendix.subtitle, { sizePt, italics: true, keepNext: true }, profile)] : [];
  const spacer = lineParagraph('', { sizePt, afterPt: 6 }, profile);
  return [...title, ...subtitle, spacer];
}

/** An appendix section's children: heading, then the rendered body. */
export function appendixChildren(appendix: Appendix, body: readonly FileChild[], profile: LayoutProfile): FileChild[] {
  return [...appendixHeading(appendix, profile), ...body];
}
