import { TextRun } from 'docx';
import { cleanText } from './text.js';
import { ptToHalfPoints } from './units.js';

/** Character formatting of a run. */
export interface RunStyle {
  readonly font: string;
  readonly sizePt: number;
  readonly bold?: boolean | undefined;
  readonly italics?: boolean | undefined;
  readonly strike?: boolean | undefined;
}

/**
 * A run of cleaned text with its font named explicitly, so a paragraph copied into another
 * document keeps Times New Roman instead of taking that document's default font.
 */
export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: cleanText(text),
    font: style.font,
    size: ptToHalfPoints(style.sizePt),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.strike ? { strike: true } : {}),
  });
}
