import { beforeAll, describe, expect, it } from 'vitest';
import { all, child, openDocx, paragraphText, paragraphsWhere, pPr, textRunFormats, wAttr, type DocxParts } from '../helpers/docx-inspect.js';
import type { GeneratedFile } from '../../src/render/render-docx.js';
import { runFiles } from './run-files.js';

// Decree 30's default profile: A4, margins 20/20/30/15 mm, in twips.
const A4 = { w: 11906, h: 16838 };
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850 };
// Footnotes of each seed: Gia Lai's letter has two, the HCMC letter one, the others none.
// A plan keeps its letter's footnotes (the course links of Gia Lai 2.1).
const FOOTNOTES: Readonly<Record<string, number>> = { 'gia-lai-5900.docx': 2, 'gia-lai-5900.ke-hoach.docx': 2, 'hcm-sgddt-draft-2026.docx': 1 };

let files: (GeneratedFile & { docx: DocxParts })[] = [];
beforeAll(async () => {
  files = (await runFiles()).map((f) => ({ ...f, docx: openDocx(f.buffer) }));
});

function formats(docx: DocxParts, test: string | ((t: string) => boolean)) {
  const found = paragraphsWhere(docx.document, test);
  expect(found.length, `paragraph ${String(test)}`).toBeGreaterThan(0);
  return found.flatMap(textRunFormats);
}

const KINDS = ['cong-van', 'chi-thi', 'de-xuat', 'ke-hoach', 'don-doc', 'bao-cao', 'bieu-mau', 'bao-cao-kiem-tra'];

function each(fn: (f: GeneratedFile & { docx: DocxParts }) => void): void {
  expect(new Set(files.map((f) => f.kind))).toEqual(new Set(KINDS));
  for (const f of files) fn(f);
}

