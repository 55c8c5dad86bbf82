/** Twips (1/20 pt) per millimetre: 1440 twips per inch / 25.4 mm per inch. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded: Word stores page geometry in whole twips. */
export function mmToTwip(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Centimetres to twips, rounded. */
export function cmToTwip(cm: number): number {
  return mmToTwip(cm * 10);
}

/** Points to twips, rounded. */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to the half-points that `w:sz` takes. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** A4 portrait in twips (210 × 297 mm), as Word writes it. */
export const A4 = { width: 11906, height: 16838 } as const;
