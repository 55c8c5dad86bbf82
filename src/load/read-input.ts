import type { Diagnostic } from '../report/diagnostic.js';
import type { InputFile } from './discover.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';
import { readText } from './read-text.js';

/** What a file holds, told by its top-level keys. */
export type InputKind = 'registry' | 'known-documents' | 'document';

/** One input file after reading and parsing: its YAML when it could be read. */
export interface ReadInput {
  readonly input: InputFile;
  readonly parsed: ParsedYaml | undefined;
  readonly kind: InputKind;
  readonly diagnostics: readonly Diagnostic[];
}

const REGISTRY_KEYS = ['agencies', 'groups', 'provincial', 'units'] as const;

/** A registry file has `agencies`, `groups`, `provincial` (or `units`); a known-documents file `documents`; else a document. */
export function classify(value: unknown): InputKind {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'document';
  if (REGISTRY_KEYS.some((k) => Object.hasOwn(value, k))) return 'registry';
  if (Object.hasOwn(value, 'documents')) return 'known-documents';
  return 'document';
}

/** Reads and parses one file; never throws for a bad file (an unreadable one is a finding). */
export async function readInput(input: InputFile, maxBytes: number): Promise<ReadInput> {
  try {
    const text = await readText(input.path, input.file, maxBytes);
    if (!('text' in text)) return { input, parsed: undefined, kind: 'document', diagnostics: text.diagnostics };
    const parsed = parseYaml(input.file, text.text);
    return { input, parsed: parsed.ok ? parsed : undefined, kind: classify(parsed.value), diagnostics: parsed.diagnostics };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      input,
      parsed: undefined,
      kind: 'document',
      diagnostics: [
        {
          rule: 'file-unreadable',
          severity: 'error',
          message: { vi: `Không đọc được tệp: ${why}`, en: `Cannot read the file: ${why}` },
          place: { file: input.file, line: 1, column: 1 },
        },
      ],
    };
  }
}

/** `fn` over `items` with at most `limit` at a time, results in order (thousands of files, few descriptors). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
