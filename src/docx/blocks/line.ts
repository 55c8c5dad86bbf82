import { AlignmentType, LineRuleType, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { LayoutProfile } from '../profile.js';
import { textRun } from '../runs.js';
import { ptToTwip } from '../units.js';

/** How a fixed line of the header, title or signature block looks. */
export interface LineStyle {
  readonly sizePt: number;
  readonly bold?: boolean | undefined;
  readonly italics?: boolean | undefined;
  readonly alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] | undefined;
  readonly beforePt?: number | undefined;
  readonly afterPt?: number | undefined;
  readonly keepNext?: boolean | undefined;
}

/** The runs of a text whose `\n` are forced line breaks. */
export function lineRuns(text: string, style: LineStyle, profile: LayoutProfile): ParagraphChild[] {
  const run = { font: profile.font, ...style };
  return text.split('\n').flatMap((part, i) => (i === 0 ? [textRun(part, run)] : [new TextRun({ break: 1 }), textRun(part, run)]));
}

/** One single-spaced paragraph of fixed text (centred unless told otherwise). */
export function lineParagraph(text: string, style: LineStyle, profile: LayoutProfile): Paragraph {
  return paragraphOf(lineRuns(text, style, profile), style, profile);
}

/** A single-spaced paragraph of the given runs in a line style. */
export function paragraphOf(children: readonly ParagraphChild[], style: LineStyle, profile: LayoutProfile): Paragraph {
  return new Paragraph({
    children: [...children],
    alignment: style.alignment ?? AlignmentType.CENTER,
    // The rule said outright: LibreOffice reads a `w:line` without one as exact 12 pt, and the
    // lines of a 14-pt subject that wraps would overlap.
    spacing: { before: ptToTwip(style.beforePt ?? 0), after: ptToTwip(style.afterPt ?? 0), line: 240, lineRule: LineRuleType.AUTO },
    run: { font: profile.font, size: style.sizePt * 2, ...(style.bold ? { bold: true } : {}) },
    ...(style.keepNext ? { keepNext: true } : {}),
  });
}
