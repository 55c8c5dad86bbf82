import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueXOf } from '../../src/figures/chart.js';
import { scaffold } from '../../src/import/scaffold.js';
import type { Node, Task } from '../../src/model/body.js';
import { asPlanText } from '../../src/render/views/self-reference.js';
import { bundledCascade } from '../import/cascades.js';
import { openDocx } from '../helpers/docx-inspect.js';
import { convertToPdf, hasLibreOffice, pdfPageCount } from '../helpers/libreoffice.js';
import { runCli } from '../helpers/run-cli.js';

const run = promisify(execFile);
const FIGURES = resolve('test/fixtures/figures');
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cascade-paper-'));
});
afterAll(() => rm(out, { recursive: true, force: true }));

const textOf = async (file: string): Promise<string> => (await mammoth.extractRawText({ path: file })).value;

function tasksOf(nodes: readonly Node[]): Task[] {
  return nodes.flatMap((n) => ('task' in n ? [n, ...tasksOf(n.items ?? [])] : 'items' in n && n.items ? tasksOf(n.items) : []));
}

/** Every word of a letter's tasks (titles, lead-ins, texts) as its plan says them, Markdown and footnote marks removed. */
function taskWords(tasks: readonly Task[]): Set<string> {
  const texts = tasks.flatMap((t) => [t.title ?? '', t.lead_in ?? '', ...[t.text ?? []].flat()]);
  // The plan speaks of itself as "Kế hoạch này" where the letter said "Công văn này".
  const plain = asPlanText(texts.join(' ')).replace(/\[\^[^\]]+\]/g, '').replace(/[*<>]/g, '');
  return new Set(plain.split(/\s+/).filter((w) => w !== ''));
}

async function emptyPages(pdf: string): Promise<number[]> {
  const pages = await pdfPageCount(pdf);
  const empty: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const { stdout } = await run('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']);
    // A page that holds nothing but its number is blank.
    if (stdout.replace(/\s+/g, '').replace(/^\d+$/, '') === '') empty.push(p);
  }
  return empty;
}

describe('plans (ke-hoach) keep every word of their letter', () => {
  for (const id of ['gia-lai-5900', 'an-giang-draft-2026-05']) {
    it(`${id}: every word of the letter's tasks is in the plan, which calls itself Kế hoạch này`, async () => {
      const cascade = await bundledCascade();
      const doc = cascade.documentsById.get(id);
      if (!doc) throw new Error(id);
      const r = await runCli('generate', id, '--kind', 'ke-hoach', '--out', join(out, 'plans'));
      expect(r.code).toBe(0);
      const text = await textOf(join(out, 'plans', `${id}.ke-hoach.docx`));
      const words = new Set(text.split(/\s+/));
      const missing = [...taskWords(tasksOf(doc.body))].filter((w) => !words.has(w) && !text.includes(w));
      expect(missing).toEqual([]);
      expect(text).not.toMatch(/[Cc]ông văn này/u);
    });
  }

  it('keeps Gia Lai’s task 1 text and the course links of 2.1, and An Giang’s lead-in', async () => {
    const gl = await textOf(join(out, 'plans', 'gia-lai-5900.ke-hoach.docx'));
    expect(gl).toContain('Đẩy mạnh tuyên truyền, nâng cao nhận thức của các cơ quan, đơn vị, địa phương');
    // The course links are the footnotes of 2.1, printed as Word footnotes.
    const notes = openDocx(await readFile(join(out, 'plans', 'gia-lai-5900.ke-hoach.docx'))).text('word/footnotes.xml');
    expect(notes).toContain('https://drive.google.com/file/d/1EPwpFpcqcCy1oaFa27lrKZEMBvbkwZrz/view?usp=sharing');
    expect(notes).toContain('binhdanhocvuso.gov.vn/courses/course-v1:MOET+KNS-CCVC+2026-1/course/');
    const ag = await textOf(join(out, 'plans', 'an-giang-draft-2026-05.ke-hoach.docx'));
    expect(ag).toContain('Chỉ đạo 100% cán bộ, công chức, viên chức chủ động tham gia học tập');
    expect(ag).toContain('Cụ thể:');
    expect(ag).toContain('Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này');
  });

  it('has no page without text before or after the annex (LibreOffice PDF)', async () => {
    if (!(await hasLibreOffice())) return;
    const files = ['gia-lai-5900', 'an-giang-draft-2026-05', 'hcm-sgddt-draft-2026'].map((id) => join(out, 'plans', `${id}.ke-hoach.docx`));
    await runCli('generate', 'hcm-sgddt-draft-2026', '--kind', 'ke-hoach', '--out', join(out, 'plans'));
    const pdfs = await convertToPdf(files, join(out, 'plans'));
    for (const pdf of pdfs) expect({ pdf, empty: await emptyPages(pdf) }).toEqual({ pdf, empty: [] });
  }, 240_000);
});

