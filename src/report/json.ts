import type { Diagnostic, Lang, Place, Severity } from './diagnostic.js';

/** A place in the JSON output; absent parts are `null`, never missing. */
export interface JsonPlace {
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
}

/**
 * One finding in the JSON output. The shape is stable: every key is always present (`null` when
 * unknown), new keys may be added but none renamed or removed.
 *
 * ```
 * {
 *   "rule": "unknown-agency",            // kebab-case rule id
 *   "severity": "error",                 // "error" | "warning" | "info"
 *   "message": "Không tìm thấy cơ quan…", // in the chosen language
 *   "file": "directives/documents/x.yaml", "line": 12, "column": 9, "endLine": 12, "endColumn": 17,
 *   "found": "Sở KHCM",                  // the text quoted, or null
 *   "expected": "một mã hoặc tên…",       // what would be right, in the chosen language, or null
 *   "related": [ { "message": "lần đầu ở đây", "file": "…", "line": 3, "column": 5, "endLine": 3, "endColumn": 9 } ],
 *   "waived": null                       // the waiver's reason when the finding was waived
 * }
 * ```
 */
export interface JsonDiagnostic extends JsonPlace {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly found: string | null;
  readonly expected: string | null;
  readonly related: readonly (JsonPlace & { readonly message: string })[];
  readonly waived: string | null;
}

function place(p: Place | undefined): JsonPlace {
  return {
    file: p?.file ?? null,
    line: p?.line ?? null,
    column: p?.column ?? null,
    endLine: p?.endLine ?? null,
    endColumn: p?.endColumn ?? null,
  };
}

/** The findings as plain JSON data in one language (see `JsonDiagnostic` for the shape). */
export function toJsonDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang): JsonDiagnostic[] {
  return diagnostics.map((d) => ({
    rule: d.rule,
    severity: d.severity,
    message: d.message[lang],
    ...place(d.place),
    found: d.found ?? null,
    expected: d.expected?.[lang] ?? null,
    related: (d.related ?? []).map((r) => ({ message: r.message[lang], ...place(r.place) })),
    waived: d.waived ?? null,
  }));
}

/** The findings as a JSON array (two-space indented, newline-terminated); see `JsonDiagnostic`. */
export function formatJson(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return `${JSON.stringify(toJsonDiagnostics(diagnostics, lang), null, 2)}\n`;
}
