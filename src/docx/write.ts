import { randomBytes } from 'node:crypto';
import { link, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Options of {@link writeDocxAtomic}. */
export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error and is left untouched. */
  readonly force?: boolean | undefined;
  /** Flush the bytes to disk before publishing (default). A batch of thousands of files may skip it. */
  readonly sync?: boolean | undefined;
}

/** Thrown when the target exists and `force` was not given. */
export class FileExistsError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`Tệp đã tồn tại, không ghi đè (dùng --force): ${path} / File exists, not overwritten (use --force)`);
    this.name = 'FileExistsError';
    this.path = path;
  }
}

// File systems without hard links: check, then rename (a tiny window in which a file could appear).
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

async function publishExclusive(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new FileExistsError(path);
    if (!NO_LINKS.has(code)) throw error;
    if (await exists(path)) throw new FileExistsError(path);
    await rename(temp, path);
    return;
  }
  await unlink(temp);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes a file all at once: the bytes go to a temporary file in the same directory (same file
 * system, so the final step is atomic), are flushed to disk, then the temporary file takes the
 * target's name. A reader never sees half a .docx, and on any error the temporary file is removed.
 * Without `force`, the final step is a hard link, which fails if the target appeared meanwhile.
 */
export async function writeDocxAtomic(path: string, data: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      if (options.sync !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      await rename(temp, path);
      return;
    }
    await publishExclusive(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
