import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, readManifest, sha256 } from './manifest.js';
import { OutputConflictError, recordOutputs, targetsInWay, writeOutputs } from './write-outputs.js';

let dir = '';
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'outputs-')), 'output');
});

const file = (name: string, text: string) => ({ name, kind: 'cong-van', data: Buffer.from(text) });

describe('writeOutputs', () => {
  it('creates the folder, writes the files and records their hashes', async () => {
    const report = await writeOutputs(dir, [file('a.docx', 'A'), file('b.docx', 'B')]);
    expect(report.created).toEqual(['a.docx', 'b.docx']);
    expect((await readdir(dir)).sort()).toEqual([MANIFEST_FILE, 'a.docx', 'b.docx']);
    expect((await readManifest(dir)).files['a.docx']?.sha256).toBe(sha256(Buffer.from('A')));
  });

  it('replaces a file it wrote itself that nobody edited', async () => {
    await writeOutputs(dir, [file('a.docx', 'A1')]);
    const report = await writeOutputs(dir, [file('a.docx', 'A2')]);
    expect(report.replaced).toEqual(['a.docx']);
    expect(await readFile(join(dir, 'a.docx'), 'utf8')).toBe('A2');
  });

  it('refuses, before writing anything, when a file of its own was edited since', async () => {
    await writeOutputs(dir, [file('a.docx', 'A1'), file('b.docx', 'B1')]);
    await writeFile(join(dir, 'b.docx'), 'edited by hand');
    const run = writeOutputs(dir, [file('a.docx', 'A2'), file('b.docx', 'B2')]);
    await expect(run).rejects.toBeInstanceOf(OutputConflictError);
    await expect(run).rejects.toMatchObject({ conflicts: [{ name: 'b.docx', reason: 'edited' }] });
    expect(await readFile(join(dir, 'a.docx'), 'utf8')).toBe('A1');
    expect(await readFile(join(dir, 'b.docx'), 'utf8')).toBe('edited by hand');
  });

  it('refuses a file it did not write, and says so in both languages', async () => {
    await writeOutputs(dir, [file('a.docx', 'A')]);
    await writeFile(join(dir, 'mine.docx'), 'a user’s file');
    const error = await writeOutputs(dir, [file('mine.docx', 'X')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputConflictError);
    const conflict = error as OutputConflictError;
    expect(conflict.say(dir, 'vi')).toMatch(/Không ghi đè 1 tệp \(dùng --force/);
    expect(conflict.say(dir, 'en')).toMatch(/mine\.docx: not written by the tool/);
    expect(await readFile(join(dir, 'mine.docx'), 'utf8')).toBe('a user’s file');
  });

  it('overwrites with force, and from then on owns the file', async () => {
    await writeOutputs(dir, [file('a.docx', 'A')]);
    await writeFile(join(dir, 'a.docx'), 'edited');
    expect((await writeOutputs(dir, [file('a.docx', 'A2')], { force: true })).forced).toEqual(['a.docx']);
    expect((await writeOutputs(dir, [file('a.docx', 'A3')])).replaced).toEqual(['a.docx']);
  });

  it('treats an unreadable manifest as owning nothing', async () => {
    await writeOutputs(dir, [file('a.docx', 'A')]);
    await writeFile(join(dir, MANIFEST_FILE), '{ not json');
    await expect(writeOutputs(dir, [file('a.docx', 'A2')])).rejects.toBeInstanceOf(OutputConflictError);
  });

  it('keeps the entries of files it did not touch this time', async () => {
    await writeOutputs(dir, [file('a.docx', 'A'), file('b.docx', 'B')]);
    await writeOutputs(dir, [file('a.docx', 'A2')]);
    expect(Object.keys((await readManifest(dir)).files).sort()).toEqual(['a.docx', 'b.docx']);
  });

  it('refuses two outputs with the same name', async () => {
    await expect(writeOutputs(dir, [file('a.docx', 'A'), file('a.docx', 'B')])).rejects.toThrow(/two outputs named a\.docx/);
  });
});

describe('targetsInWay and recordOutputs (for writers that write the files themselves: batches)', () => {
  it('tells the tool’s own unedited files from edited and foreign ones, and records new ones', async () => {
    await writeOutputs(dir, [file('a.docx', 'A'), file('b.docx', 'B')]);
    await writeFile(join(dir, 'b.docx'), 'B edited');
    await writeFile(join(dir, 'c.docx'), 'C by hand');
    expect(await targetsInWay(dir, ['a.docx', 'b.docx', 'c.docx', 'd.docx'])).toEqual({
      ours: ['a.docx'],
      conflicts: [
        { name: 'b.docx', reason: 'edited' },
        { name: 'c.docx', reason: 'foreign' },
      ],
    });
    await writeFile(join(dir, 'd.docx'), 'D');
    await recordOutputs(dir, [{ name: 'd.docx', sha256: sha256(Buffer.from('D')) }], 'don-doc');
    const manifest = await readManifest(dir);
    expect(manifest.files['d.docx']).toMatchObject({ sha256: sha256(Buffer.from('D')), kind: 'don-doc' });
    expect(manifest.files['a.docx']?.sha256).toBe(sha256(Buffer.from('A')));
    expect((await targetsInWay(dir, ['d.docx'])).ours).toEqual(['d.docx']);
  });
});
