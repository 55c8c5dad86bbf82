import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** The file in an output folder that records what the tool wrote there. */
export const MANIFEST_FILE = '.cascade-manifest.json';

const Entry = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), kind: z.string().optional(), written: z.string().optional() });
const ManifestFile = z.strictObject({ version: z.literal(1), files: z.record(z.string(), Entry) });

/** One file the tool wrote: its hash when written, what it is, and when. */
export type ManifestEntry = z.infer<typeof Entry>;
/** The manifest: the files of the folder the tool wrote, by name. */
export type Manifest = z.infer<typeof ManifestFile>;

export { sha256 } from './hash.js';

/**
 * Reads the manifest of an output folder. A missing manifest is empty; an unreadable or invalid
 * one is empty too, which is the safe reading: no file in the folder can then be proved the
 * tool's own, so none is replaced without `--force`.
 */
export async function readManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return { version: 1, files: {} };
  }
  try {
    const parsed = ManifestFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { version: 1, files: {} };
  } catch {
    return { version: 1, files: {} };
  }
}

/** Writes the manifest all at once (a temporary file renamed over it), names sorted so diffs stay small. */
export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)));
  const temp = join(dir, `.${MANIFEST_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
    await rename(temp, join(dir, MANIFEST_FILE));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