describe('forms (bieu-mau) go where the letter sends them', () => {
  it('sends the communes’ form to Sở Nội vụ and the schools’ to Sở GD&ĐT, as the HCM letter says', async () => {
    expect((await runCli('generate', 'hcm-sgddt-draft-2026', '--kind', 'bieu-mau', '--out', join(out, 'forms'))).code).toBe(0);
    const communes = await textOf(join(out, 'forms', 'hcm-sgddt-draft-2026.bieu-mau.ho-chi-minh.ubnd-xa.docx'));
    expect(communes).toContain('Kính gửi: Sở Nội vụ');
    const schools = await textOf(join(out, 'forms', 'hcm-sgddt-draft-2026.bieu-mau.ho-chi-minh.sgddt-csgd.docx'));
    expect(schools).toContain('Kính gửi: Sở Giáo dục và Đào tạo');
    // A group is no unit: a line to write the unit in, never a list of office-holders.
    expect(schools).toMatch(/Đơn vị báo cáo: …+/u);
    expect(schools).not.toContain('Đơn vị báo cáo: Hiệu trưởng');
    for (const t of [communes, schools]) {
      expect(t).toContain('(Ký, ghi rõ họ tên, đóng dấu)');
      expect(t).toContain('năm 2026');
    }
  });

  it('prints each commune’s letterhead in a per-unit batch, from one compiled form', async () => {
    const r = await runCli('generate', 'hcm-sgddt-draft-2026', '--kind', 'bieu-mau', '--each', 'ho-chi-minh.ubnd-xa', '--out', join(out, 'each'), '--threads', '0');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\((\d{3}) điền sẵn/u);
    const dir = join(out, 'each', 'bieu-mau-ho-chi-minh-ubnd-xa');
    const file = (await readdir(dir)).find((f) => f.startsWith('dac-khu-con-dao'));
    if (!file) throw new Error('no form for Côn Đảo');
    const text = await textOf(join(dir, file));
    expect(text).toContain('ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO'.split('\n')[1]);
    expect(text).toContain('Đơn vị báo cáo: Ủy ban nhân dân đặc khu Côn Đảo');
    expect(text).toContain('Kính gửi: Sở Nội vụ');
    // A commune's committee heads its paper alone: no city line above it.
    expect(text).not.toContain('THÀNH PHỐ HỒ CHÍ MINH');
  }, 240_000);
});

