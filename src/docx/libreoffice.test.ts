import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, hasLibreOffice, pdfPageCount, pdfWords, renderPagePng, type PdfWord } from '../../test/helpers/libreoffice.js';
import { sampleLetter } from '../../test/helpers/sample-letter.js';
import { MOTTO, NATIONAL_TITLE } from './blocks/header.js';
import { parseMarkdown } from './markdown.js';
import { packDocx } from './pack.js';
import { textWidthPt } from './text-width.js';

const available = await hasLibreOffice();
const ANNEX_ROWS = 400;
/** Where the sample's first page is rendered, to look at. */
const SAMPLE_PNG = join(tmpdir(), 'cascade-docx-sample-p1');

function annexMarkdown(rows: number): string {
  const lines = ['| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian | Sản phẩm |', '|---|---|---|---|---|---|'];
  for (let i = 1; i <= rows; i++) {
    lines.push(`| ${i} | Rà soát, cập nhật học liệu kỹ năng số của đơn vị số ${i} | Sở Khoa học và Công nghệ | Sở Nội vụ, Công an tỉnh | Năm 2026 | Báo cáo |`);
  }
  return lines.join('\n');
}

/** The words of a page that form one line of text starting with `first`. */
function lineStarting(words: readonly PdfWord[], first: string, count: number): PdfWord[] {
  const i = words.findIndex((w) => w.text === first);
  expect(i).toBeGreaterThanOrEqual(0);
  return words.slice(i, i + count);
}

describe.skipIf(!available)('LibreOffice renders the layout', () => {
  let samplePdf = '';
  let annexPdf = '';

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docx-lo-'));
    const sample = join(dir, 'sample.docx');
    const annex = join(dir, 'annex.docx');
    await writeFile(sample, await packDocx(sampleLetter()));
    const withAnnex = sampleLetter({
      appendices: [{ title: 'PHỤ LỤC', subtitle: '(Kèm theo Công văn số 5900/UBND-NC ngày 11/5/2026)', body: parseMarkdown(annexMarkdown(ANNEX_ROWS)) }],
    });
    await writeFile(annex, await packDocx(withAnnex));
    [samplePdf, annexPdf] = (await convertToPdf([sample, annex], dir)) as [string, string];
  });

  it('converts the sample letter to two A4 pages', async () => {
    expect(await pdfPageCount(samplePdf)).toBe(2);
  });

  it('prints no page number on page 1 and a centred 2 in the top margin of page 2', async () => {
    const topMarginPt = (20 / 25.4) * 72;
    const first = await pdfWords(samplePdf, 1);
    expect(first.filter((w) => w.yMax < topMarginPt)).toEqual([]);
    const second = (await pdfWords(samplePdf, 2)).filter((w) => w.yMax < topMarginPt);
    expect(second.map((w) => w.text)).toEqual(['2']);
    // Centred over the text area: left margin 30 mm, right 15 mm on a 595 pt page.
    const centre = ((30 + (210 - 45) / 2) / 25.4) * 72;
    const word = second[0] as PdfWord;
    expect(Math.abs((word.xMin + word.xMax) / 2 - centre)).toBeLessThan(3);
  });

  it('measures header text as the renderer lays it out (the lines follow these widths)', async () => {
    const words = await pdfWords(samplePdf, 1);
    const motto = lineStarting(words, 'Độc', 8);
    const rendered = (motto.at(-1) as PdfWord).xMax - (motto[0] as PdfWord).xMin;
    expect(rendered / textWidthPt(MOTTO, 13, 'bold')).toBeCloseTo(1, 1);
    const title = lineStarting(words, 'CỘNG', 8);
    const titleWidth = (title.at(-1) as PdfWord).xMax - (title[0] as PdfWord).xMin;
    expect(titleWidth / textWidthPt(NATIONAL_TITLE, 12, 'bold')).toBeCloseTo(1, 1);
  });

  it('puts the header in two columns: agency left, national title right, number and date level', async () => {
    const words = await pdfWords(samplePdf, 1);
    const find = (t: string) => words.find((w) => w.text === t) as PdfWord;
    const agency = find('TỈNH');
    const nation = find('CỘNG');
    expect(agency.xMax).toBeLessThan(nation.xMin);
    const number = words.find((w) => w.text.startsWith('5900')) as PdfWord;
    const date = words.find((w) => w.text === 'Gia') as PdfWord;
    expect(Math.abs(number.yMin - date.yMin)).toBeLessThan(2);
  });

  it('renders page 1 to a PNG to look at', async () => {
    const png = await renderPagePng(samplePdf, 1, SAMPLE_PNG, 60);
    expect((await stat(png)).size).toBeGreaterThan(10_000);
  });

  it(`converts a letter with a ${ANNEX_ROWS}-row annex table, its header repeated on every page`, async () => {
    const pages = await pdfPageCount(annexPdf);
    expect(pages).toBeGreaterThan(10);
    const last = await pdfWords(annexPdf, pages);
    expect(last.some((w) => w.text === String(ANNEX_ROWS))).toBe(true);
    // The repeated header row opens a page in the middle of the annex.
    const middle = (await pdfWords(annexPdf, Math.floor(pages / 2))).filter((w) => w.yMin > (20 / 25.4) * 72);
    expect(middle[0]?.text).toBe('STT');
  });
});
