import { DOMParser } from '@xmldom/xmldom';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Whether LibreOffice and poppler's tools are on the PATH (tests skip without them). */
export async function hasLibreOffice(): Promise<boolean> {
  try {
    await run('soffice', ['--version'], { timeout: 60_000 });
    await run('pdfinfo', ['-v']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts .docx files to PDF in one LibreOffice run (starting soffice costs seconds), with a
 * private user profile so it neither touches nor waits on the user's own. Returns the PDF paths,
 * in the order of `files`.
 */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, `${basename(f, extname(f))}.pdf`));
}

/** The page count of a PDF, from `pdfinfo`. */
export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match?.[1]) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(match[1]);
}

/** The pictures of a PDF (`pdfimages -list`, alpha masks left out): the page each is on and its size in pixels. */
export async function pdfImages(pdf: string): Promise<{ page: number; width: number; height: number }[]> {
  const { stdout } = await run('pdfimages', ['-list', pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}

/** Renders one page of a PDF to PNG with `pdftoppm`; returns the PNG path. */
export async function renderPagePng(pdf: string, page: number, outPrefix: string, dpi = 60): Promise<string> {
  await run('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, outPrefix]);
  return `${outPrefix}.png`;
}

/** Words of a PDF page with their boxes in points (from `pdftotext -bbox`), to measure the layout. */
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** The words of one page with their positions (`pdftotext -bbox` writes XHTML, read with an XML parser). */
export async function pdfWords(pdf: string, page: number): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
  const doc = new DOMParser().parseFromString(stdout, 'text/xml');
  return Array.from(doc.getElementsByTagName('word')).map((w) => ({
    text: w.textContent ?? '',
    xMin: Number(w.getAttribute('xMin')),
    yMin: Number(w.getAttribute('yMin')),
    xMax: Number(w.getAttribute('xMax')),
    yMax: Number(w.getAttribute('yMax')),
  }));
}
