import { join } from 'node:path';
import { DocxFiller } from '../docx/fill/fill.js';
import type { DocxTemplate, FieldValues } from '../docx/fill/template.js';
import type { OfficialDocInput } from '../docx/layout-input.js';
import type { LayoutProfileInput } from '../docx/profile.js';
import { writeDocxAtomic } from '../docx/write.js';
import { sha256 } from '../output/hash.js';
import { appendJournal } from '../output/journal.js';

/** A document filled from a compiled template: the file, the template's key, the field values. */
export interface FillItem {
  readonly kind: 'fill';
  readonly fileName: string;
  readonly key: string;
  readonly values: FieldValues;
}

/** A document laid out and packed in full from the layout's input (no template could be used). */
export interface RenderItem {
  readonly kind: 'render';
  readonly fileName: string;
  readonly input: OfficialDocInput;
}

/** One document of a chunk sent to a worker. */
export type WorkItem = FillItem | RenderItem;

/** What a worker (or the calling thread) is set up with. Plain data: it goes to worker threads. */
export interface WorkSetup {
  /** Compiled templates by key. */
  readonly templates: Readonly<Record<string, DocxTemplate>>;
  readonly outDir: string;
  readonly force: boolean;
  readonly profile?: LayoutProfileInput | undefined;
  /** Deflate level of the filled entries. */
  readonly level?: number | undefined;
  /**
   * Flush each file to disk before it takes its name. Off by default for a batch: every file still
   * appears whole (a temporary file, then a link or rename), and thousands of flushes would cost more
   * than the filling itself.
   */
  readonly sync?: boolean | undefined;
  /** Journal each file (name, hash, this kind) in the output folder before it takes its name (see `appendJournal`). */
  readonly journal?: string | undefined;
}

const WRITES_IN_FLIGHT = 4;

/** What a chunk wrote: bytes, and each file's name and sha256 (for the output folder's manifest). */
export interface ChunkWritten {
  readonly bytes: number;
  readonly files: readonly { readonly name: string; readonly sha256: string }[];
}

/** Makes documents one at a time and writes a few at once: memory is a few documents' bytes, whatever the batch. */
export interface WorkRunner {
  run(items: readonly WorkItem[]): Promise<ChunkWritten>;
}

/** Opens each template once; each `run` makes and writes its items. */
export async function createWorkRunner(setup: WorkSetup): Promise<WorkRunner> {
  const fillers = new Map<string, DocxFiller>();
  for (const [key, template] of Object.entries(setup.templates)) fillers.set(key, await DocxFiller.open(template, { level: setup.level }));
  const bytesOf = async (item: WorkItem): Promise<Uint8Array> => {
    if (item.kind === 'render') {
      // Loaded only when needed: a worker that only fills never holds the layout's libraries.
      const { packDocx } = await import('../docx/pack.js');
      return packDocx(item.input, setup.profile);
    }
    const filler = fillers.get(item.key);
    if (!filler) throw new Error(`no compiled template \`${item.key}\``);
    return filler.fill(item.values);
  };
  return {
    async run(items) {
      let bytes = 0;
      const files: { name: string; sha256: string }[] = [];
      // The next document is filled while the last ones are written: file-system calls wait on the
      // thread pool, and a few in flight hide that wait. At most WRITES_IN_FLIGHT buffers are held.
      const pending = new Set<Promise<void>>();
      try {
        for (const item of items) {
          const data = await bytesOf(item);
          const hash = sha256(data);
          if (setup.journal !== undefined) appendJournal(setup.outDir, { name: item.fileName, sha256: hash, kind: setup.journal });
          const write: Promise<void> = writeDocxAtomic(join(setup.outDir, item.fileName), data, { force: setup.force, sync: setup.sync === true }).finally(() =>
            pending.delete(write),
          );
          pending.add(write);
          bytes += data.length;
          files.push({ name: item.fileName, sha256: hash });
          if (pending.size >= WRITES_IN_FLIGHT) await Promise.race(pending);
        }
        await Promise.all(pending);
      } catch (error) {
        await Promise.allSettled(pending);
        throw error;
      }
      return { bytes, files };
    },
  };
}
