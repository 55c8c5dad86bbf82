import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, hasLibreOffice, pdfPageCount, renderPagePng } from '../helpers/libreoffice.js';
import { runFiles } from './run-files.js';

// Pages of each document as LibreOffice lays it out with Liberation Serif (Times New Roman's
// metrics), checked by looking at the pages; a change here means the layout changed: look again.
const PAGES: Readonly<Record<string, number>> = {
  'gia-lai-5900.docx': 3,
  'hcm-sgddt-draft-2026.docx': 3,
  'an-giang-draft-2026-05.docx': 3,
  'ct-14-ttg.docx': 3,
  'gia-lai-de-xuat-bkhcn.docx': 2,
  'gia-lai-5900.ke-hoach.docx': 6,
  'an-giang-draft-2026-05.ke-hoach.docx': 6,
  'hcm-sgddt-draft-2026.bieu-mau.ho-chi-minh.ubnd-xa.docx': 1,
  'hcm-sgddt-draft-2026.bieu-mau.ho-chi-minh.sgddt-csgd.docx': 1,
  // Each task in full (no longer cut after 16 words with "…"): the table and the signature go to page 3.
  'gia-lai-5900.bao-cao.docx': 3,
  'hcm-sgddt-draft-2026.bao-cao.docx': 3,
};

// The reminders and the audit report follow the audit's findings, which change as the rules do.
const FOLLOWS_THE_AUDIT = /^(don-doc\.|bao-cao-kiem-tra)/;

/** Where page 1 of each kind is rendered, to be looked at when the layout changes. */
export const PNG_DIR = join(tmpdir(), 'cascade-pages');

const available = await hasLibreOffice();

describe.skipIf(!available)('OPENS: LibreOffice converts every generated document', () => {
  let pdfs = new Map<string, string>();

  beforeAll(async () => {
    const files = await runFiles();
    const dir = await mkdtemp(join(tmpdir(), 'cascade-opens-'));
    const paths = await Promise.all(files.map(async (f) => {
      const path = join(dir, f.name);
      await writeFile(path, f.buffer);
      return path;
    }));
    const converted = await convertToPdf(paths, dir);
    pdfs = new Map(files.map((f, i) => [f.name, converted[i] ?? '']));
  });

  it('gives a PDF with the expected number of pages for each', async () => {
    const counts = Object.fromEntries(await Promise.all([...pdfs].map(async ([name, pdf]) => [name, await pdfPageCount(pdf)] as const)));
    const fixed = Object.fromEntries(Object.entries(counts).filter(([name]) => !FOLLOWS_THE_AUDIT.test(name)));
    expect(fixed).toEqual(PAGES);
    for (const [name, pages] of Object.entries(counts)) if (FOLLOWS_THE_AUDIT.test(name)) expect(pages, name).toBeGreaterThanOrEqual(1);
  });

  it('renders page 1 of every document (so of every kind) to PNG', async () => {
    await mkdir(PNG_DIR, { recursive: true });
    const files = await runFiles();
    const pngs = await Promise.all(files.map((f) => renderPagePng(pdfs.get(f.name) ?? '', 1, join(PNG_DIR, f.name.replace(/\.docx$/, '')))));
    expect(pngs).toHaveLength(files.length);
  });
});
