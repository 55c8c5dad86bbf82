import type { Diagnostic } from '../report/diagnostic.js';

/** Counts of a report: findings by severity (waived ones apart) and checks not evaluated. */
export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly waived: number;
  readonly notEvaluated: number;
}

/** Counts the findings that count (not waived) by severity. */
export function summarize(diagnostics: readonly Diagnostic[], notEvaluated: readonly unknown[]): Summary {
  const live = diagnostics.filter((d) => d.waived === undefined);
  return {
    errors: live.filter((d) => d.severity === 'error').length,
    warnings: live.filter((d) => d.severity === 'warning').length,
    infos: live.filter((d) => d.severity === 'info').length,
    waived: diagnostics.length - live.length,
    notEvaluated: notEvaluated.length,
  };
}

/** ESLint's exit code: 1 when an unwaived error is found or warnings exceed the maximum. */
export function exitCodeOf(summary: Summary, maxWarnings?: number): 0 | 1 {
  return summary.errors > 0 || (maxWarnings !== undefined && summary.warnings > maxWarnings) ? 1 : 0;
}
