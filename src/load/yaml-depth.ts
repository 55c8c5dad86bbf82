import type { Diagnostic } from '../report/diagnostic.js';
import { limitOf, overLimit } from './limits.js';

/**
 * The nesting of a YAML text, measured before any parser recurses on it (a parser, and the code
 * after it, would end in "Maximum call stack size exceeded"): block collections by indentation and
 * `- ` markers, flow collections by their brackets outside quotes and comments.
 */

const OPENS_AFTER = new Set([':', '-', ',', '[', '{', '?', '']);

const DASH = /^-(?:[ \t]+|$)/;

/** The first line of `text` that nests deeper than the limit, as a finding naming the construct. */
export function yamlTooDeep(file: string, text: string, max = limitOf('nestingDepth')): Diagnostic | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const body = raw.replace(/\r$/, '');
    const trimmed = body.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    let column = body.length - trimmed.length;
    if (flow === 0) {
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= column) indents.pop();
      indents.push(column);
      // `- - - x`: each marker opens a sequence inside the last. The place is the construct that goes too deep.
      let at = column + 1;
      for (let m = DASH.exec(trimmed); m && indents.length <= max; m = DASH.exec(body.slice(column))) {
        at = column + 1;
        column += m[0].length;
        indents.push(column);
      }
      if (indents.length > max) return problem(file, line, at, indents.length, 'block', max);
    }
    const scan = flowDepth(body, flow, max - indents.length);
    if (scan.over !== undefined) return problem(file, line, scan.over, scan.depth + indents.length, 'flow', max);
    flow = scan.depth;
  }
  return undefined;
}

/**
 * The flow depth after one line (brackets outside quotes and comments), starting from `start`; with
 * the column of the bracket that first goes past `room` levels.
 */
function flowDepth(line: string, start: number, room: number): { depth: number; over?: number } {
  let depth = start;
  let quote: '"' | "'" | undefined;
  let last = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === ' ' || c === '\t') {
      if (line[i + 1] === '#') break;
      continue;
    }
    // A bracket or quote opens only where a value may start: `xem [1]` in a sentence is text.
    const opens = depth > 0 || OPENS_AFTER.has(last);
    if ((c === '"' || c === "'") && opens) quote = c;
    else if ((c === '[' || c === '{') && opens) {
      depth++;
      if (depth > room) return { depth, over: i + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    last = c;
  }
  return { depth };
}

function problem(file: string, line: number, column: number, depth: number, construct: 'block' | 'flow', max: number): Diagnostic {
  const what = construct === 'flow'
    ? { vi: `danh sách/bảng lồng bằng [ hoặc { sâu ${depth} cấp ở dòng ${line}`, en: `flow collections ([ or {) nested ${depth} levels deep at line ${line}` }
    : { vi: `khối lồng (thụt lề hoặc "- ") sâu ${depth} cấp ở dòng ${line}`, en: `block collections (indentation or "- ") nested ${depth} levels deep at line ${line}` };
  return {
    rule: 'yaml-nesting-limit',
    severity: 'error',
    message: overLimit('nestingDepth', what, max),
    place: { file, line, column },
    expected: { vi: `tối đa ${max} cấp lồng nhau`, en: `at most ${max} levels of nesting` },
  };
}
