import type { Paragraph } from 'docx';
import type { OfficialDocHeader } from '../layout-input.js';
import type { LayoutProfile } from '../profile.js';
import { textWidthPt } from '../text-width.js';
import { ptToTwip } from '../units.js';
import { lineParagraph } from './line.js';
import { keepPhrases } from './phrases.js';
import { ruleParagraph } from './rule.js';

// Room between the number line and the type name, as a drafter's blank line leaves it: the
// type name opens the document's own part, set apart from the header.
const TYPE_NAME_GAP_PT = 18;

/**
 * The type name and subject of a typed document (ô 5a): `CHỈ THỊ`, then the subject in bold,
 * then a line 1/3–1/2 as long as the subject's longest line. Empty for a công văn, whose
 * subject is in the header.
 */
export function titleBlock(header: OfficialDocHeader, profile: LayoutProfile, widthTwip: number): Paragraph[] {
  if (!header.kindTitle) return [];
  const { kindTitle, subject } = profile.sizes;
  const lines = header.subject.split('\n');
  const longest = Math.min(widthTwip, ptToTwip(Math.max(0, ...lines.map((l) => textWidthPt(l, subject, 'bold')))));
  return [
    lineParagraph(header.kindTitle, { sizePt: kindTitle, bold: true, beforePt: TYPE_NAME_GAP_PT, keepNext: true }, profile),
    lineParagraph(keepPhrases(header.subject), { sizePt: subject, bold: true, keepNext: true }, profile),
    ruleParagraph(Math.round(longest * profile.ruleRatio), widthTwip, ptToTwip(12)),
  ];
}
