import { cpSync, readdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { changeText, changesOf } from './check-watch.js';
import { capturingIo } from '../../../test/helpers/run-cli.js';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Waits until the output has `count` lines matching `pattern` (fs events come when they come). */
async function until(read: () => string, pattern: RegExp, count = 1, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while ((read().match(new RegExp(pattern, 'gu')) ?? []).length < count) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${String(pattern)} in:\n${read()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('cascade check --watch', () => {
  it('prints the findings, then after each edit the new findings, what changed and the time; a broken file gets its place; stopping exits 0', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cascade-watch-'));
    cpSync('directives', dir, { recursive: true });
    const controller = new AbortController();
    const io = { ...capturingIo(), cwd: dir, signal: controller.signal };
    const out = (): string => io.out.join('');
    const done = main(['check', '.', '--watch', '--as-of', '2026-12-07'], io);
    await until(out, /Đang theo dõi \./u);
    expect(out()).toContain('document-missing');

    const letter = join(dir, 'documents', 'gia-lai-5900.yaml');
    writeFileSync(letter, readFileSync(letter, 'utf8').replace(/deadline: .*/gu, 'deadline: Trước ngày 31/12/2031'));
    await until(out, /kiểm tra lại trong \d+,\d\d s/u);
    expect(out()).toMatch(/Phát hiện mới:\ndocuments\/gia-lai-5900\.yaml\n\s+\d+:\d+\s+lỗi\s+Thời hạn `Trước ngày 31\/12\/2031` muộn hơn/u);
    expect(out()).toMatch(/\+[1-9]\d* lỗi mới, −0 đã sửa/u);

    const broken = join(dir, 'documents', 'hcm-sgddt-draft-2026.yaml');
    const lines = readFileSync(broken, 'utf8').split('\n').length;
    writeFileSync(broken, `${readFileSync(broken, 'utf8')}  - [oops\n`);
    await until(out, /kiểm tra lại trong/u, 2);
    expect(out()).toMatch(new RegExp(`documents/hcm-sgddt-draft-2026\\.yaml\\n\\s+${lines}:\\d+\\s+lỗi .*yaml-syntax`, 'u'));

    // Fixed again: the syntax errors are counted as fixed.
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('  - [oops\n', ''));
    await until(out, /kiểm tra lại trong/u, 3);
    expect(out().split('kiểm tra lại trong').at(-2)).toMatch(/\+0 lỗi mới, −[1-9]\d* đã sửa/u);

    // One task's deadline: only the letter and the directive it takes up are audited again.
    const [head, body] = readFileSync(letter, 'utf8').split('\nbody:\n');
    writeFileSync(letter, `${head}\nbody:\n${(body ?? '').replace(/^(\s+)deadline: .*$/mu, '$1deadline: Trước ngày 30/12/2031')}`);
    await until(out, /kiểm tra lại trong/u, 4);
    const docs = readdirSync(join(dir, 'documents')).filter((f) => f.endsWith('.yaml')).length;
    expect(out().split('kiểm tra lại trong').at(-1)).toMatch(new RegExp(`^ \\d+,\\d\\d s \\(quy tắc \\d+,\\d\\d s, 2/${docs} văn bản\\)`, 'u'));

    controller.abort();
    expect(await done).toBe(0);
    expect(out()).toContain('Đã dừng theo dõi.');
  }, 120_000);
});

describe('changesOf and changeText', () => {
  const finding = (severity: 'error' | 'warning', line: number, found: string) =>
    ({ rule: 'r', severity, message: { vi: 'm', en: 'm' }, place: { file: 'a.yaml', line, column: 1 }, found }) as const;

  it('counts a finding that only moved down a line as unchanged, and says what appeared and went', () => {
    const before = [finding('error', 3, 'x'), finding('error', 5, 'y'), finding('warning', 7, 'z')];
    const after = [finding('error', 4, 'x'), finding('error', 9, 'new'), finding('error', 10, 'new2')];
    const { added, gone } = changesOf(before, after);
    expect(added.map((d) => d.found)).toEqual(['new', 'new2']);
    expect(gone.map((d) => d.found).sort()).toEqual(['y', 'z']);
    expect(changeText(added, gone, 'en')).toBe('+2 new errors, −1 fixed; warnings +0 −1');
    expect(changeText(added, gone, 'vi')).toBe('+2 lỗi mới, −1 đã sửa; cảnh báo +0 −1');
    expect(changeText([], [], 'en')).toBe('nothing changed');
  });
});
