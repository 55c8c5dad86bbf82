import { nfc } from '../text/normalize.js';

// Every ASCII punctuation mark CommonMark or GFM may read as syntax inside a line.
const INLINE_SYNTAX = /[\\`*_[\]<>#|~&!]/g;
// At the start of a paragraph these open a list, a heading or a quote.
const LEADING_LIST = /^(\s*)(\d{1,9})([.)])(\s)/;
const LEADING_BULLET = /^(\s*)([-+*])(\s)/;

/**
 * Plain text (a name, a title, a deadline) made safe to put into Markdown: the marks that would
 * turn into emphasis, links, footnotes, tables or HTML are escaped with a backslash, which the
 * parser removes again, so `Sở KH&CN` and `a_b*c` print as written. Line breaks become spaces,
 * and a leading `1.` or `-` cannot start a list.
 */
export function escapeMarkdown(text: string): string {
  return nfc(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(INLINE_SYNTAX, (c) => `\\${c}`)
    .replace(LEADING_LIST, '$1$2\\$3$4')
    .replace(LEADING_BULLET, '$1\\$2$3');
}

/**
 * Markdown inline text from the YAML (task texts may carry `**bold**`, `*italic*`, `[^1]` and
 * `<https://…>` on purpose): NFC without control characters, on one line, so a stray newline
 * cannot start a list or close a table cell.
 */
export function inlineMarkdown(text: string): string {
  return nfc(text).replace(/\s*\n\s*/g, ' ').trim();
}

/** Text for a GFM table cell: escaped, with `|` escaped too (it is in `INLINE_SYNTAX`). */
export function cellMarkdown(text: string): string {
  return escapeMarkdown(text).trim();
}