describe('CONFORMANT: every generated document keeps the decree’s format', () => {
  it('is A4 with the default margins; appendices landscape; a distinct first page (no page number on it)', () => {
    each(({ name, docx }) => {
      const sections = all(docx.document, 'w:sectPr');
      expect(sections.length, name).toBeGreaterThan(0);
      sections.forEach((s, i) => {
        const size = child(s, 'w:pgSz');
        const landscape = wAttr(size, 'w:orient') === 'landscape';
        expect(i === 0 ? !landscape : true, `${name}: the letter itself is portrait`).toBe(true);
        expect([Number(wAttr(size, 'w:w')), Number(wAttr(size, 'w:h'))], name).toEqual(landscape ? [A4.h, A4.w] : [A4.w, A4.h]);
        const mar = child(s, 'w:pgMar');
        for (const [k, v] of Object.entries(MARGINS)) expect(Number(wAttr(mar, `w:${k}`)), `${name} ${k}`).toBe(v);
        expect(child(s, 'w:titlePg'), `${name}: titlePg`).toBeDefined();
      });
    });
  });

  it('prints only characters Times New Roman has, so no run falls back to another font (the matrix marks included)', () => {
    // Latin with the Vietnamese letters, dashes, quotes and the ellipsis, and the few WGL4 symbols
    // the audit report's matrix uses (√ → beside Latin-1's ½ ×); Liberation Serif has them all too.
    const timesHas = /^[\u0020-\u024F\u1EA0-\u1EF9\u2013-\u2026\u2190-\u2195\u221A]*$/u;
    each(({ name, docx }) => {
      for (const t of all(docx.document, 'w:t')) expect(t.textContent ?? '', name).toMatch(timesHas);
    });
  });

  it('names Times New Roman in every run, style and footnote', () => {
    each(({ name, docx }) => {
      const parts = [docx.document, docx.styles, ...(docx.footnotes ? [docx.footnotes] : [])];
      const fonts = new Set(parts.flatMap((p) => all(p, 'w:rFonts')).flatMap((f) => ['w:ascii', 'w:hAnsi', 'w:cs'].map((a) => wAttr(f, a)).filter((v) => v !== undefined)));
      expect([...fonts], name).toEqual(['Times New Roman']);
    });
  });

  it('prints the national title bold 12, the motto bold 13, the number upright 13, the date italic 13', () => {
    each(({ name, docx }) => {
      expect(formats(docx, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), name).toEqual([expect.objectContaining({ sizePt: 12, bold: true, italics: false })]);
      expect(formats(docx, 'Độc lập - Tự do - Hạnh phúc'), name).toEqual([expect.objectContaining({ sizePt: 13, bold: true })]);
      for (const f of formats(docx, 'Số:')) expect(f, name).toMatchObject({ sizePt: 13, bold: false, italics: false });
      for (const f of formats(docx, (t) => /, ngày .* năm/.test(t))) expect(f, name).toMatchObject({ sizePt: 13, italics: true });
    });
  });

  it('prints the issuing agency in upper case and bold 12 (a blank form leaves it to the unit)', () => {
    each(({ name, kind, docx }) => {
      const cell = all(all(docx.document, 'w:tbl')[0] as Element, 'w:tc')[0] as Element;
      const lines = all(cell, 'w:p').filter((p) => paragraphText(p).trim() !== '');
      if (kind === 'bieu-mau') {
        // Blank lines over the agency's rule, for the unit to complete, as it does the number and date.
        expect(lines.map(paragraphText), name).toEqual([]);
        expect(all(cell, 'w:p').filter((p) => pPr(p, 'w:pBdr') !== undefined), name).toHaveLength(1);
        return;
      }
      expect(lines.length, name).toBeGreaterThan(0);
      const last = lines.at(-1) as Element;
      expect(paragraphText(last), name).toBe(paragraphText(last).toLocaleUpperCase('vi'));
      expect(textRunFormats(last)[0], name).toMatchObject({ sizePt: 12, bold: true });
    });
  });

  it('prints a letter’s subject as “V/v …” 12 pt upright, a typed document’s type name bold 14', () => {
    each(({ name, kind, docx }) => {
      const typed = ['chi-thi', 'ke-hoach', 'bao-cao', 'bao-cao-kiem-tra', 'bieu-mau'].includes(kind);
      if (typed) {
        const title = paragraphsWhere(docx.document, (t) => ['CHỈ THỊ', 'KẾ HOẠCH', 'BÁO CÁO', 'BIỂU MẪU TỔNG HỢP'].includes(t));
        expect(title.flatMap(textRunFormats), name).toEqual([expect.objectContaining({ sizePt: 14, bold: true })]);
      } else {
        for (const f of formats(docx, 'V/v ')) expect(f, name).toMatchObject({ sizePt: 12, bold: false, italics: false });
      }
    });
  });

  it('justifies the body at 14 pt with a 1.27 cm first-line indent', () => {
    each(({ name, docx }) => {
      // Long paragraphs outside tables, but the centred `(Kèm theo …)` line of an appendix and a
      // typed document's subject (all bold).
      const body = all(docx.document, 'w:p').filter((p) => {
        const text = paragraphText(p);
        const plain = textRunFormats(p).some((f) => !f.bold);
        return text.length > 120 && plain && !text.startsWith('(Kèm theo') && p.parentNode?.nodeName !== 'w:tc';
      });
      expect(body.length, name).toBeGreaterThan(0);
      for (const p of body) {
        expect(wAttr(pPr(p, 'w:jc')), name).toBe('both');
        expect(wAttr(pPr(p, 'w:ind'), 'w:firstLine'), name).toBe('720');
        for (const f of textRunFormats(p)) expect(f.sizePt, name).toBe(14);
      }
    });
  });

  it('prints “Nơi nhận:” bold italic 12, its items 11, the signing authority bold 14 in upper case', () => {
    each(({ name, docx }) => {
      expect(formats(docx, 'Nơi nhận:'), name).toEqual([expect.objectContaining({ sizePt: 12, bold: true, italics: true })]);
      for (const f of formats(docx, '- Lưu: VT')) expect(f.sizePt, name).toBe(11);
      for (const p of paragraphsWhere(docx.document, (t) => /^(KT|TM|TL|TUQ|Q)\. /.test(t))) {
        expect(paragraphText(p), name).toBe(paragraphText(p).toLocaleUpperCase('vi'));
        for (const f of textRunFormats(p)) expect(f, name).toMatchObject({ sizePt: 14, bold: true });
      }
    });
  });

  it('carries real footnotes where the seed has them, and none elsewhere', () => {
    each(({ name, docx }) => {
      const notes = docx.footnotes ? all(docx.footnotes, 'w:footnote').filter((n) => Number(wAttr(n, 'w:id')) > 0) : [];
      expect(notes.length, name).toBe(FOOTNOTES[name] ?? 0);
      expect(all(docx.document, 'w:footnoteReference').length, name).toBe(FOOTNOTES[name] ?? 0);
    });
  });
});
