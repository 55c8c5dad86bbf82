import { cleanText } from '../text.js';

// Letters, digits, spaces and the punctuation of agency names. Nothing Markdown, GFM autolinks or
// Handlebars read as syntax: no `*_[]<>#|~\``, no `:` or `/` (links), no `@` (e-mail autolinks).
const PLAIN = /^\p{L}[\p{L}\p{M}\p{N} ,.'’()&–-]*$/u;

/**
 * Whether a value can be put straight into a compiled template: plain words, starting with a letter
 * (so it never starts a list item), single spaces, no `www.`. Any other value goes through the full
 * pipeline, which is always right, only slower.
 */
export function isFillable(value: string): boolean {
  const v = cleanText(value);
  return v.length > 0 && PLAIN.test(v) && !/\s{2}|\s$|www\./iu.test(v);
}
