import type { BlockView } from './body.js';

// "Công văn này" / "công văn này", a letter speaking of itself; not "Công văn số …" of another.
const THIS_LETTER = /(?<!\p{L})([Cc])ông văn này(?!\p{L})/gu;

/** A letter's sentence as its plan says it: "thực hiện Công văn này" → "thực hiện Kế hoạch này". */
export function asPlanText(text: string): string {
  return text.replace(THIS_LETTER, (_m, c: string) => `${c === 'C' ? 'K' : 'k'}ế hoạch này`);
}

/** A block of a letter's body reworded for the plan built from it. */
export function asPlanBlock(block: BlockView): BlockView {
  return Object.fromEntries(Object.entries(block).map(([k, v]) => [k, asPlanText(v as string)])) as BlockView;
}
