import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it, vi } from 'vitest';
import { aggregate } from '../../src/figures/aggregate.js';
import { chartPages, chartSvg, chartView, shortUnitName, svgToPng } from '../../src/figures/chart.js';
import { DEFAULT_TARGET } from '../../src/figures/target.js';
import type { FigureRecord } from '../../src/figures/types.js';
import type { Agency } from '../../src/model/agency.js';

const agency = (id: string, name: string, level: Agency['level']): Agency => ({ id, name, variants: [], level, province: 'p' });
const groupOf = (a: Agency) => (a.level === 'commune' ? { id: 'p.ubnd-xa', name: 'Ủy ban nhân dân các xã' } : { id: 'p.cac-so', name: 'Các sở, ngành' });

/** A province of `communes` communes (completed = index % 90 of 100 staff) and two departments. */
function summaryOf(communes: number) {
  const list = [
    ...Array.from({ length: communes }, (_, i) => agency(`p.xa-${i}`, `Ủy ban nhân dân xã Số ${String(i).padStart(3, '0')}`, 'commune')),
    agency('p.skhcn', 'Sở KH&CN <thử>', 'department'),
    agency('p.snv', 'Sở Nội vụ', 'department'),
  ];
  const records: FigureRecord[] = list.map((a, i) => ({ row: i + 2, unit: a.id, written: a.name, staff: 100, enrolled: 100, completed: a.level === 'commune' ? i % 90 : 50 + i }));
  return aggregate({
    records,
    date: '2026-06-30',
    agencies: new Map(list.map((a) => [a.id, a] as const)),
    groupOf,
    target: DEFAULT_TARGET,
    total: { id: 'p.ubnd', name: 'Tỉnh P' },
  });
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the charts of the six-monthly report', () => {
  it('draws each group apart, its units from the lowest rate up, 45 to a chart', () => {
    const summary = summaryOf(100);
    const pages = chartPages(summary);
    expect(pages.map((p) => [p.group.id, p.page, p.pages, p.view.rows.length])).toEqual([
      ['p.ubnd-xa', 1, 3, 45],
      ['p.ubnd-xa', 2, 3, 45],
      ['p.ubnd-xa', 3, 3, 10],
      ['p.cac-so', 1, 1, 2],
    ]);
    const communeRates = pages.filter((p) => p.group.id === 'p.ubnd-xa').flatMap((p) => p.view.rows.map((r) => Number(r.value.replace(',', '.').replace('%', ''))));
    expect(communeRates).toHaveLength(100);
    expect(communeRates).toEqual([...communeRates].sort((a, b) => a - b));
  });

  it('marks the units behind the expected rate, and draws that rate where its bars would end', () => {
    const summary = summaryOf(10);
    const view = chartPages(summary)[0]?.view;
    if (!view) throw new Error('no chart');
    expect(view.expected.label).toBe('27,3%');
    for (const row of view.rows) {
      const end = view.barStart + row.barWidth;
      expect(row.behind).toBe(end < view.expected.x);
    }
    expect(view.behindCount).toBe(view.rows.filter((r) => r.behind).length);
    expect(view.ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(view.ticks.at(-1)?.x).toBe(view.barEnd);
  });

  it('shortens unit names to what tells them apart, and cuts a long one with an ellipsis', () => {
    expect(shortUnitName('Ủy ban nhân dân xã Ia Grai')).toBe('Xã Ia Grai');
    expect(shortUnitName('Uỷ ban nhân dân phường Quy Nhơn Đông')).toBe('Phường Quy Nhơn Đông');
    expect(shortUnitName('Sở Nội vụ')).toBe('Sở Nội vụ');
    const long = shortUnitName('Văn phòng Ủy ban nhân dân tỉnh Gia Lai và các đơn vị trực thuộc');
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(34);
  });

  it('writes SVG an XML parser reads, with names escaped and every bar and label in it', () => {
    const pages = chartPages(summaryOf(3));
    const departments = pages.find((p) => p.group.id === 'p.cac-so');
    if (!departments) throw new Error('no department chart');
    const svg = chartSvg(departments.view);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts).toContain('Sở KH&CN <thử>');
    expect(texts).toContain('Sở Nội vụ');
    expect(texts.some((t) => t.includes('Tỷ lệ cần đạt: 27,3%'))).toBe(true);
    expect(svg).toContain('Sở KH&amp;CN &lt;thử&gt;');
  });

  it('draws a PNG at twice the chart’s size, with its text in the bundled fonts', async () => {
    const view = chartView(summaryOf(5).units.slice(0, 5), 27.3);
    const png = await svgToPng(chartSvg(view));
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: view.width * 2, height: view.height * 2 });
    // The same chart with its labels blanked: if no font had been found, the text would draw nothing and the pictures would match.
    const blank = await svgToPng(chartSvg({ ...view, rows: view.rows.map((r) => ({ ...r, label: '' })) }));
    expect(Buffer.from(blank).equals(Buffer.from(png))).toBe(false);
  });
});

describe('a machine that cannot draw the charts', () => {
  it('says so in both languages and points at --no-chart, rather than crash', async () => {
    vi.resetModules();
    vi.doMock('@resvg/resvg-js', () => {
      throw new Error("Cannot find module '@resvg/resvg-js-freebsd-x64'");
    });
    try {
      const { chartDrawer, ChartError } = await import('../../src/figures/chart.js');
      const error = await chartDrawer().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ChartError);
      const text = (error as InstanceType<typeof ChartError>).text;
      expect(text.vi).toContain('--no-chart');
      // Why, as the loader said it (vitest words the failed import its own way), then what to do.
      expect(text.en).toMatch(/^Charts cannot be drawn on this machine \(.+\); reinstall with `npm ci`, or use --no-chart to leave them out$/);
    } finally {
      vi.doUnmock('@resvg/resvg-js');
      vi.resetModules();
    }
  });
});
