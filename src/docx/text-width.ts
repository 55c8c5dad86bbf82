import { ADVANCES, UNITS_PER_EM } from './font-advances.js';

/** Which advance table to measure with. */
export type FontWeight = 'regular' | 'bold';

const HORN = '\u031B';
// Tone marks, circumflex and breve sit above or below the letter without widening it.
const NON_SPACING = /[\u0300-\u036F]/g;

function advanceOf(ch: string, weight: FontWeight): number {
  const table = ADVANCES[weight];
  const extra = (table.extra as Readonly<Record<string, number>>)[ch];
  if (extra !== undefined) return extra;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return table.ascii[code - 0x20] ?? 0;
  const base = ch.normalize('NFD').replace(NON_SPACING, (m) => (m === HORN ? m : '')).normalize('NFC');
  if (base !== ch && base.length > 0) return [...base].reduce((sum, c) => sum + advanceOf(c, weight), 0);
  // Unlisted characters (rare in header lines) count as an average lower-case letter.
  return table.ascii['n'.charCodeAt(0) - 0x20] ?? UNITS_PER_EM / 2;
}

/**
 * Width in points of a line of Times New Roman text, from Liberation Serif's advance widths
 * (the two fonts share their metrics). Kerning is ignored: Word does not kern by default.
 */
export function textWidthPt(text: string, sizePt: number, weight: FontWeight = 'regular'): number {
  let units = 0;
  // A no-break space is as wide as a space.
  for (const ch of text.normalize('NFC').replace(/\u00A0/g, ' ')) units += advanceOf(ch, weight);
  return (units / UNITS_PER_EM) * sizePt;
}
