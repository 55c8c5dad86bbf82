import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FileExistsError, writeDocxAtomic } from './write.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docx-write-'));
});

describe('writeDocxAtomic', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const target = join(dir, 'a.docx');
    await writeDocxAtomic(target, Buffer.from('PK\u0003\u0004 bytes'));
    expect((await readFile(target)).toString()).toBe('PK\u0003\u0004 bytes');
    expect(await readdir(dir)).toEqual(['a.docx']);
  });

  it('refuses to overwrite an existing file without force and keeps it intact', async () => {
    const target = join(dir, 'a.docx');
    await writeFile(target, 'old');
    await expect(writeDocxAtomic(target, Buffer.from('new'))).rejects.toBeInstanceOf(FileExistsError);
    expect((await readFile(target)).toString()).toBe('old');
    expect(await readdir(dir)).toEqual(['a.docx']);
  });

  it('overwrites with force', async () => {
    const target = join(dir, 'a.docx');
    await writeFile(target, 'old');
    await writeDocxAtomic(target, Buffer.from('new'), { force: true });
    expect((await readFile(target)).toString()).toBe('new');
    expect(await readdir(dir)).toEqual(['a.docx']);
  });

  it('leaves nothing behind when the target cannot be written', async () => {
    const target = join(dir, 'missing-subdir', 'a.docx');
    await expect(writeDocxAtomic(target, Buffer.from('x'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves nothing behind when the final rename fails', async () => {
    // A directory in the target's place makes the rename fail after the bytes were written.
    const target = join(dir, 'a.docx');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'x');
    await expect(writeDocxAtomic(target, Buffer.from('x'), { force: true })).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['a.docx']);
  });
});
