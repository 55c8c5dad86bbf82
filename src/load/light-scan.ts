// Offsets around a node that js-yaml has already read, computed the way the `yaml` package sets
// its node ranges (`range[1]` the end of the value, `range[2]` with its trailing comment and line
// break). Files with tabs never come here (see `readFast`); a line break is '\n' or '\r\n'.

const SPACE = 0x20;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const HASH = 0x23;

function isBreak(c: number): boolean {
  return c === NEWLINE || c === RETURN;
}

/** The first offset from `at` past spaces, line breaks and comments: where a node's content starts. */
export function skipSeparation(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === SPACE || isBreak(c)) i++;
    else if (c === HASH) i = lineEnd(text, i);
    else return i;
  }
}

/** The first offset from `at` past spaces (on the same line). */
export function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === SPACE) i++;
  return i;
}

/** The offset of the line break ending the line that holds `at` (or the end of the text). */
export function lineEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
}

/** The end of a plain scalar that js-yaml left at `at`: back over the spaces and line breaks after it. */
export function trimBack(text: string, at: number, start: number): number {
  let i = at;
  while (i > start && (text.charCodeAt(i - 1) === SPACE || isBreak(text.charCodeAt(i - 1)))) i--;
  return i;
}

/** A value's end with what follows it on its line: spaces, a comment, the line break. */
export function withTrail(text: string, end: number): number {
  let i = skipSpaces(text, end);
  if (text.charCodeAt(i) === HASH) i = lineEnd(text, i);
  if (text.charCodeAt(i) === RETURN && text.charCodeAt(i + 1) === NEWLINE) return i + 2;
  return text.charCodeAt(i) === NEWLINE ? i + 1 : i;
}

/**
 * Whether a comment comes after `at` before the next content (blank lines aside): `yaml` then
 * hangs it on the nearest collection, whose end moves by rules this reader does not follow.
 */
export function commentFollows(text: string, at: number): boolean {
  for (let i = skipSpaces(text, at); i < text.length; i = skipSpaces(text, i)) {
    const c = text.charCodeAt(i);
    if (c === HASH) return true;
    if (!isBreak(c)) return false;
    i++;
  }
  return false;
}

/**
 * The end of a block scalar (`|` or `>`) starting at `start`, read by js-yaml up to `at`: after
 * the line break of its last line with content. Undefined when `yaml` may count more lines in it:
 * keep chomping (`|+`), no content line, or lines of spaces only after the last content.
 */
export function blockScalarEnd(text: string, start: number, at: number): number | undefined {
  const header = lineEnd(text, start);
  if (text.slice(start, header).includes('+')) return undefined;
  let last = Math.min(at, text.length) - 1;
  while (last > header && (text.charCodeAt(last) === SPACE || isBreak(text.charCodeAt(last)))) last--;
  if (last <= header) return undefined;
  const eol = lineEnd(text, last);
  const end = eol < text.length ? eol + 1 : eol;
  // Only empty lines may follow before the next content (or the end of the text).
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) continue;
    if (c !== SPACE) return end;
    const next = skipSpaces(text, i);
    return next >= text.length || isBreak(text.charCodeAt(next)) ? undefined : end;
  }
  return end;
}
