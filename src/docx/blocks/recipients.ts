import { AlignmentType, LineRuleType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { LayoutProfile } from '../profile.js';
import { textRun } from '../runs.js';
import { textWidthPt } from '../text-width.js';
import { ptToTwip } from '../units.js';
import { bareItem, punctuateItems } from './punctuation.js';

const LABEL = 'Kính gửi:';
const GAP_TWIP = 120;

/**
 * `Kính gửi:` (ô 9a). One addressee: on the label's line, centred. Several: the label, then one
 * addressee per line `- X;`, the last `- Y.`, the dashes aligned after the label by a hanging
 * indent, so a long addressee wraps under its own text. The block is centred when it fits.
 */
export function recipientsBlock(to: readonly string[], profile: LayoutProfile, widthTwip: number): Paragraph[] {
  const sizePt = profile.sizes.recipients;
  const run = (text: string) => textRun(text, { font: profile.font, sizePt });
  const spacing = { before: ptToTwip(12), after: 0, line: 240, lineRule: LineRuleType.AUTO };
  const items = to.map(bareItem).filter((t) => t !== '');
  if (items.length === 0) return [];
  if (items.length === 1) {
    return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...spacing, after: ptToTwip(12) }, children: [run(`${LABEL} ${items[0]}`)] })];
  }
  const lines = punctuateItems(items).map((i) => `- ${i}`);
  const labelTwip = ptToTwip(textWidthPt(`${LABEL} `, sizePt)) + GAP_TWIP;
  const longest = ptToTwip(Math.max(...lines.map((l) => textWidthPt(l, sizePt))));
  const start = Math.max(0, Math.min(Math.round((widthTwip - labelTwip - longest) / 2), Math.round(widthTwip / 4)));
  const itemLeft = start + labelTwip;
  return lines.map((line, i) => {
    const last = i === lines.length - 1;
    const para = { alignment: AlignmentType.LEFT, spacing: { ...spacing, before: i === 0 ? spacing.before : 0, after: last ? ptToTwip(12) : 0 } };
    if (i > 0) return new Paragraph({ ...para, indent: { left: itemLeft }, children: [run(line)] });
    return new Paragraph({
      ...para,
      indent: { left: itemLeft, hanging: labelTwip },
      tabStops: [{ type: TabStopType.LEFT, position: itemLeft }],
      children: [run(LABEL), new TextRun({ children: [new Tab()] }), run(line)],
    });
  });
}
