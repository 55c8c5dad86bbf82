import { LineRuleType, type IStylesOptions } from 'docx';
import type { LayoutProfile } from './profile.js';
import { ptToHalfPoints } from './units.js';

/**
 * Document defaults: the profile's font and body size for every run, Vietnamese for the spelling
 * checker, no space after paragraphs unless a block asks; footnote text and Word's heading styles
 * in the font too (black), so no part of the file falls back to the theme's Calibri or Cambria.
 */
export function documentStyles(profile: LayoutProfile): IStylesOptions {
  const font = profile.font;
  // The builders do not use Word's heading styles, but a drafter may: keep them black, in the font.
  const heading = { run: { font, color: '000000' } };
  return {
    default: {
      title: heading,
      heading1: heading,
      heading2: heading,
      heading3: heading,
      heading4: heading,
      heading5: heading,
      heading6: heading,
      document: {
        run: { font, size: ptToHalfPoints(profile.sizes.body), language: { value: 'vi-VN' } },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      footnoteText: { run: { font, size: ptToHalfPoints(profile.sizes.footnote) }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
      footnoteReference: { run: { font, superScript: true } },
      footnoteTextChar: { run: { font, size: ptToHalfPoints(profile.sizes.footnote) } },
    },
  };
}
