import type { Document } from '../../model/document.js';
import type { Diagnostic, Place } from '../../report/diagnostic.js';
import { nearest } from '../nearest.js';
import { placeOfNode, type Positions } from '../positions.js';
import { placeAt } from '../source.js';
import { stringsIn, type StringAt } from '../strings.js';

const REF = /\[\^([^\]\s]+)\]/g;

/** The place of `needle` inside the string at `at`, when the file spells it out; else of the string. */
function placeInString(at: StringAt, needle: string, positions: Positions): Place | undefined {
  const hit = positions.nodeOf(at.holder, at.key);
  if (!hit) return undefined;
  const range = hit.node?.range;
  if (range) {
    const raw = hit.origin.source.text.slice(range[0], range[1]);
    const i = raw.indexOf(needle);
    if (i >= 0) return placeAt(hit.origin.source, range[0] + i, range[0] + i + needle.length);
  }
  return placeOfNode(hit.origin.source, hit.node ?? hit.pair);
}

/** Footnote references `[^x]` need a definition under `footnotes`; a definition nobody cites is a warning. */
export function checkFootnotes(doc: Document, positions: Positions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const defined = Object.keys(doc.footnotes);
  // Most letters have no footnotes at all: their text says so without a walk over every string.
  const source = positions.sourceOf(doc);
  if (defined.length === 0 && source !== undefined && !(source.includes ? source.includes('[^') : source.text.includes('[^'))) return out;
  const used = new Set<string>();
  for (const at of stringsIn(doc)) {
    if (!at.text.includes('[^')) continue;
    for (const m of at.text.matchAll(REF)) {
      const label = m[1] ?? '';
      used.add(label);
      if (Object.hasOwn(doc.footnotes, label)) continue;
      const guess = nearest(label, defined);
      const place = placeInString(at, m[0], positions);
      out.push({
        rule: 'footnote-undefined',
        severity: 'error',
        message: {
          vi: `Chú thích \`${m[0]}\` không có định nghĩa trong \`footnotes\`${guess ? ` (có phải \`[^${guess}]\`?)` : ''}`,
          en: `The footnote \`${m[0]}\` has no definition under \`footnotes\`${guess ? ` (did you mean \`[^${guess}]\`?)` : ''}`,
        },
        ...(place ? { place } : {}),
        found: m[0],
        expected: { vi: `một mục \`${label}:\` trong \`footnotes\``, en: `an entry \`${label}:\` under \`footnotes\`` },
      });
    }
  }
  for (const label of defined) {
    if (used.has(label)) continue;
    const place = positions.locate(doc.footnotes, label);
    out.push({
      rule: 'footnote-unused',
      severity: 'warning',
      message: {
        vi: `Chú thích \`${label}\` được định nghĩa nhưng không được dẫn (\`[^${label}]\`) ở đâu`,
        en: `The footnote \`${label}\` is defined but never referenced (\`[^${label}]\`)`,
      },
      ...(place ? { place } : {}),
      found: label,
    });
  }
  return out;
}
