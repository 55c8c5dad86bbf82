import { LineRuleType, Paragraph } from 'docx';
import { bodyPara } from '../mdast/style.js';
import type { LayoutProfile } from '../profile.js';
import { textRun } from '../runs.js';
import { punctuateItems } from './punctuation.js';

/** Legal bases (căn cứ, ô 6): italic body paragraphs, one per basis, `;` after each and `.` after the last. */
export function basesBlock(bases: readonly string[] | undefined, profile: LayoutProfile): Paragraph[] {
  const para = bodyPara(profile, profile.sizes.bases);
  return punctuateItems(bases ?? []).map(
    (basis) =>
      new Paragraph({
        alignment: para.alignment,
        indent: { firstLine: para.firstLineTwip },
        spacing: { before: 0, after: para.afterTwip, line: para.line, lineRule: LineRuleType.AUTO },
        children: [textRun(basis, { font: profile.font, sizePt: para.sizePt, italics: true })],
      }),
  );
}
