import { cleanText } from '../text.js';

// Letters, digits, spaces and the punctuation of names and figures. Nothing Markdown, GFM or
// Handlebars read as syntax: no `*_[]<>#|~\`!`, no `:` (links), no `@` (e-mail autolinks).
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ,.'’()&%/–-]*$/u;
// What would open a list item if the value started a paragraph: `1.`, `2)`.
const LIST_START = /^\d{1,9}[.)](?:\s|$)/u;

/**
 * Whether a value can be put straight into a compiled template: plain words and figures, starting
 * with a letter or digit but never like a list item, single spaces, no `www.` or `//`. Any other
 * value goes through the full pipeline, which is always right, only slower.
 */
export function isFillable(value: string): boolean {
  const v = cleanText(value);
  return v.length > 0 && PLAIN.test(v) && !LIST_START.test(v) && !/\s{2}|\s$|www\.|\/\//iu.test(v);
}
