import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { provinceSlug, safeFileName, slugify } from './slug.js';

const unitsFile = new URL('../../directives/registry/vn-admin-units-2025.json', import.meta.url);
const provinceNames = (JSON.parse(readFileSync(unitsFile, 'utf8')) as { FullName: string }[]).map((p) => p.FullName);

describe('slugify', () => {
  it.each([
    ['Tỉnh Gia Lai', 'tinh-gia-lai'],
    ['Sở Giáo dục và Đào tạo', 'so-giao-duc-va-dao-tao'],
    ['  Sở KH&CN — Gia Lai!  ', 'so-kh-cn-gia-lai'],
    ['Tỉnh Thanh Hoá'.normalize('NFD'), 'tinh-thanh-hoa'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('provinceSlug', () => {
  it.each([
    ['Tỉnh Gia Lai', 'gia-lai'],
    ['Thành phố Hồ Chí Minh', 'ho-chi-minh'],
    ['Thành phố Huế', 'hue'],
    ['Tỉnh Thanh Hoá', 'thanh-hoa'],
    ['Tỉnh Thanh Hóa', 'thanh-hoa'],
    ['Tỉnh Đắk Lắk', 'dak-lak'],
    ['TP. Hồ Chí Minh', 'ho-chi-minh'],
    ['Gia Lai', 'gia-lai'],
  ])('%s → %s', (name, slug) => expect(provinceSlug(name)).toBe(slug));

  it('gives the 34 provinces of the units registry 34 distinct slugs, as the agency ids use them', () => {
    const slugs = provinceNames.map(provinceSlug);
    expect(new Set(slugs).size).toBe(34);
    expect(slugs).toContain('ha-noi');
    expect(slugs).toContain('an-giang');
    for (const s of slugs) expect(s).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});

describe('safeFileName', () => {
  it('writes ASCII and keeps the extension', () => {
    expect(safeFileName('Sở KH&CN: Báo cáo 6 tháng.docx')).toBe('So-KH-CN-Bao-cao-6-thang.docx');
  });

  it('leaves no path separators and no ".."', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('a\\..\\b/..c')).toBe('a.b.c');
  });

  it('cuts long names to 80 characters with the extension kept', () => {
    const name = safeFileName(`${'Ủy ban nhân dân xã '.repeat(10)}.docx`);
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^Uy-ban-nhan-dan-xa-.*[a-z]\.docx$/);
  });

  it('is never empty and avoids names Windows reserves', () => {
    expect(safeFileName('')).toBe('van-ban');
    expect(safeFileName('..')).toBe('van-ban');
    expect(safeFileName('///')).toBe('van-ban');
    expect(safeFileName('CON.docx')).toBe('_CON.docx');
  });

  it('holds for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => {
        const out = safeFileName(s);
        expect(out).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,79}$/);
        expect(out).not.toContain('..');
        expect(out).not.toMatch(/[.-]$/);
      }),
    );
  });
});
