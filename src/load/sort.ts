import type { Diagnostic } from '../report/diagnostic.js';

/** Findings in reading order: by file, line and column; findings without a place first. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const pa = a.place;
    const pb = b.place;
    if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
    if (pa.file !== pb.file) return pa.file < pb.file ? -1 : 1;
    return pa.line - pb.line || pa.column - pb.column;
  });
}
