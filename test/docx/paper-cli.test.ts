import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'cascade-paper-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const outDir = () => join(tmp, `out-${(n += 1)}`);
const docxFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.docx')).sort() : []);
const textOf = async (file: string) => (await mammoth.extractRawText({ buffer: readFileSync(file) })).value;

/** The bundled directives with one edit to Gia Lai's letter. */
function directivesWith(edit: (letter: string) => string): string {
  const dir = mkdtempSync(join(tmp, 'dir-'));
  cpSync('directives', dir, { recursive: true });
  const file = join(dir, 'documents/gia-lai-5900.yaml');
  const letter = readFileSync(file, 'utf8');
  const edited = edit(letter);
  expect(edited).not.toBe(letter);
  writeFileSync(file, edited);
  return dir;
}

// An addressee the clerk misspelt: a loading error (unknown-agency).
const misspelt = () => directivesWith((l) => l.replace('  - gia-lai.ca\n', '  - Công an tỉnh Gia Lay\n'));
// Gia Lai's 2.1 with a target below goal 1.a: something for Bộ Nội vụ to remind Gia Lai of.
const weaker = () => directivesWith((l) => l.replace(/(\n(\s*)- task: "?2\.1"?\n)/, '$1$2  target: "80% cán bộ, công chức, viên chức đến hết năm 2026"\n'));

describe('no paper from a broken model', () => {
  it('generate refuses to write when loading has errors, exit 1, and says how to write a marked draft', async () => {
    const out = outDir();
    const r = await runCli('generate', 'gia-lai-5900', '--in', misspelt(), '--out', out);
    expect(r.code).toBe(1);
    expect(docxFiles(out)).toEqual([]);
    expect(r.err).toContain('--allow-errors');
  });

  it('generate --allow-errors writes the letter with the banner “DỰ THẢO — CÒN LỖI”', async () => {
    const out = outDir();
    const r = await runCli('generate', 'gia-lai-5900', '--in', misspelt(), '--out', out, '--allow-errors');
    expect(r.code).toBe(0);
    const text = await textOf(join(out, 'gia-lai-5900.docx'));
    expect(text.trimStart().startsWith('DỰ THẢO — CÒN LỖI')).toBe(true);
  });

  it('run refuses too, and writes nothing', async () => {
    const out = outDir();
    const r = await runCli('run', misspelt(), '--out', out);
    expect(r.code).toBe(1);
    expect(docxFiles(out)).toEqual([]);
  });
});

describe('reminders: one source of truth', () => {
  it('the single letter comes from Bộ Nội vụ to Gia Lai, names the task as printed, dated as asked, numbered', async () => {
    const out = outDir();
    const r = await runCli('generate', 'ct-14-ttg', '--kind', 'don-doc', '--in', weaker(), '--out', out, '--letter-date', '15/7/2026', '--number', '123');
    expect(r.code).toBe(0);
    expect(docxFiles(out)).toEqual(['don-doc.bo-nv.docx']);
    const text = await textOf(join(out, 'don-doc.bo-nv.docx'));
    expect(text).toContain('BỘ NỘI VỤ');
    expect(text).toMatch(/Kính gửi: Ủy ban nhân dân tỉnh Gia Lai/);
    expect(text).toContain('Nhiệm vụ tại mục 2.1 Công văn số 5900/UBND-NC ngày 11/5/2026 của Ủy ban nhân dân tỉnh Gia Lai (thời hạn: Năm 2026)');
    expect(text).toContain('Số: 123/');
    expect(text).toContain('Hà Nội, ngày 15 tháng 7 năm 2026');
  });

  it('refuses a letter date earlier than the documents it cites', async () => {
    const r = await runCli('generate', 'ct-14-ttg', '--kind', 'don-doc', '--in', weaker(), '--out', outDir(), '--letter-date', '1/5/2026');
    expect(r.code).toBe(2);
    expect(r.err).toContain('sớm hơn');
  });

  it('--each reminds exactly the members the single letter reminds, and no one else', async () => {
    const out = outDir();
    const r = await runCli('generate', 'ct-14-ttg', '--kind', 'don-doc', '--each', 'ubnd-cac-tinh', '--in', weaker(), '--out', out);
    expect(r.code).toBe(0);
    const files = docxFiles(out);
    expect(files).toHaveLength(1);
    const text = await textOf(join(out, files[0] ?? ''));
    expect(text).toContain('BỘ NỘI VỤ');
    expect(text).toContain('Ủy ban nhân dân tỉnh Gia Lai');
    expect(text).toContain('mục 2.1');
  });

  it('with nothing to remind, both say so and write nothing', async () => {
    const single = await runCli('generate', 'ct-14-ttg', '--kind', 'don-doc', '--out', outDir());
    const each = await runCli('generate', 'ct-14-ttg', '--kind', 'don-doc', '--each', 'ubnd-cac-tinh', '--out', outDir());
    expect([single.code, each.code]).toEqual([0, 0]);
    expect(single.out).toContain('Không có nội dung nào cần soạn');
    expect(each.out).toContain('Không có nội dung nào cần soạn');
  });
});