describe('the six-monthly report', () => {
  let report: string;
  beforeAll(async () => {
    const r = await runCli('report', '--figures', join(FIGURES, 'gia-lai-2026-06-30.csv'), '--previous', join(FIGURES, 'gia-lai-2025-12-31.csv'), '--for', 'gia-lai.ubnd', '--out', join(out, 'report'), '--threads', '0');
    expect(r.code).toBe(0);
    report = await textOf(join(out, 'report', 'bao-cao-gia-lai-ubnd-2026-06-30.docx'));
  }, 240_000);

  it('goes to the body that follows the directive up (Bộ Nội vụ), not the Prime Minister', () => {
    expect(report).toContain('Kính gửi: Bộ Nội vụ');
    expect(report).not.toContain('Kính gửi: Thủ tướng Chính phủ');
  });

  it('names every task in full, never cut', async () => {
    const cascade = await bundledCascade();
    const doc = cascade.documentsById.get('gia-lai-5900');
    expect(report).not.toContain('…)');
    for (const t of tasksOf(doc?.body ?? [])) if (!t.title) expect(report).toContain([t.text ?? ''].flat()[0]?.replace(/\[\^[^\]]+\]/g, '').slice(-60));
  });

  it('lists the 61 units behind as a table, and numbers and dates the appendix line', () => {
    expect(report).toContain('Các đơn vị chưa đạt tiến độ (dưới 27,3%), 61 đơn vị, nêu tại bảng dưới đây.');
    expect(report).toContain('Đơn vị chưa đạt tiến độ');
    expect(report).toMatch(/\(Kèm theo Báo cáo số\s+\/BC-UBND ngày\s+tháng\s+năm 2026 của Ủy ban nhân dân tỉnh Gia Lai\)/u);
  });

  it('goes where --to says, and refuses an agency the registry does not know', async () => {
    const r = await runCli('report', '--figures', join(FIGURES, 'gia-lai-2026-06-30.csv'), '--for', 'gia-lai.ubnd', '--to', 'gia-lai.snv', '--out', join(out, 'report-to'), '--threads', '0', '--no-chart');
    expect(r.code).toBe(0);
    expect(await textOf(join(out, 'report-to', 'bao-cao-gia-lai-ubnd-2026-06-30.docx'))).toContain('Kính gửi: Sở Nội vụ');
    const bad = await runCli('report', '--figures', join(FIGURES, 'gia-lai-2026-06-30.csv'), '--for', 'gia-lai.ubnd', '--to', 'gia-lai.snx', '--out', join(out, 'report-bad'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--to: không có cơ quan `gia-lai.snx`');
  }, 240_000);

  it('fits its 149-row table in fewer pages than before (names on one line)', async () => {
    if (!(await hasLibreOffice())) return;
    const [pdf] = await convertToPdf([join(out, 'report-to', 'bao-cao-gia-lai-ubnd-2026-06-30.docx')], join(out, 'report-to'));
    if (!pdf) throw new Error('no PDF');
    expect(await pdfPageCount(pdf)).toBeLessThanOrEqual(8);
    expect(await emptyPages(pdf)).toEqual([]);
  }, 240_000);
});

describe('chart values clear of the target line', () => {
  it('puts a value that would cross the dashed line past it, and leaves the others after their bar', () => {
    expect(valueXOf(300, '25,0%', 310)).toBe(314);
    expect(valueXOf(300, '25,0%', 400)).toBe(304);
    expect(valueXOf(420, '60,0%', 310)).toBe(424);
  });
});

describe('scaffold adapts the ministries’ tasks', () => {
  it('words a mirrored task for the province, drops deadlines past at the letter’s date, prints none twice, carries the citations', async () => {
    const base = await bundledCascade();
    const { document } = scaffold(base, 'ct-14-ttg', 'gia-lai', '2026-06-15');
    const tasks = tasksOf(document.body);
    const mirrors = tasks.filter((t) => t.mirrors);
    expect(mirrors.length).toBeGreaterThan(0);
    for (const t of mirrors) {
      const text = [t.text ?? ''].flat().join(' ');
      expect(text).not.toMatch(/các bộ, cơ quan ngang bộ|báo cáo Thủ tướng Chính phủ|gửi Bộ Nội vụ/u);
      expect(text).not.toMatch(/^Phân quyền/u);
    }
    const police = mirrors.find((t) => (t.mirrors ?? []).some((m) => (typeof m === 'string' ? m : m.task) === 'ct-14-ttg#5.b'));
    expect([police?.text].flat().join(' ')).toMatch(/^Phối hợp với Bộ Công an, hướng dẫn các cơ quan, đơn vị, địa phương trên địa bàn tỉnh/u);
    // 31/5/2026 has passed by 15/6/2026; "trong năm 2026" has not.
    expect(police?.deadline).toBeUndefined();
    for (const t of tasks) {
      const d = t.deadline === undefined ? undefined : typeof t.deadline === 'string' ? t.deadline : t.deadline.text;
      // Either the text leaves the deadline to its field line, or the field is marked as in the text.
      if (d && !(t.fields?.inline ?? []).includes('deadline')) expect([t.text ?? ''].flat().join(' ')).not.toContain(d);
    }
    expect(document.cites.map((c) => c.as)).toContain('757/QĐ-BKHHCN');
  });
});
