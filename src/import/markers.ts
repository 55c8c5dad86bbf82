/**
 * Item markers at the start of a line: `I.`, `1.`, `2.1.`, `a)`, `-`, `+`. The outline of a letter is
 * rebuilt from them, not from Markdown lists (a letter's text seldom indents its items).
 */

/** The family of a marker: items of one family are siblings, a new family nests under the last item. */
export type MarkerStyle = 'article' | 'roman' | 'number' | 'dotted2' | 'dotted3' | 'letter' | 'dash' | 'plus' | 'appendix';

/** A marker found at the start of a line. */
export interface Marker {
  readonly style: MarkerStyle;
  /** The marker as printed: `2.1.`, `a)`, `-`. */
  readonly printed: string;
  /** The numbering it carries: `2.1`, `a`, `II`; empty for dashes and pluses. */
  readonly label: string;
}

// "Điều 3. Tổ chức thực hiện", "Điều 4:": an article of a decree, a resolution or a decision.
const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]\s*(?=\S)/u;
// "II.", "II)", and the Party's "II-" ("IV- TỔ CHỨC THỰC HIỆN").
const ROMAN = /^([IVX]{1,5})(?:[.)]|\s?[-–])\s+(?=\S)/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?=\S)/u;
const NUMBER = /^(\d{1,2})[.)]\s+(?=\S)/u;
const LETTER = /^([a-zđ])\)\s*(?=\S)/u;
const DASH = /^([-–—•*])\s+(?=\S)/u;
const PLUS = /^(\+)\s*(?=\S)/u;

/** The marker at the start of `line` (emphasis marks before it are skipped), or undefined. */
export function readMarker(line: string): { marker: Marker; rest: string } | undefined {
  const text = line.replace(/^\s*(?:\*\*|__)?/, '');
  const article = ARTICLE.exec(text);
  if (article?.[1]) return found('article', article, text);
  const roman = ROMAN.exec(text);
  if (roman?.[1] && isRoman(roman[1])) return found('roman', roman, text);
  const dotted = DOTTED.exec(text);
  if (dotted?.[1]) return found(dotted[1].split('.').length === 2 ? 'dotted2' : 'dotted3', dotted, text);
  const number = NUMBER.exec(text);
  if (number?.[1]) return found('number', number, text);
  const letter = LETTER.exec(text);
  if (letter?.[1]) return found('letter', letter, text);
  const dash = DASH.exec(text);
  if (dash) return found('dash', dash, text);
  const plus = PLUS.exec(text);
  if (plus) return found('plus', plus, text);
  return undefined;
}

function found(style: MarkerStyle, m: RegExpExecArray, text: string): { marker: Marker; rest: string } {
  const printed = m[0].trim();
  const label = style === 'dash' || style === 'plus' ? '' : (m[1] ?? '');
  return { marker: { style, printed, label }, rest: text.slice(m[0].length) };
}

// "I", "V", "X" alone are numbers only in upper-case runs that read as Roman numerals.
function isRoman(s: string): boolean {
  return /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(s);
}

/** Removes the marker from the Markdown text of a line, keeping emphasis that opened before it. */
export function stripMarker(line: string, marker: Marker): string {
  const open = /^\s*(\*\*|__)?/.exec(line)?.[1] ?? '';
  const rest = line.replace(/^\s*(?:\*\*|__)?/, '');
  const at = rest.indexOf(marker.printed);
  const after = at === 0 ? rest.slice(marker.printed.length).replace(/^\s+/, '') : rest;
  return open + after;
}
