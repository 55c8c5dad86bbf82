import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes generated files under `dir` (created), each through a temporary name and a rename. */
export async function writeCascadeFiles(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const made = new Set<string>();
  for (const [path, text] of files) {
    const target = join(dir, ...path.split('/'));
    const parent = dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(`${target}.tmp`, text, 'utf8');
    await rename(`${target}.tmp`, target);
  }
}

/** A fresh temporary folder for a generated cascade (`/tmp/cascade-synth-XXXXXX`). */
export function makeSynthDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'cascade-synth-'));
}
