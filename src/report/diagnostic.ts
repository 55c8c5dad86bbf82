/** Severity of a finding, as the engine applies it (ESLint's off/warn/error, plus information). */
export type Severity = 'error' | 'warning' | 'info';

/** A message in both languages the tool speaks. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export type Lang = keyof Text;

/** A place in a file: 1-based line and column. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** A second place attached to a finding (the parent task, the first duplicate). */
export interface Related {
  readonly place: Place;
  readonly message: Text;
}

/**
 * One finding of the loader or the audit. `rule` is a kebab-case id (`yaml-syntax`,
 * `deadline-later-than-parent`); `found` quotes the offending text; `expected` says what would be right.
 */
export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: Text;
  readonly place?: Place;
  readonly found?: string;
  readonly expected?: Text;
  readonly related?: readonly Related[];
  /** For audit findings: a waiver's reason, when the finding was waived. */
  readonly waived?: string;
}

/** Picks the message in the user's language. */
export function say(text: Text, lang: Lang): string {
  return text[lang];
}
