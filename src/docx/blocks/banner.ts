import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { LayoutProfile } from '../profile.js';
import { cleanText } from '../text.js';
import { ptToTwip } from '../units.js';

/**
 * The warning above the header of a draft that must not be signed as it is (`DỰ THẢO — CÒN LỖI`):
 * bold, red, boxed, centred; nothing when there is none.
 */
export function bannerBlock(banner: string | undefined, profile: LayoutProfile): Paragraph[] {
  if (!banner?.trim()) return [];
  const border = { style: 'single', size: 12, color: 'C00000', space: 2 } as const;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: ptToTwip(6) },
      border: { top: border, bottom: border, left: border, right: border },
      children: [new TextRun({ text: cleanText(banner), bold: true, color: 'C00000', font: profile.font, size: profile.sizes.signer * 2 })],
    }),
  ];
}
