import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMatrixHtml } from '../../src/report/matrix-html.js';
import { handMatrix } from './fixture.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Where the test leaves its screenshots, to be looked at. */
const SCREENSHOTS = { overview: '/tmp/matrix-html-overview.png', missingOnly: '/tmp/matrix-html-missing-only.png', national: '/tmp/matrix-html-national.png' };

let browser: Browser;
let dir: string;
const requests: string[] = [];

async function open(html: string, name: string): Promise<Page> {
  const file = join(dir, name);
  await writeFile(file, html, 'utf8');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="1"]');
  expect(errors).toEqual([]);
  return page;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matrix-html-'));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the HTML matrix in headless Chromium', () => {
  const addressees = (page: Page) => page.locator('#overview-table tbody th.row b').allTextContents();
  const tasks = (page: Page) => page.locator('#overview-table thead th.t b').allTextContents();

  it('puts one addressee per row and the tasks across; "missing only" keeps the rows with a ✗', async () => {
    const page = await open(formatMatrixHtml(handMatrix(3, 4), { lang: 'vi' }), 'small.html');
    expect(await addressees(page)).toEqual(['UBND tỉnh Số 0', 'UBND tỉnh Số 1', 'UBND tỉnh Số 2', 'UBND tỉnh Im Lặng']);
    expect(await tasks(page)).toEqual(['2.a', '2.b/2026', '5.b']);
    // A province without a letter: a row of ✗ "chưa có văn bản", the task's deadline beside the cell.
    const silent = page.locator('#overview-table tbody tr').nth(3);
    expect(await silent.locator('th small').textContent()).toBe('✗ chưa có văn bản');
    expect(await silent.locator('td').nth(1).textContent()).toBe('✗31/12/2026');
    await page.screenshot({ path: SCREENSHOTS.overview, fullPage: true });
    await page.check('#missing-only');
    expect(await addressees(page)).toEqual(['UBND tỉnh Số 0', 'UBND tỉnh Im Lặng']);
    // Only the missing cells keep their mark; the covered 2.a of Số 0 is blank.
    expect(await page.locator('#overview-table tbody tr').nth(0).locator('td').allTextContents()).toEqual(['·', '✗31/12/2026', '·']);
    // The list keeps missing cells, and partly covered ones that carry an error (issue #12): the
    // province with a missing task, and every province whose first commune has a late deadline.
    expect(await page.locator('#gaps-table tbody tr').count()).toBe(1 + 3);
    await page.screenshot({ path: SCREENSHOTS.missingOnly, fullPage: true });
    await page.close();
  });

  it('opens with "missing only" ticked when asked (--missing-only)', async () => {
    const page = await open(formatMatrixHtml(handMatrix(3, 4), { lang: 'en', missingOnly: true }), 'ticked.html');
    expect(await page.isChecked('#missing-only')).toBe(true);
    expect(await addressees(page)).toEqual(['UBND tỉnh Số 0', 'UBND tỉnh Im Lặng']);
    await page.close();
  });

  it('opens with the search box filled when asked (--search), the page narrowed to it', async () => {
    const page = await open(formatMatrixHtml(handMatrix(3, 4), { lang: 'en', search: 'bo noi vu' }), 'searched.html');
    expect(await page.inputValue('#q')).toBe('bo noi vu');
    expect(await tasks(page)).toEqual(['5.b']);
    await page.close();
  });

  it('opens one province with a row per document, the communes in one row until expanded', async () => {
    const page = await open(formatMatrixHtml(handMatrix(3, 4), { lang: 'en' }), 'drill.html');
    await page.click('#overview th[data-p="1"]');
    const rows = page.locator('#detail-table tbody tr');
    expect(await rows.count()).toBe(3 + 1);
    await page.click('#communes');
    expect(await rows.count()).toBe(3 + 4);
    const firstCommune = rows.nth(3).locator('td').nth(1);
    expect(await firstCommune.getAttribute('class')).toBe('c P');
    expect(await firstCommune.textContent()).toBe('◐2026-12-31');
    await page.close();
  });

  it('filters by issuer, by province and by text; the search matches a task’s lead', async () => {
    const page = await open(formatMatrixHtml(handMatrix(3, 4), { lang: 'en' }), 'filters.html');
    await page.selectOption('#province', '2');
    expect(await addressees(page)).toEqual(['UBND tỉnh Số 2']);
    await page.selectOption('#province', '');
    await page.selectOption('#agency', { label: 'snv (3)' });
    expect(await page.locator('#count').textContent()).toBe('3 documents · 0 missing · 0 partly covered');
    await page.selectOption('#agency', '');
    await page.fill('#q', 'Bộ Công an');
    await page.waitForFunction(() => document.querySelectorAll('#overview-table thead th.t').length === 1);
    expect(await tasks(page)).toEqual(['5.b']);
    // A coordinating agency finds the task too, without its diacritics.
    await page.fill('#q', 'bo noi vu');
    await page.waitForFunction(() => document.querySelectorAll('#overview-table thead th.t').length === 1);
    expect(await tasks(page)).toEqual(['5.b']);
    await page.fill('#q', 'Im Lặng');
    await page.waitForFunction(() => document.querySelectorAll('#overview-table tbody tr').length === 1);
    expect(await addressees(page)).toEqual(['UBND tỉnh Im Lặng']);
    await page.fill('#q', 'Late deadline');
    await page.waitForFunction(() => document.querySelectorAll('#gaps-table tbody tr').length === 3);
    expect(await page.locator('#gaps-table tbody tr td.st').allTextContents()).toEqual(['◐ partly covered', '◐ partly covered', '◐ partly covered']);
    await page.close();
  });

  it('stays one light page at national scale: 34 provinces, 3,500 documents, communes grouped', async () => {
    const html = formatMatrixHtml(handMatrix(34, 100), { lang: 'vi' });
    expect(html.length).toBeLessThan(2_000_000);
    const page = await open(html, 'national.html');
    expect(await page.locator('#overview-table tbody tr').count()).toBe(34 + 1);
    expect(await page.locator('#overview-table tbody td').count()).toBe((34 + 1) * 3);
    await page.screenshot({ path: SCREENSHOTS.national });
    await page.close();
  });

  it('asks the network for nothing', () => {
    expect(requests).toEqual([]);
  });
});
