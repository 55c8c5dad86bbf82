import { BorderStyle, LineRuleType, Paragraph } from 'docx';

/** Line weight: 0.75 pt in eighths of a point, the weight of the decree's sample. */
const RULE_SIZE = 6;

/**
 * A solid horizontal line `lengthTwip` long, centred in a box `boxTwip` wide (a table cell or the
 * text area). It is the bottom border of an empty, 1-pt-high paragraph indented equally from both
 * sides: unlike a drawn shape it moves with the text, survives every importer (Word, LibreOffice,
 * Google Docs), and a drafter changes its length with the paragraph indents. `afterTwip` is the
 * space below it, before the next block.
 */
export function ruleParagraph(lengthTwip: number, boxTwip: number, afterTwip = 0): Paragraph {
  const side = ruleIndent(lengthTwip, boxTwip);
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000', space: 1 } },
    // 2 pt above keeps the line clear of descenders (p, g, y) of the text it underlines.
    spacing: { before: 40, after: afterTwip, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
  });
}

/** The indent on each side that leaves a rule `lengthTwip` long in a box `boxTwip` wide. */
function ruleIndent(lengthTwip: number, boxTwip: number): number {
  return Math.max(0, Math.round((boxTwip - lengthTwip) / 2));
}
