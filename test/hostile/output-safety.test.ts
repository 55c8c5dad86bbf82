import { chmodSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nameClash } from '../../src/batch/name-clash.js';
import { plainFsError } from '../../src/cli/fs-error.js';
import { OutputConflictError, writeOutputs } from '../../src/output/write-outputs.js';
import { runCli } from '../helpers/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'cascade-output-safety-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = (name: string, text: string) => ({ name, kind: 'test', data: Buffer.from(text) });

async function conflictOf(dir: string, name: string): Promise<string> {
  try {
    await writeOutputs(dir, [file(name, 'mới')]);
    return 'written';
  } catch (e) {
    if (e instanceof OutputConflictError) return e.say(dir, 'en');
    throw e;
  }
}

describe('the output folder respects what is not the tool’s to replace', () => {
  it('a dangling symbolic link is a conflict, and --force replaces the link itself', async () => {
    const dir = join(root, 'dangling');
    await writeOutputs(dir, []);
    symlinkSync(join(dir, 'gone.docx'), join(dir, 'a.docx'));
    expect(await conflictOf(dir, 'a.docx')).toBe(
      `Not overwriting 1 file (use --force to overwrite); nothing was written:\n  ${join(dir, 'a.docx')}: a symbolic link to a file that no longer exists`,
    );
    const report = await writeOutputs(dir, [file('a.docx', 'mới')], { force: true });
    expect(report.forced).toEqual(['a.docx']);
    expect(lstatSync(join(dir, 'a.docx')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('mới');
  });

  it('a file the tool wrote and its owner made read-only is not replaced without --force', async () => {
    const dir = join(root, 'read-only');
    await writeOutputs(dir, [file('b.docx', 'cũ')]);
    chmodSync(join(dir, 'b.docx'), 0o444);
    expect(await conflictOf(dir, 'b.docx')).toBe(`Not overwriting 1 file (use --force to overwrite); nothing was written:\n  ${join(dir, 'b.docx')}: read-only (locked by its owner)`);
    expect(readFileSync(join(dir, 'b.docx'), 'utf8')).toBe('cũ');
    expect((await writeOutputs(dir, [file('b.docx', 'mới')], { force: true })).forced).toEqual(['b.docx']);
  });

  it('import --out: a dangling link is refused without --force, replaced with it, and the draft is whole', async () => {
    const out = join(root, 'draft.yaml');
    symlinkSync(join(root, 'nowhere.yaml'), out);
    const refused = await runCli('import', 'test/fixtures/import/cao-bang-cong-van.txt', '--out', out, '--lang', 'en');
    expect(refused.err).toBe(`cascade: file exists: ${relative(process.cwd(), out)} (use --force to overwrite)\n`);
    expect(refused.code).toBe(2);
    const forced = await runCli('import', 'test/fixtures/import/cao-bang-cong-van.txt', '--out', out, '--force', '--lang', 'en');
    expect(forced.code).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(false);
    expect(readFileSync(out, 'utf8')).toMatch(/^# /);
  });

  it('a permission problem is said plainly, not as an internal error', () => {
    const e = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', path: '/srv/output/a.docx', syscall: 'open' });
    expect(plainFsError(e)).toBe('không có quyền đọc `/srv/output/a.docx` (kiểm tra quyền: ls -l) / no permission for `/srv/output/a.docx` (open; check the permissions: ls -l)');
  });

  it('two recipients that map to one file name are an error naming both', () => {
    const d = nameClash([
      { id: 'gia-lai.syt', name: 'Sở Y tế', fileName: 'so-y-te.docx' },
      { id: 'gia-lai.syt-2', name: 'Sở Y Tế', fileName: 'So-Y-Te.docx' },
    ]);
    expect(d?.message.en).toBe(
      'Two recipients give one file name `So-Y-Te.docx`: Sở Y tế (`gia-lai.syt`) and Sở Y Tế (`gia-lai.syt-2`); change the name or code of one of them in the registry; nothing was written',
    );
    expect(d?.severity).toBe('error');
  });
});
