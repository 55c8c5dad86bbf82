import type { AddresseeCoverage } from '../check/addressees.js';
import type { Diagnostic, Lang, Place, Text } from './diagnostic.js';
import { toJsonDiagnostics, type JsonDiagnostic, type JsonPlace } from './json.js';

/** A check that could not be made, as `cascade check` reports it. */
export interface NotEvaluatedInput {
  readonly rule: string;
  readonly reason: Text;
  readonly place?: Place;
  readonly at?: string;
}

/** A check not evaluated in the JSON output: never a pass, never a finding. */
export interface JsonNotEvaluated extends JsonPlace {
  readonly rule: string;
  readonly reason: string;
  /** `doc-id#task-id` or `doc-id` the check was about, or null. */
  readonly at: string | null;
}

/**
 * The JSON output of `cascade check`. Stable: every key is always present, new keys may be added,
 * none renamed or removed.
 *
 * ```
 * {
 *   "asOf": "2027-01-05",
 *   "addressees": [ { "parent": "ct-14-ttg", "parentLabel": "14/CT-TTg", "level": "province",
 *                     "addressees": 34, "withDocument": 3, "evaluated": true } ],
 *   "followUp": { "ct-14-ttg": "bo-nv", "gia-lai-5900": "bo-nv" },
 *   "findings": [ JsonDiagnostic … ],      // the loader's and the audit's, `waived` set when waived
 *   "notEvaluated": [ { "rule": "deadline-later-than-parent", "reason": "Không so được …",
 *                       "at": "hcm-sgddt-draft-2026#1-4", "file": "…", "line": 83, "column": 9,
 *                       "endLine": 83, "endColumn": 20 } ],
 *   "summary": { "errors": 0, "warnings": 7, "infos": 21, "waived": 0, "notEvaluated": 5 }
 * }
 * ```
 */
export interface CheckJson {
  /** The day the audit speaks of (`--as-of`), ISO. */
  readonly asOf: string | null;
  /** Coverage over addressees, per document and level ("Cấp tỉnh: 3/34"). */
  readonly addressees: readonly AddresseeCoverage[];
  /** Per document: the body that follows it up (`follow_up`, or the nearest parent's), or null. */
  readonly followUp: Readonly<Record<string, string | null>>;
  readonly findings: readonly JsonDiagnostic[];
  readonly notEvaluated: readonly JsonNotEvaluated[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number; readonly waived: number; readonly notEvaluated: number };
}

/** What the JSON carries beside the findings. */
export interface CheckJsonFacts {
  readonly asOf?: string;
  readonly addressees?: readonly AddresseeCoverage[];
  readonly followUp?: Readonly<Record<string, string | null>>;
}

/** The audit as JSON (two-space indented, newline-terminated); see `CheckJson` for the shape. */
export function formatCheckJson(
  diagnostics: readonly Diagnostic[],
  notEvaluated: readonly NotEvaluatedInput[],
  summary: CheckJson['summary'],
  lang: Lang,
  facts: CheckJsonFacts = {},
): string {
  const out: CheckJson = {
    asOf: facts.asOf ?? null,
    addressees: facts.addressees ?? [],
    followUp: facts.followUp ?? {},
    findings: toJsonDiagnostics(diagnostics, lang),
    notEvaluated: notEvaluated.map((n) => ({
      rule: n.rule,
      reason: n.reason[lang],
      at: n.at ?? null,
      file: n.place?.file ?? null,
      line: n.place?.line ?? null,
      column: n.place?.column ?? null,
      endLine: n.place?.endLine ?? null,
      endColumn: n.place?.endColumn ?? null,
    })),
    summary,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
