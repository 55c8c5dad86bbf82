import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/engine.js';
import { buildMatrix } from '../../src/matrix/build.js';
import { MANIFEST_FILE } from '../../src/output/manifest.js';
import { planRun } from '../../src/render/plan-run.js';
import { all, openDocx, paragraphsWhere, paragraphText } from '../helpers/docx-inspect.js';
import { convertToPdf, hasLibreOffice, pdfPageCount } from '../helpers/libreoffice.js';
import { bundled } from './seeds.js';
import { runCli } from '../helpers/run-cli.js';

const FIX = 'test/fixtures/generate';
const tmp = mkdtempSync(join(tmpdir(), 'cascade-generate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const cli = runCli;

let n = 0;
const outDir = () => join(tmp, `out-${(n += 1)}`);
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe('cascade generate', () => {
  it('writes a letter from its YAML into the output folder and lists it', async () => {
    const out = outDir();
    const r = await cli('generate', `${FIX}/ok-letter.yaml`, '--out', out);
    expect(r.code).toBe(0);
    expect(files(out)).toEqual([MANIFEST_FILE, 'thu-nghiem.docx']);
    expect(r.out).toMatch(/Đã ghi 1 tệp vào .*out-\d+:\n\s+\S*thu-nghiem\.docx\s+cong-van\s+mới/);
  });

  it('prints plain data as written (“Sở KH&CN”, `*`, `_`), and a task text’s Markdown as Markdown', async () => {
    const out = outDir();
    await cli('generate', `${FIX}/ok-letter.yaml`, '--out', out);
    const docx = openDocx(readFileSync(join(out, 'thu-nghiem.docx')));
    expect(paragraphsWhere(docx.document, 'I. ').map(paragraphText)).toEqual(['I. NHIỆM VỤ *CỦA* SỞ KH&CN _2026_']);
    const task = paragraphsWhere(docx.document, '1. Tổ chức')[0];
    expect(task && paragraphText(task)).toContain('(Sở KH&CN chủ trì, in nghiêng).');
    expect(docx.text('word/document.xml')).not.toContain('&amp;amp;');
  });

  it('writes a kind drawn from a document: the plan with its annex', async () => {
    const out = outDir();
    const r = await cli('generate', 'gia-lai-5900', '--kind', 'ke-hoach', '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Wrote 1 file to [\s\S]*gia-lai-5900\.ke-hoach\.docx\s+ke-hoach\s+new/);
  });

  it('writes the audit report signed by the auditing agency given', async () => {
    const out = outDir();
    const r = await cli('generate', 'ct-14-ttg', '--kind', 'bao-cao-kiem-tra', '--auditor', 'gia-lai.snv', '--out', out);
    expect(r.code).toBe(0);
    const docx = openDocx(readFileSync(join(out, 'bao-cao-kiem-tra.docx')));
    const texts = all(docx.document, 'w:p').map(paragraphText);
    expect(texts.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI', 'SỞ NỘI VỤ']);
    expect(texts).toContain('KT. GIÁM ĐỐC');
    expect(texts).toContain('MA TRẬN BAO PHỦ NHIỆM VỤ');
  });

  it('writes the audit report as of --as-of: the day and the coverage over the provinces addressed', async () => {
    const out = outDir();
    const r = await cli('generate', 'ct-14-ttg', '--kind', 'bao-cao-kiem-tra', '--as-of', '2027-01-05', '--out', out);
    expect(r.code).toBe(0);
    const texts = all(openDocx(readFileSync(join(out, 'bao-cao-kiem-tra.docx'))).document, 'w:p').map(paragraphText);
    expect(texts.map((t) => t.replace(/\u00A0/g, ' '))).toContain('Tính đến ngày 05/01/2027, 3/34 tỉnh, thành phố có văn bản triển khai.');
  });

  it('prints the appendix matrix one row per addressee: 34 provinces numbered, 31 without a letter, the department under its province', async () => {
    const out = outDir();
    await cli('generate', 'ct-14-ttg', '--kind', 'bao-cao-kiem-tra', '--as-of', '2027-01-05', '--out', out);
    const docx = openDocx(readFileSync(join(out, 'bao-cao-kiem-tra.docx')));
    const rows = all(docx.document, 'w:tr').map((tr) => all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(paragraphText).join(' ').replace(/\u00A0/g, ' ')));
    const matrix = rows.filter((cells) => cells.length === rows.find((r) => r[1] === 'Cơ quan được giao, văn bản')?.length);
    const numbered = matrix.filter((cells) => /^\d+$/.test(cells[0] ?? ''));
    expect(numbered.map((cells) => Number(cells[0]))).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(numbered.filter((cells) => (cells[1] ?? '').endsWith(': chưa có văn bản'))).toHaveLength(31);
    const hanoi = numbered.find((cells) => cells[1] === 'UBND thành phố Hà Nội: chưa có văn bản');
    expect(hanoi?.slice(2, 7)).toEqual(['×', '×', '×', '×', '×']);
    expect(hanoi?.at(-1)).toBe('0');
    expect(numbered.find((cells) => cells[1]?.startsWith('UBND tỉnh Gia Lai: Công văn số 5900/UBND-NC'))?.at(-1)).toBe('100');
    // The department's draft is the row right under Hồ Chí Minh City, which is known only by citation.
    const hcm = matrix.findIndex((cells) => cells[1]?.startsWith('UBND thành phố Hồ Chí Minh: 3978/UBND-VX'));
    expect(matrix[hcm]?.at(-1)).toBe('—');
    expect(matrix[hcm + 1]?.[0]).toBe('');
    expect(matrix[hcm + 1]?.[1]).toMatch(/^– Dự thảo Công văn ký hiệu SGDĐT-TCCB năm 2026 của Sở Giáo dục và Đào tạo$/);
  });

  it('replaces its own unedited file, refuses an edited one (exit 1, nothing written), overwrites with --force', async () => {
    const out = outDir();
    await cli('generate', `${FIX}/ok-letter.yaml`, '--out', out);
    const second = await cli('generate', `${FIX}/ok-letter.yaml`, '--out', out);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/thay bản cũ/);
    writeFileSync(join(out, 'thu-nghiem.docx'), 'sửa tay');
    const refused = await cli('generate', `${FIX}/ok-letter.yaml`, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Không ghi đè 1 tệp \(dùng --force để ghi đè\); chưa ghi tệp nào:\n.*thu-nghiem\.docx: đã bị sửa sau khi chương trình ghi/);
    expect(readFileSync(join(out, 'thu-nghiem.docx'), 'utf8')).toBe('sửa tay');
    const forced = await cli('generate', `${FIX}/ok-letter.yaml`, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'thu-nghiem.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('never overwrites a user’s file it did not write', async () => {
    const out = outDir();
    await cli('generate', `${FIX}/ok-letter.yaml`, '--out', out);
    rmSync(join(out, MANIFEST_FILE));
    const r = await cli('generate', `${FIX}/ok-letter.yaml`, '--out', out, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/thu-nghiem\.docx: not written by the tool/);
  });

  it('writes no reminder where the audit found nothing to remind of, and says so', async () => {
    const out = outDir();
    const r = await cli('generate', 'ct-14-ttg', '--kind', 'don-doc', '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toBe('Nothing to write for `ct-14-ttg` (no finding to remind of)\n');
    expect(files(out)).toEqual([]);
  });

  it('says which document is unknown (exit 2)', async () => {
    const r = await cli('generate', 'khong-co-van-ban', '--out', outDir());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không tìm thấy văn bản `khong-co-van-ban`/);
  });
});

describe('BAD DATA: a clear error or a correct document, never a corrupt file', () => {
  it('a missing signer: a clear error naming the document and the key, nothing written', async () => {
    const out = outDir();
    const r = await cli('generate', `${FIX}/not-ok-no-signer.yaml`, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Văn bản `khong-nguoi-ky` chưa có người ký \(`signer`\)/);
    expect(files(out)).toEqual([]);
  });

  it('an addressee id the registry does not know: a clear error, nothing written', async () => {
    const out = outDir();
    const r = await cli('generate', `${FIX}/not-ok-unknown-agency.yaml`, '--out', out, '--lang', 'en');
    // A loading error: no paper from a broken model (issue 13), exit 1.
    expect(r.code).toBe(1);
    expect(r.err).toContain('gia-lai.skhnc');
    expect(r.err).toContain('--allow-errors');
    expect(files(out)).toEqual([]);
  });

  it('an addressee written by a name the registry does not know: nothing written, unless --allow-errors, which prints it as written under the banner', async () => {
    const refused = await cli('generate', `${FIX}/ok-agency-by-name.yaml`, '--out', outDir());
    expect(refused.code).toBe(1);
    const out = outDir();
    const r = await cli('generate', `${FIX}/ok-agency-by-name.yaml`, '--out', out, '--allow-errors');
    expect(r.code).toBe(0);
    const docx = openDocx(readFileSync(join(out, 'co-quan-theo-ten.docx')));
    expect(paragraphsWhere(docx.document, 'Kính gửi:').map(paragraphText)).toEqual(['Kính gửi: Ban Quản lý Khu kinh tế tỉnh']);
    expect(paragraphsWhere(docx.document, 'DỰ THẢO — CÒN LỖI')).toHaveLength(1);
  });

  it('a control character in a task text: reported at its place, and left out of a valid file', async () => {
    const yaml = readFileSync(`${FIX}/ok-letter.yaml`, 'utf8').replace('Tổ chức tuyên truyền', 'Tổ chức\u0007 tuyên\u000b truyền');
    const file = join(tmp, 'control.yaml');
    writeFileSync(file, yaml);
    const out = outDir();
    const r = await cli('generate', file, '--out', out, '--allow-errors');
    expect(r.err).toMatch(/ký tự điều khiển U\+0007/);
    expect(r.code).toBe(0);
    const docx = openDocx(readFileSync(join(out, 'thu-nghiem.docx')));
    const xml = docx.text('word/document.xml');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(paragraphsWhere(docx.document, '1. Tổ chức').map(paragraphText)[0]).toMatch(/^1\. Tổ chức tuyên truyền/);
  });

  it('a failing template stops the run before anything is written', async () => {
    // A user's audit-report template asks for a field the view does not have: the audit report is
    // rendered after the letters, plans and forms, so those must not have been written either.
    const dir = join(tmp, 'templates-broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bao-cao-kiem-tra.md.hbs'), '{{intro}}\n\n{{khongCo}}\n');
    const out = outDir();
    const r = await cli('run', 'directives/', '--out', out, '--templates', dir, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Template `bao-cao-kiem-tra` \(.*bao-cao-kiem-tra\.md\.hbs:3\) needs the field `khongCo`/);
    expect(files(out)).toEqual([]);
  });
});

describe('BAD DATA: a 400-row annex', () => {
  it('gives a correct plan: 400 rows under a repeated header, opened by LibreOffice', async () => {
    const tasks = Array.from({ length: 400 }, (_, i) => [
      `  - task: "${i + 1}"`,
      `    text: "Nhiệm vụ thử số ${i + 1}: tổ chức bồi dưỡng kỹ năng số | đợt ${i + 1}."`,
      '    lead: [gia-lai.skhcn]',
      '    coordinators: [gia-lai.snv]',
      `    deadline: Trong tháng ${(i % 12) + 1}/2026`,
    ].join('\n'));
    const yaml = readFileSync(`${FIX}/ok-letter.yaml`, 'utf8').replace(/^body:[\s\S]*?(?=^closing:)/m, `body:\n${tasks.join('\n')}\n`);
    const file = join(tmp, 'many.yaml');
    writeFileSync(file, yaml);
    const out = outDir();
    const r = await cli('generate', file, '--kind', 'ke-hoach', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const docx = openDocx(readFileSync(join(out, 'thu-nghiem.ke-hoach.docx')));
    const annex = all(docx.document, 'w:tbl').at(-1) as Element;
    const rows = all(annex, 'w:tr');
    expect(rows).toHaveLength(401);
    expect(all(rows[0] as Element, 'w:tblHeader')).toHaveLength(1);
    expect(paragraphText(all(rows[400] as Element, 'w:tc')[1] as Element)).toBe('Nhiệm vụ thử số 400: tổ chức bồi dưỡng kỹ năng số | đợt 400.');
    if (await hasLibreOffice()) {
      const [pdf] = await convertToPdf([join(out, 'thu-nghiem.ke-hoach.docx')], out);
      expect(await pdfPageCount(pdf ?? '')).toBeGreaterThan(20);
    }
  });
});

describe('cascade run', () => {
  it('audits, then writes every letter, plan, reminder, form, the audit report and the matrix; lists them; exit 0', async () => {
    const out = outDir();
    const r = await cli('run', 'directives/', '--out', out, '--as-of', '2027-01-05');
    // Exit 0 once the outputs are written, although 31 provinces are overdue (docs/audit.md).
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      'Tính đến ngày 05/01/2027 (--as-of)',
      '14/CT-TTg — Cấp bộ: chưa đánh giá được (không có văn bản nào trong thư mục; 16 bộ được giao) · Cấp tỉnh: 3/34 tỉnh có văn bản',
    ]);
    expect(r.out).toMatch(/^Kiểm tra: 31 lỗi, \d+ cảnh báo, \d+ thông tin; \d+ nội dung chưa đánh giá được/m);
    // Exactly what the main job plans (the reminders follow the audit's findings), and the matrix.
    const { cascade } = await bundled();
    const check = runChecks(cascade, undefined, { asOf: '2027-01-05' });
    const planned = planRun(cascade, check, buildMatrix(cascade, check.diagnostics)).map((p) => p.name);
    const expected = [...planned, 'ma-tran.html', 'ma-tran.md', 'ma-tran.xlsx'];
    expect(files(out)).toEqual([MANIFEST_FILE, ...expected].sort());
    expect(expected).toEqual(expect.arrayContaining([
      'an-giang-draft-2026-05.docx',
      'an-giang-draft-2026-05.ke-hoach.docx',
      'bao-cao-kiem-tra.docx',
      'ct-14-ttg.docx',
      'gia-lai-5900.docx',
      'gia-lai-5900.ke-hoach.docx',
      'gia-lai-de-xuat-bkhcn.docx',
      'hcm-sgddt-draft-2026.bieu-mau.ho-chi-minh.sgddt-csgd.docx',
      'hcm-sgddt-draft-2026.bieu-mau.ho-chi-minh.ubnd-xa.docx',
      'hcm-sgddt-draft-2026.docx',
    ]));
    // The bundled letters' gaps are in drafts or in their issuer's own letter: nothing to remind anyone of (issue 13).
    expect(expected.some((n) => n.startsWith('don-doc.'))).toBe(false);
    expect(r.out).toContain(`Đã ghi ${expected.length} tệp vào`);
    const again = await cli('run', 'directives/', '--out', out, '--as-of', '2027-01-05');
    expect(again.code).toBe(0);
    expect(again.out.match(/thay bản cũ/g)).toHaveLength(expected.length);
  });
});

describe('cascade templates', () => {
  it('lists each template with the data it reads, the user’s overriding the built-in', async () => {
    const dir = join(tmp, 'templates-user');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cong-van.md.hbs'), '{{#each body}}{{paragraph}}{{/each}}');
    const r = await cli('templates', '--templates', dir, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^cong-van {2}\(user: .*cong-van\.md\.hbs\)\n {4}data: body\[\], body\[\]\.paragraph$/m);
    expect(r.out).toMatch(/^ke-hoach-phu-luc {2}\(built-in: templates\/ke-hoach-phu-luc\.md\.hbs\)\n {4}data: rows\[\], rows\[\]\.coordinators, rows\[\]\.deadline/m);
    expect(r.out).toMatch(/^> block {2}\(partial, built-in/m);
  });
});
