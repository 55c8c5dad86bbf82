import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MANIFEST_FILE } from '../../src/output/manifest.js';
import { openDocx } from '../helpers/docx-inspect.js';
import { convertToPdf, pdfImages, pdfPageCount } from '../helpers/libreoffice.js';
import { capturingIo } from '../helpers/run-cli.js';

const FIXTURES = resolve('test/fixtures/figures');
let out: string;

const io = capturingIo;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cascade-report-'));
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('cascade report', () => {
  it('writes nothing and lists every problem with its row for a bad figures file', async () => {
    const dir = join(out, 'bad');
    const cli = io();
    const code = await main(['report', '--figures', join(FIXTURES, 'not-ok-figures.csv'), '--for', 'gia-lai.ubnd', '--expect', 'gia-lai.ubnd-xa', '--out', dir], cli);
    expect(code).toBe(1);
    const text = cli.err.join('');
    expect(text).toContain('not-ok-figures.csv:3: lỗi Cột “Đã hoàn thành” cần một số, gặp “abc” (figures-number-text)');
    expect(text).toContain('not-ok-figures.csv:4: lỗi Đơn vị “Xã Ea H\'Leo” là Ủy ban nhân dân xã Ea H\'Leo (dak-lak), không thuộc gia-lai');
    expect(text).toContain('not-ok-figures.csv:8: lỗi Số âm ở cột “Tổng số”: -5');
    expect(text).toMatch(/✖ \d+ lỗi trong số liệu: không ghi tệp nào/);
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('names a missing column in English with --lang en', async () => {
    const cli = io();
    const code = await main(['report', '--figures', join(FIXTURES, 'not-ok-missing-column.csv'), '--for', 'gia-lai.ubnd', '--out', join(out, 'bad2'), '--lang', 'en'], cli);
    expect(code).toBe(1);
    expect(cli.err.join('')).toContain('not-ok-missing-column.csv:1: error Missing column `enrolled` / `Đã đăng ký` (figures-missing-column)');
  });

  it('judges the figures as of --as-of, says that day first, and refuses a day that is not one', async () => {
    const cli = io();
    // Figures of 30/6/2026 seen as of 1/3/2025: more than a year in the future.
    const code = await main(['report', '--figures', join(FIXTURES, 'gia-lai-2026-06-30.csv'), '--for', 'gia-lai.ubnd', '--out', join(out, 'early'), '--as-of', '2025-03-01'], cli);
    expect(code).toBe(1);
    expect(cli.err.join('')).toContain('lỗi Ngày số liệu 2026-06-30 ở tương lai (hôm nay 2025-03-01), quá xa');
    await expect(readdir(join(out, 'early'))).rejects.toThrow();
    const bad = io();
    expect(await main(['report', '--figures', join(FIXTURES, 'gia-lai-2026-06-30.csv'), '--for', 'gia-lai.ubnd', '--as-of', '31/02/2026'], bad)).toBe(2);
    expect(bad.err.join('')).toContain('--as-of cần một ngày có thật');
  });

  it('writes the report with its table and comparison, and one reminder per unit behind', async () => {
    const dir = join(out, 'good');
    const cli = io();
    const code = await main(
      ['report', '--figures', join(FIXTURES, 'gia-lai-2026-06-30.csv'), '--previous', join(FIXTURES, 'gia-lai-2025-12-31.csv'), '--for', 'gia-lai.ubnd', '--out', dir, '--threads', '0', '--as-of', '2026-07-15'],
      cli,
    );
    expect(cli.err.join('')).not.toContain('lỗi');
    expect(code).toBe(0);
    expect(cli.out.join('').split('\n')[0]).toBe('Tính đến ngày 15/7/2026');
    expect(cli.out.join('')).toMatch(/Ủy ban nhân dân tỉnh Gia Lai\s+4801\/14382\s+33,4%\s+\+19,3\s+61\/149/);
    const report = await mammoth.extractRawText({ path: join(dir, 'bao-cao-gia-lai-ubnd-2026-06-30.docx') });
    // The title holds its fixed phrases together with no-break spaces (“năm 2026”): read them as spaces.
    report.value = report.value.replace(/\u00A0/g, ' ');
    expect(report.value).toContain('Kết quả bồi dưỡng kiến thức, kỹ năng số cho cán bộ, công chức, viên chức 6 tháng đầu năm 2026');
    expect(report.value).toContain('Tính đến ngày 30/6/2026, toàn tỉnh có 4.801/14.382 cán bộ, công chức, viên chức hoàn thành bồi dưỡng, đạt 33,4%, tăng 19,3 điểm phần trăm so với kỳ trước (14,1%)');
    // The appendix: one chart of the 14 departments, and the 135 communes on three charts of at most 45.
    expect(report.value).toContain('TỶ LỆ HOÀN THÀNH CỦA TỪNG ĐƠN VỊ');
    expect(report.value).toContain('Biểu đồ 1. Các sở, ban, ngành tỉnh: tỷ lệ hoàn thành bồi dưỡng đến ngày 30/6/2026, 14 đơn vị, 8 đơn vị chậm');
    expect(report.value).toContain('Biểu đồ 4. Ủy ban nhân dân các xã, phường, đặc khu: tỷ lệ hoàn thành bồi dưỡng đến ngày 30/6/2026 (phần 3/3), 45 đơn vị');
    const parts = openDocx(await readFile(join(dir, 'bao-cao-gia-lai-ubnd-2026-06-30.docx')));
    expect(parts.files.filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(4);
    const reminders = (await readdir(join(dir, 'don-doc-2026-06-30'))).filter((f) => f !== MANIFEST_FILE);
    expect(reminders).toHaveLength(61);
    const one = await mammoth.extractRawText({ path: join(dir, 'don-doc-2026-06-30', 'xa-an-lao-21609.docx') });
    expect(one.value).toContain('Kính gửi: Ủy ban nhân dân xã An Lão');
    // Dated the --as-of day.
    expect(one.value.replace(/\u00A0/g, ' ')).toMatch(/ngày 15 tháng 7 năm 2026/);
    expect(one.value).toContain('mới đạt 8,5% (4/47), thấp hơn mức 27,3% cần đạt để bảo đảm mục tiêu 100% trước ngày 31/12/2026');
  });

  it('gives generated letters LibreOffice opens (a sample converted to PDF)', async () => {
    const dir = join(out, 'good', 'don-doc-2026-06-30');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.docx')).slice(0, 3).map((f) => join(dir, f));
    const pdfs = await convertToPdf(files, out);
    for (const pdf of pdfs) expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
  });

  it('gives a report LibreOffice opens, its four charts each on a page of its own after the report', async () => {
    const [pdf] = await convertToPdf([join(out, 'good', 'bao-cao-gia-lai-ubnd-2026-06-30.docx')], out);
    if (!pdf) throw new Error('no PDF');
    const pages = await pdfPageCount(pdf);
    const images = await pdfImages(pdf);
    expect(images).toHaveLength(4);
    // Drawn at twice their printed size: 1,200 pixels across 16 cm.
    for (const image of images) expect(image.width).toBe(1200);
    const onPages = images.map((i) => i.page);
    expect(new Set(onPages).size).toBe(4);
    expect(onPages).toEqual([pages - 3, pages - 2, pages - 1, pages]);
  });

  it('names the file, line and field when a chart template of the user asks for what the chart has not, and writes nothing', async () => {
    const templates = join(out, 'my-templates');
    await mkdir(join(templates, 'charts'), { recursive: true });
    await writeFile(join(templates, 'charts', 'tien-do.svg.hbs'), '<svg xmlns="http://www.w3.org/2000/svg" width="{{width}}">\n<text>{{khongCo}}</text>\n</svg>\n');
    const dir = join(out, 'bad-chart');
    const cli = io();
    const code = await main(['report', '--figures', join(FIXTURES, 'gia-lai-2026-06-30.csv'), '--for', 'gia-lai.ubnd', '--out', dir, '--threads', '0', '--templates', templates], cli);
    expect(code).toBe(2);
    expect(cli.err.join('')).toContain(`cascade: Mẫu \`charts/tien-do.svg.hbs\` (${join(templates, 'charts', 'tien-do.svg.hbs')}:2) cần trường \`khongCo\` nhưng dữ liệu không có`);
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('writes no reminder either when the report’s own template fails', async () => {
    const templates = join(out, 'my-report-template');
    await mkdir(templates, { recursive: true });
    await writeFile(join(templates, 'bao-cao.md.hbs'), '{{intro}}\n\n{{khongCo}}\n');
    const dir = join(out, 'bad-report');
    const cli = io();
    const code = await main(['report', '--figures', join(FIXTURES, 'gia-lai-2026-06-30.csv'), '--for', 'gia-lai.ubnd', '--out', dir, '--threads', '0', '--templates', templates, '--lang', 'en'], cli);
    expect(code).toBe(2);
    expect(cli.err.join('')).toContain('needs the field `khongCo`, which the data does not have');
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('replaces its own report and reminders on a re-run, but not a report someone edited', async () => {
    const dir = join(out, 'again');
    const args = ['report', '--figures', join(FIXTURES, 'gia-lai-2026-06-30.csv'), '--for', 'gia-lai.ubnd', '--out', dir, '--threads', '0', '--no-chart'];
    expect(await main(args, io())).toBe(0);
    expect(await main(args, io())).toBe(0);
    await appendFile(join(dir, 'bao-cao-gia-lai-ubnd-2026-06-30.docx'), 'sửa tay');
    const cli = io();
    expect(await main(args, cli)).toBe(1);
    expect(cli.err.join('')).toContain('không do chương trình ghi hoặc đã bị sửa: không ghi đè (dùng --force)');
    expect(await main([...args, '--force'], io())).toBe(0);
  });

  it('leaves the charts out with --no-chart', async () => {
    const dir = join(out, 'no-chart');
    const cli = io();
    const code = await main(
      ['report', '--figures', join(FIXTURES, 'gia-lai-2026-06-30.csv'), '--for', 'gia-lai.ubnd', '--out', dir, '--threads', '0', '--no-chart'],
      cli,
    );
    expect(code).toBe(0);
    const parts = openDocx(await readFile(join(dir, 'bao-cao-gia-lai-ubnd-2026-06-30.docx')));
    expect(parts.files.filter((f) => f.startsWith('word/media/'))).toEqual([]);
    expect(parts.text('word/document.xml')).not.toContain('TỶ LỆ HOÀN THÀNH CỦA TỪNG ĐƠN VỊ');
  });
});
