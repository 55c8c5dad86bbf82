import { LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import type { Diagnostic } from '../report/diagnostic.js';
import { controlCharDiagnostics } from './control-chars.js';
import { empty } from './read-text.js';
import { placeAt, type Source } from './source.js';
import { yamlErrorDiagnostic } from './yaml-errors.js';

/** At most this many alias expansions per file: enough for real reuse, far too few for an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** A parsed file: its source, the YAML tree, the plain value (NFC) when the file could be read. */
export interface ParsedYaml {
  readonly source: Source;
  readonly doc: Document.Parsed;
  readonly value: unknown;
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** NFC everywhere, keys included: text may arrive decomposed (NFD) and must compare equal. */
export function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = toNfc(v);
    return out;
  }
  return value;
}

// A control character reaches a value raw, or through a double-quoted escape (`\a`, `\x07`,
// `\u0007`): a file with neither needs no walk over its scalars.
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/;
const CONTROL_ESCAPE = /\\[0abefvNxuU]/;

/** Whether the text may hold a control character, raw or escaped (then its scalars are walked). */
export function mayHoldControlChars(text: string): boolean {
  return RAW_CONTROL.test(text) || CONTROL_ESCAPE.test(text);
}

function firstAliasOffset(doc: Document.Parsed): number {
  let at = 0;
  visit(doc, {
    Alias(_, alias: Alias) {
      at = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

/** Parses one file; YAML errors, warnings, alias bombs and control characters become findings. */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lines = new LineCounter();
  // `logLevel: 'error'`: the library's own warnings (a collection as a key) would reach the user as a
  // Node process warning; the loader reports what matters as a finding with its place.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, logLevel: 'error' });
  const source: Source = { file, text, lines };
  const diagnostics: Diagnostic[] = [];
  const seenTabLines = new Set<number>();
  const errors = doc.errors.map((err) => yamlErrorDiagnostic(err, source, doc));
  // A tab in the indentation throws the parser off for the lines after it: until the tabs are
  // gone, its other complaints are noise, so only the tabs are reported (once per line).
  const tabs = errors.filter((d) => d.rule === 'yaml-tab-indent');
  for (const d of tabs.length > 0 ? tabs : errors) {
    if (d.rule === 'yaml-tab-indent' && d.place) {
      if (seenTabLines.has(d.place.line)) continue;
      seenTabLines.add(d.place.line);
    }
    diagnostics.push(d);
  }
  for (const w of doc.warnings) {
    diagnostics.push({
      rule: 'yaml-warning',
      severity: 'warning',
      message: { vi: `Cảnh báo YAML: ${w.message.split('\n')[0]}`, en: `YAML warning: ${w.message.split('\n')[0]}` },
      place: placeAt(source, w.pos[0], w.pos[1]),
    });
  }
  if (doc.errors.length > 0) return { source, doc, value: undefined, ok: false, diagnostics };
  if (doc.contents === null) return { source, doc, value: undefined, ok: false, diagnostics: [...diagnostics, empty(file)] };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const at = firstAliasOffset(doc);
    diagnostics.push({
      rule: 'yaml-alias-limit',
      severity: 'error',
      message: {
        vi: `Quá nhiều bí danh (alias) được mở rộng, quá ${MAX_ALIAS_COUNT}: tệp có thể là một "quả bom alias"; tệp không được đọc`,
        en: `Too many aliases expanded, over ${MAX_ALIAS_COUNT}: the file may be an "alias bomb"; it was not read`,
      },
      place: placeAt(source, at, at + 1),
      found: e instanceof Error ? e.message : String(e),
      expected: { vi: `tối đa ${MAX_ALIAS_COUNT} lần mở rộng alias`, en: `at most ${MAX_ALIAS_COUNT} alias expansions` },
    });
    return { source, doc, value: undefined, ok: false, diagnostics };
  }
  if (mayHoldControlChars(text)) diagnostics.push(...controlCharDiagnostics(source, doc));
  // Most files are NFC already: then the value is too, and need not be copied.
  return { source, doc, value: text.normalize('NFC') === text ? value : toNfc(value), ok: true, diagnostics };
}
