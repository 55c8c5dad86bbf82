import { visit, type Document, type Scalar } from 'yaml';
import type { Diagnostic } from '../report/diagnostic.js';
import { findControlChars } from '../text/normalize.js';
import { placeAt, type Source } from './source.js';

const ESCAPE = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0abtnvfreN_LP "/\\\t])/g;
const NAMED: Readonly<Record<string, number>> = { '0': 0, a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, e: 27, N: 0x85 };

/** Source offset of the first control character in a scalar: raw in the file, or written as an escape. */
function offsetInSource(source: Source, scalar: Scalar, code: number): number | undefined {
  const range = scalar.range;
  if (!range) return undefined;
  const raw = source.text.slice(range[0], range[1]);
  const direct = raw.indexOf(String.fromCharCode(code));
  if (direct >= 0) return range[0] + direct;
  if (scalar.type !== 'QUOTE_DOUBLE') return range[0];
  for (const m of raw.matchAll(ESCAPE)) {
    const e = m[1] ?? '';
    const value = e.length > 1 ? Number.parseInt(e.slice(1), 16) : NAMED[e];
    if (value === code) return range[0] + m.index;
  }
  return range[0];
}

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Control characters in any text of the file (they break the .docx and come from bad copy-paste):
 * one finding per string, at the character itself.
 */
export function controlCharDiagnostics(source: Source, doc: Document.Parsed): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Scalar(_, scalar: Scalar) {
      if (typeof scalar.value !== 'string') return;
      const first = findControlChars(scalar.value)[0];
      if (!first) return;
      const at = offsetInSource(source, scalar, first.codePoint) ?? 0;
      const shown = scalar.value.slice(Math.max(first.index - 15, 0), first.index + 15);
      out.push({
        rule: 'control-character',
        severity: 'error',
        message: {
          vi: `Chuỗi chứa ký tự điều khiển ${hex(first.codePoint)} ở ký tự thứ ${first.index + 1}: có thể do sao chép từ tệp khác; hãy xóa nó`,
          en: `The text holds the control character ${hex(first.codePoint)} at character ${first.index + 1}: probably pasted from another file; delete it`,
        },
        place: placeAt(source, at, at + 1),
        found: JSON.stringify(shown).slice(1, -1),
        expected: { vi: 'văn bản không có ký tự điều khiển', en: 'text without control characters' },
      });
    },
  });
  return out;
}
