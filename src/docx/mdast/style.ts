import { AlignmentType, LineRuleType, Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { LayoutProfile } from '../profile.js';
import { textRun } from '../runs.js';
import { cmToTwip, ptToTwip } from '../units.js';
import type { Context, ParaStyle } from './context.js';

/** Body paragraphs: justified, first-line indent, space after, line spacing from the profile. */
export function bodyPara(profile: LayoutProfile, sizePt = profile.sizes.body): ParaStyle {
  return {
    sizePt,
    alignment: AlignmentType.JUSTIFIED,
    firstLineTwip: cmToTwip(profile.body.indentCm),
    leftTwip: 0,
    afterTwip: ptToTwip(profile.body.spacingAfterPt),
    line: Math.round(240 * profile.body.lineSpacing),
  };
}

/** Paragraphs inside a table cell: no indent, tight spacing, so rows stay compact. */
export function cellPara(profile: LayoutProfile, alignment: ParaStyle['alignment']): ParaStyle {
  return { sizePt: profile.sizes.table, alignment, firstLineTwip: 0, leftTwip: 0, afterTwip: ptToTwip(2), line: 240 };
}

/** Footnote paragraphs: left-aligned (their long addresses would stretch a justified line), single-spaced. */
export function footnotePara(profile: LayoutProfile): ParaStyle {
  return { sizePt: profile.sizes.footnote, alignment: AlignmentType.LEFT, firstLineTwip: 0, leftTwip: 0, afterTwip: 0, line: 240 };
}

/** A paragraph in the context's style; `extra` adds keep-with-next and the like. */
export function styledParagraph(children: readonly ParagraphChild[], ctx: Context, extra: Partial<IParagraphOptions> = {}): Paragraph {
  const p = ctx.para;
  return new Paragraph({
    children: [...children],
    alignment: p.alignment,
    indent: { firstLine: p.firstLineTwip, ...(p.leftTwip ? { left: p.leftTwip } : {}) },
    spacing: { before: 0, after: p.afterTwip, line: p.line, lineRule: LineRuleType.AUTO },
    // The paragraph mark's size sets an empty paragraph's height, so it follows the text.
    run: { font: ctx.profile.font, size: p.sizePt * 2 },
    ...(p.keepNext ? { keepNext: true } : {}),
    ...extra,
  });
}

/** A run of literal text in the context's font, size and decoration. */
export function contextRun(text: string, ctx: Context): ParagraphChild {
  return textRun(text, { font: ctx.profile.font, sizePt: ctx.para.sizePt, ...ctx.deco });
}
