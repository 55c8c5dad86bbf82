import type { Diagnostic, Lang } from './diagnostic.js';

/** How many findings of each severity, waived ones left out (they are shown, not counted). */
export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Counts the findings that are not waived, by severity. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.waived !== undefined) continue;
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 lỗi" / "3 errors". */
export function errorsText(n: number, lang: Lang): string {
  return lang === 'vi' ? `${n} lỗi` : plural(n, 'error');
}

/** "3 lỗi, 2 cảnh báo" / "3 errors, 2 warnings" (information only when there is some). */
export function countsText(c: Counts, lang: Lang): string {
  const parts =
    lang === 'vi'
      ? [errorsText(c.errors, lang), `${c.warnings} cảnh báo`, ...(c.infos > 0 ? [`${c.infos} thông tin`] : [])]
      : [errorsText(c.errors, lang), plural(c.warnings, 'warning'), ...(c.infos > 0 ? [`${c.infos} info`] : [])];
  return parts.join(', ');
}
