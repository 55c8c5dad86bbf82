import type { Diagnostic } from '../report/diagnostic.js';
import { limitOf, overLimit } from './limits.js';

/**
 * The nesting of a YAML text, measured before any parser recurses on it (a parser, and the code
 * after it, would end in "Maximum call stack size exceeded"): block collections by indentation and
 * `- ` markers, flow collections by their brackets outside quotes and comments.
 */

const OPENS_AFTER = new Set([':', '-', ',', '[', '{', '?', '']);

/** The first line of `text` that nests deeper than the limit, as a finding naming the construct. */
export function nestingProblem(file: string, text: string, max = limitOf('nestingDepth')): Diagnostic | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 0;
  for (const raw of text.split('\n', 1_000_000)) {
    line++;
    const body = raw.replace(/\r$/, '');
    const trimmed = body.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    let column = body.length - trimmed.length;
    if (flow === 0) {
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= column) indents.pop();
      indents.push(column);
      // `- - - x`: each marker opens a sequence inside the last.
      for (let m = /^-(?:[ \t]+|$)/.exec(trimmed.slice(column - (body.length - trimmed.length))); m; ) {
        column += m[0].length;
        indents.push(column);
        if (indents.length > max) return problem(file, line, column, indents.length, 'block', max);
        m = /^-(?:[ \t]+|$)/.exec(body.slice(column));
      }
      if (indents.length > max) return problem(file, line, column + 1, indents.length, 'block', max);
    }
    flow = flowDepth(body, flow, (col, depth) => {
      if (depth + indents.length > max) throw new DeepFlow(col, depth + indents.length);
    }, file, line, max);
    if (flow < 0) flow = 0;
  }
  return undefined;
}

class DeepFlow {
  constructor(readonly column: number, readonly depth: number) {}
}

/** The flow depth after one line (brackets outside quotes and comments); calls `deeper` on each opening. */
function flowDepth(line: string, start: number, deeper: (column: number, depth: number) => void, file: string, lineNo: number, max: number): number {
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
    if ((c === '"' || c === "'") && (depth > 0 || OPENS_AFTER.has(last))) quote = c;
    else if ((c === '[' || c === '{') && (depth > 0 || OPENS_AFTER.has(last))) {
      depth++;
      try {
        deeper(i + 1, depth);
      } catch (e) {
        if (e instanceof DeepFlow) throw new FlowTooDeep(problem(file, lineNo, e.column, e.depth, 'flow', max));
        throw e;
      }
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    last = c;
  }
  return depth;
}

class FlowTooDeep extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super('flow too deep');
  }
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

/** `nestingProblem`, with a flow collection too deep caught and returned like the rest. */
export function yamlTooDeep(file: string, text: string, max = limitOf('nestingDepth')): Diagnostic | undefined {
  try {
    return nestingProblem(file, text, max);
  } catch (e) {
    if (e instanceof FlowTooDeep) return e.diagnostic;
    throw e;
  }
}
