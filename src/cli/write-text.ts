import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { FileExistsError, writeDocxAtomic } from '../docx/write.js';
import type { Lang } from '../report/diagnostic.js';
import { UsageError, type CliIO } from './io.js';

/** Writes a text file atomically (temporary file, then rename); an existing file only with `force`. */
export async function writeTextAtomic(io: CliIO, file: string, text: string, force: boolean, lang: Lang): Promise<void> {
  const path = resolve(io.cwd, file);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeDocxAtomic(path, Buffer.from(text, 'utf8'), { force });
  } catch (e) {
    if (!(e instanceof FileExistsError)) throw e;
    const name = relative(io.cwd, path);
    throw new UsageError(lang === 'vi' ? `tệp đã có: ${name} (dùng --force để ghi đè)` : `file exists: ${name} (use --force to overwrite)`);
  }
}
