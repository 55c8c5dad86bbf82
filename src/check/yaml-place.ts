import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Place } from '../report/diagnostic.js';

/**
 * Place of the value at `path` in a parsed YAML document, or of the deepest node that exists on
 * the way (a missing key points at the map that lacks it). `keyOf` points at a key of the map
 * reached instead of at its value (an unrecognised key).
 */
export function placeAt(
  doc: Document,
  counter: LineCounter,
  file: string,
  path: readonly PropertyKey[],
  keyOf?: string,
): Place {
  let node: unknown = doc.contents;
  for (const step of path) {
    const next = childOf(node, step);
    if (next === undefined) break;
    node = next;
  }
  if (keyOf !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === keyOf);
    if (pair && isScalar(pair.key)) node = pair.key;
  }
  const range = (node as Node | null)?.range ?? [0, 0, 0];
  const start = counter.linePos(range[0]);
  const end = counter.linePos(range[1]);
  return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

function childOf(node: unknown, step: PropertyKey): unknown {
  if (isSeq(node) && typeof step === 'number') return node.items[step] ?? undefined;
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
    return pair?.value ?? undefined;
  }
  return undefined;
}
