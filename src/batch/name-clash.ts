import type { Diagnostic } from '../report/diagnostic.js';

/** What a clash check needs of a recipient. */
interface Named {
  readonly id: string;
  readonly name: string;
  readonly fileName: string;
}

/**
 * Two recipients whose documents would take one file name (`Sở Y tế` and `Sở Y Tế`, or two units
 * of the same name without codes): an error naming both, never a silent `-2` nor one letter lost.
 * Names are compared without case, as Windows and macOS folders compare them.
 */
export function nameClash(recipients: readonly Named[]): Diagnostic | undefined {
  const seen = new Map<string, Named>();
  for (const r of recipients) {
    const key = r.fileName.toLowerCase();
    const first = seen.get(key);
    if (first) {
      return {
        rule: 'recipients-same-file-name',
        severity: 'error',
        message: {
          vi: `Hai đơn vị cùng cho một tên tệp \`${r.fileName}\`: ${first.name} (\`${first.id}\`) và ${r.name} (\`${r.id}\`); sửa tên hoặc mã của một đơn vị trong danh mục, không ghi tệp nào`,
          en: `Two recipients give one file name \`${r.fileName}\`: ${first.name} (\`${first.id}\`) and ${r.name} (\`${r.id}\`); change the name or code of one of them in the registry; nothing was written`,
        },
        found: r.fileName,
      };
    }
    seen.set(key, r);
  }
  return undefined;
}
