import { limitOf } from '../load/limits.js';

/** The deepest nesting of a text's lines: where, how deep, and the construct that nests. */
export interface Deepest {
  readonly line: number;
  readonly depth: number;
  /** `quote` (`>`), `list` (`-`, `*`, `1.`) or `indent` (leading spaces). */
  readonly construct: 'quote' | 'list' | 'indent';
}

const MARKER = /^[ \t]*(?:(>)|([-*+]|\d{1,9}[.)]))(?=[ \t]|$)[ \t]?/;

/** How deeply one line nests: its leading quote and list markers, and its indentation (4 columns a level). */
function lineDepth(line: string): { depth: number; construct: Deepest['construct'] } {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const columns = [...indent].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
  let rest = line;
  let quotes = 0;
  let lists = 0;
  // At most limit+1 markers are counted: past that the line is refused anyway.
  const cap = limitOf('nestingDepth') + 1;
  for (let m = MARKER.exec(rest); m && quotes + lists < cap; m = MARKER.exec(rest)) {
    if (m[1]) quotes++;
    else lists++;
    rest = rest.slice(m[0].length);
  }
  const depth = Math.floor(columns / 4) + quotes + lists;
  const construct = quotes >= lists && quotes > 0 ? 'quote' : lists > 0 ? 'list' : 'indent';
  return { depth, construct };
}

/** The first line nested deeper than the limit, or undefined: checked before anything recurses on the text. */
export function tooDeep(text: string, max = limitOf('nestingDepth')): Deepest | undefined {
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    line++;
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    // Only the start of a line can nest: a long line is looked at no further than the limit needs.
    const head = text.slice(start, Math.min(stop, start + 8 * (max + 2) + 64));
    const d = lineDepth(head);
    if (d.depth > max) return { line, depth: d.depth, construct: d.construct };
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}
