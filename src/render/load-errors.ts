import type { Diagnostic, Lang } from '../report/diagnostic.js';

/** The banner of a document written from a model that has loading errors (`--allow-errors`). */
export const ERRORS_BANNER = 'DỰ THẢO — CÒN LỖI';

/** The loading errors that stop `generate` and `run` from writing paper. */
export function loadErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/** Why nothing was written, and how to write a marked draft anyway. */
export function refusalText(count: number, lang: Lang): string {
  return lang === 'vi'
    ? `cascade: dữ liệu còn ${count} lỗi: không soạn văn bản nào (sửa lỗi, hoặc dùng --allow-errors để soạn bản nháp có dòng “${ERRORS_BANNER}”)\n`
    : `cascade: the data has ${count} error(s): nothing written (fix them, or use --allow-errors for a draft marked “${ERRORS_BANNER}”)\n`;
}
