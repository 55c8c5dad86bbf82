import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The output folder's journal: one line per file the tool is about to publish (name, sha256, kind),
 * appended before the file takes its name. A batch killed outright (`kill -9`, a power cut) leaves
 * every complete file it wrote recorded here even though the manifest was never updated, so the next
 * run recognises them as the tool's own instead of refusing them. Folded into the manifest at the
 * end of each run.
 */
export const JOURNAL_FILE = '.cascade-journal';

/** One line of the journal. */
export interface JournalEntry {
  readonly name: string;
  readonly sha256: string;
  readonly kind?: string | undefined;
}

/** Records that a file with these bytes is about to appear at `name` (synchronous: it must precede the rename). */
export function appendJournal(dir: string, entry: JournalEntry): void {
  appendFileSync(join(dir, JOURNAL_FILE), `${JSON.stringify(entry)}\n`);
}

/** Every hash the journal holds for each name (a line cut short by a kill is skipped). */
export function readJournal(dir: string): Map<string, JournalEntry[]> {
  let text: string;
  try {
    text = readFileSync(join(dir, JOURNAL_FILE), 'utf8');
  } catch {
    return new Map();
  }
  const out = new Map<string, JournalEntry[]>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const e = JSON.parse(line) as Partial<JournalEntry>;
      if (typeof e.name !== 'string' || typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256)) continue;
      const list = out.get(e.name) ?? [];
      list.push({ name: e.name, sha256: e.sha256, ...(typeof e.kind === 'string' ? { kind: e.kind } : {}) });
      out.set(e.name, list);
    } catch {
      continue;
    }
  }
  return out;
}

/** Removes the journal once its entries are in the manifest. */
export function clearJournal(dir: string): void {
  rmSync(join(dir, JOURNAL_FILE), { force: true });
}
