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
  it('hides the rows with no missing cell when "missing only" is ticked', async () => {
    const page = await open(formatMatrixHtml(handMatrix(3, 4), { lang: 'vi' }), 'small.html');
    const rows = page.locator('#overview-table tbody tr th.row b');
    expect(await rows.allTextContents()).toEqual(['2.a', '2.b/2026', '5.b']);
    await page.screenshot({ path: SCREENSHOTS.overview, fullPage: true });
    await page.check('#missing-only');
    expect(await rows.allTextContents()).toEqual(['2.b/2026']);
    // Missing cells, and partly covered ones that carry an error (issue #12): the province with a
    // missing task, and every province whose first commune has a late deadline (an error).
    expect(await page.locator('#overview-table thead th.v').allTextContents()).toEqual(['Tỉnh Số 0', 'Tỉnh Số 1', 'Tỉnh Số 2']);
    expect(await page.locator('#gaps-table tbody tr').count()).toBe(1 + 3);
    await page.screenshot({ path: SCREENSHOTS.missingOnly, fullPage: true });
    await page.close();
  });

  it('opens one province with its documents, the communes grouped until expanded', async () => {
    const page = await open(formatMatrixHtml(handMatrix(3, 4), { lang: 'en' }), 'drill.html');
    await page.click('#overview th[data-p="1"]');
    const heads = page.locator('#detail-table thead th.v');
    expect(await heads.count()).toBe(4);
    await page.click('#communes');
    expect(await heads.count()).toBe(3 + 4);
    const firstCommune = page.locator('#detail-table tbody tr').nth(1).locator('td').nth(3);
    expect(await firstCommune.getAttribute('class')).toBe('c P');
    await page.close();
  });

  it('filters by issuer, by province and by text', async () => {
    const page = await open(formatMatrixHtml(handMatrix(3, 4), { lang: 'en' }), 'filters.html');
    await page.selectOption('#province', '2');
    expect(await page.locator('#overview-table thead th.v').allTextContents()).toEqual(['Tỉnh Số 2']);
    await page.selectOption('#province', '');
    await page.selectOption('#agency', { label: 'snv (3)' });
    expect(await page.locator('#count').textContent()).toBe('3 documents · 0 missing · 0 partly covered');
    await page.selectOption('#agency', '');
    await page.fill('#q', 'Late deadline');
    await page.waitForFunction(() => document.querySelectorAll('#gaps-table tbody tr').length === 3);
    expect(await page.locator('#gaps-table tbody tr td.st').allTextContents()).toEqual(['◐ partly covered', '◐ partly covered', '◐ partly covered']);
    await page.close();
  });

  it('stays one light page at national scale: 34 provinces, 3,500 documents, communes grouped', async () => {
    const html = formatMatrixHtml(handMatrix(34, 100), { lang: 'vi' });
    expect(html.length).toBeLessThan(2_000_000);
    const page = await open(html, 'national.html');
    expect(await page.locator('#overview-table thead th.v').count()).toBe(34);
    expect(await page.locator('#overview-table tbody td').count()).toBe(34 * 3);
    await page.screenshot({ path: SCREENSHOTS.national });
    await page.close();
  });

  it('asks the network for nothing', () => {
    expect(requests).toEqual([]);
  });
});
