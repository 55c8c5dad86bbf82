import type { Diagnostic } from '../report/diagnostic.js';

/** Whether a file sits in a `documents/` folder: there every file is a letter of the cascade. */
const inDocuments = (file: string): boolean => /(^|[\\/])documents[\\/]/.test(file);

/**
 * An empty file (nothing, blanks or only comments) is skipped with a warning, except under
 * `documents/`: there it is a letter that vanished (emptied by mistake, a failed save), and an
 * audit that went on without it would pass a cascade with a hole in it. Other findings pass as they are.
 */
export function emptyDocumentProblem(file: string, diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  if (!inDocuments(file)) return diagnostics;
  return diagnostics.map((d) =>
    d.rule === 'file-empty'
      ? {
          ...d,
          rule: 'document-empty',
          severity: 'error' as const,
          message: {
            vi: 'Tệp văn bản rỗng (không có gì, chỉ khoảng trắng hoặc chú thích): một văn bản của hệ thống đã mất nội dung; khôi phục tệp hoặc xóa nó',
            en: 'The document file is empty (nothing, only blanks or comments): a letter of the cascade lost its content; restore the file or delete it',
          },
          expected: { vi: 'một văn bản YAML (id, kind, ...)', en: 'a YAML document (id, kind, ...)' },
        }
      : d,
  );
}
