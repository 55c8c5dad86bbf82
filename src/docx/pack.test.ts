import { beforeAll, describe, expect, it } from 'vitest';
import {
  all,
  child,
  openDocx,
  paragraphStarting,
  paragraphText,
  paragraphsWhere,
  pPr,
  textRunFormats,
  wAttr,
  type DocxParts,
  type RunFormat,
} from '../../test/helpers/docx-inspect.js';
import { sampleLetter } from '../../test/helpers/sample-letter.js';
import { packOfficialDoc } from './pack.js';
import type { LayoutWarning } from './warnings.js';

const TNR = 'Times New Roman';
let docx: DocxParts;
let warnings: readonly LayoutWarning[];

beforeAll(async () => {
  const packed = await packOfficialDoc(sampleLetter());
  docx = openDocx(packed.buffer);
  warnings = packed.warnings;
});

/** The one format every text run of the paragraph shares. */
function formatOf(prefix: string): RunFormat {
  const formats = textRunFormats(paragraphStarting(docx.document, prefix));
  expect(formats.length).toBeGreaterThan(0);
  for (const f of formats) expect(f).toEqual(formats[0]);
  return formats[0] as RunFormat;
}

function sectPr(): Element {
  const body = all(docx.document, 'w:body')[0] as Element;
  const sect = child(body, 'w:sectPr');
  if (!sect) throw new Error('no final w:sectPr');
  return sect;
}

describe('packDocx: a Gia Lai–like công văn', () => {
  it('renders without warnings', () => {
    expect(warnings).toEqual([]);
  });

  it('is A4 portrait with the default margins 20/20/30/15 mm', () => {
    const sect = sectPr();
    const size = child(sect, 'w:pgSz');
    expect([wAttr(size, 'w:w'), wAttr(size, 'w:h')]).toEqual(['11906', '16838']);
    const mar = child(sect, 'w:pgMar');
    // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850
    expect(['w:top', 'w:bottom', 'w:left', 'w:right'].map((a) => wAttr(mar, a))).toEqual(['1134', '1134', '1701', '850']);
  });

  it('names Times New Roman in every font reference of every part', () => {
    const parts = [docx.document, docx.styles, docx.footnotes, ...docx.headers.values()];
    let count = 0;
    for (const part of parts) {
      if (!part) continue;
      for (const fonts of all(part, 'w:rFonts')) {
        count += 1;
        for (const a of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) expect(wAttr(fonts, a)).toBe(TNR);
        expect(fonts.getAttribute('w:asciiTheme') ?? '').toBe('');
      }
    }
    expect(count).toBeGreaterThan(50);
    const defaults = all(docx.styles, 'w:rPrDefault')[0] as Element;
    expect(wAttr(all(defaults, 'w:rFonts')[0], 'w:ascii')).toBe(TNR);
  });

  it('prints the national title bold 12 and the motto bold 13, with a line under the motto', () => {
    expect(formatOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual({ font: TNR, sizePt: 12, bold: true, italics: false });
    const motto = paragraphStarting(docx.document, 'Độc lập - Tự do - Hạnh phúc');
    expect(formatOf('Độc lập - Tự do - Hạnh phúc')).toEqual({ font: TNR, sizePt: 13, bold: true, italics: false });
    const rule = motto.nextSibling as Element;
    expect(wAttr(child(pPr(rule, 'w:pBdr') as Element, 'w:bottom'))).toBe('single');
    expect(paragraphText(rule)).toBe('');
  });

  it('prints the issuer bold 12, centred, with a line under it', () => {
    expect(formatOf('ỦY BAN NHÂN DÂN')).toEqual({ font: TNR, sizePt: 12, bold: true, italics: false });
    const last = paragraphStarting(docx.document, 'TỈNH GIA LAI');
    expect(wAttr(pPr(last, 'w:jc'))).toBe('center');
    const rule = last.nextSibling as Element;
    expect(pPr(rule, 'w:pBdr')).toBeDefined();
  });

  it('prints the number upright 13 and the place and date italic 13', () => {
    expect(paragraphText(paragraphStarting(docx.document, 'Số:'))).toBe('Số: 5900/UBND-NC');
    expect(formatOf('Số:')).toEqual({ font: TNR, sizePt: 13, bold: false, italics: false });
    expect(paragraphText(paragraphStarting(docx.document, 'Gia Lai,'))).toBe('Gia Lai, ngày 11 tháng 5 năm 2026');
    expect(formatOf('Gia Lai,')).toEqual({ font: TNR, sizePt: 13, bold: false, italics: true });
  });

  it('prints the V/v subject 12 in the header cell, under the number', () => {
    const vv = paragraphStarting(docx.document, 'V/v triển khai');
    expect(formatOf('V/v triển khai')).toEqual({ font: TNR, sizePt: 12, bold: false, italics: false });
    expect(vv.parentNode?.nodeName).toBe('w:tc');
    expect(paragraphStarting(docx.document, 'Số:').parentNode).toBe(vv.parentNode);
  });

  it('prints Kính gửi 14 with one addressee per line, `;` then `.`', () => {
    const lines = paragraphsWhere(docx.document, (t) => t.startsWith('Kính gửi') || t.startsWith('- Công an tỉnh') || t.startsWith('- Các sở') || t.startsWith('- Ủy ban'));
    expect(lines.map(paragraphText)).toEqual([
      'Kính gửi:\t- Công an tỉnh;',
      '- Các sở, ngành, đơn vị sự nghiệp công lập thuộc tỉnh;',
      '- Ủy ban nhân dân các xã, phường.',
    ]);
    for (const p of lines) for (const f of textRunFormats(p)) expect(f).toEqual({ font: TNR, sizePt: 14, bold: false, italics: false });
  });

  it('justifies body paragraphs 14 with a first-line indent and 6 pt after', () => {
    const p = paragraphStarting(docx.document, 'Thực hiện Chỉ thị số 14/CT-TTg');
    expect(wAttr(pPr(p, 'w:jc'))).toBe('both');
    expect(wAttr(pPr(p, 'w:ind'), 'w:firstLine')).toBe('720'); // 1.27 cm
    expect(wAttr(pPr(p, 'w:spacing'), 'w:after')).toBe('120'); // 6 pt
    expect(formatOf('Thực hiện Chỉ thị số 14/CT-TTg')).toEqual({ font: TNR, sizePt: 14, bold: false, italics: false });
  });

  it('keeps list markers as literal text: a paragraph starting "1." is not lost', () => {
    expect(paragraphsWhere(docx.document, '1. Công tác tuyên truyền, phổ biến')).toHaveLength(1);
    expect(paragraphsWhere(docx.document, '2.1. Các cơ quan')).toHaveLength(1);
    expect(paragraphsWhere(docx.document, 'a) Cơ quan thực hiện')).toHaveLength(1);
    expect(paragraphsWhere(docx.document, '- Thời gian thực hiện: Thường xuyên.')).toHaveLength(1);
    expect(all(docx.document, 'w:numPr')).toHaveLength(0);
  });

  it('makes the footnote a real Word footnote', () => {
    const refs = all(docx.document, 'w:footnoteReference');
    expect(refs).toHaveLength(1);
    const id = wAttr(refs[0], 'w:id');
    const notes = all(docx.footnotes as Document, 'w:footnote').filter((n) => wAttr(n, 'w:id') === id);
    expect(notes).toHaveLength(1);
    const text = all(notes[0] as Element, 'w:p').map(paragraphText).join('\n');
    expect(text).toContain('Video bài giảng chính tải về theo đường dẫn tại: https://drive.google.com/file/d/1EPwpFpcqcCy1oaFa27lrKZEMBvbkwZrz');
    expect(paragraphText(paragraphStarting(docx.document, '2.1. Các cơ quan'))).toContain('bộ học liệu dành cho');
  });

  it('builds the GFM table with borders, a bold repeated header row and sensible widths', () => {
    const tables = all(docx.document, 'w:tbl').filter((t) => paragraphText(t).startsWith('STT'));
    expect(tables).toHaveLength(1);
    const table = tables[0] as Element;
    expect(wAttr(all(table, 'w:tblBorders')[0]?.getElementsByTagName('w:top')[0])).toBe('single');
    const rows = all(table, 'w:tr');
    expect(rows).toHaveLength(3);
    expect(all(rows[0] as Element, 'w:tblHeader')).toHaveLength(1);
    for (const f of all(rows[0] as Element, 'w:p').flatMap(textRunFormats)) expect(f.bold).toBe(true);
    for (const f of all(rows[1] as Element, 'w:p').flatMap(textRunFormats)) expect(f.bold).toBe(false);
    const widths = all(table, 'w:gridCol').map((c) => Number(wAttr(c, 'w:w')));
    expect(widths).toHaveLength(6);
    expect(widths.reduce((s, w) => s + w, 0)).toBe(11906 - 1701 - 850);
    const [stt, task, lead] = widths as [number, number, number];
    expect(stt).toBeLessThan(Math.min(...widths.slice(1)));
    expect(task).toBe(Math.max(...widths));
    expect(lead).toBeGreaterThan(stt);
  });

  it('prints Nơi nhận bold italic 12 and its items 11, `;` then `.`', () => {
    expect(formatOf('Nơi nhận:')).toEqual({ font: TNR, sizePt: 12, bold: true, italics: true });
    const items = paragraphsWhere(docx.document, (t) => /^- (Như trên|Lưu|Thường trực)/.test(t)).map(paragraphText);
    expect(items).toEqual(['- Như trên;', '- Thường trực Tỉnh ủy;', '- Thường trực HĐND tỉnh;', '- Lưu: VT, C6.']);
    expect(formatOf('- Lưu: VT, C6.')).toEqual({ font: TNR, sizePt: 11, bold: false, italics: false });
  });

  it('prints the signer bold 14: authority lines, room to sign, the name', () => {
    for (const line of ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lâm Hải Giang']) {
      expect(formatOf(line)).toEqual({ font: TNR, sizePt: 14, bold: true, italics: false });
    }
    const title = paragraphStarting(docx.document, 'PHÓ CHỦ TỊCH');
    const cell = title.parentNode as Element;
    const texts = all(cell, 'w:p').map(paragraphText);
    expect(texts).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', '', 'Lâm Hải Giang']);
    // Level with Nơi nhận: the same row of the bottom table.
    expect(paragraphStarting(docx.document, 'Nơi nhận:').parentNode?.parentNode).toBe(cell.parentNode);
  });

  it('numbers pages from the second page only: titlePage, empty first header', () => {
    const sect = sectPr();
    expect(child(sect, 'w:titlePg')).toBeDefined();
    expect(wAttr(child(sect, 'w:pgNumType'), 'w:start')).toBe('1');
    const refs = all(sect, 'w:headerReference').map((h) => wAttr(h, 'w:type'));
    expect(refs.sort()).toEqual(['default', 'first']);
    const headers = [...docx.headers.values()];
    const withPage = headers.filter((h) => all(h, 'w:instrText').some((i) => (i.textContent ?? '').includes('PAGE')));
    expect(withPage).toHaveLength(1);
    const pageRun = all(withPage[0] as Document, 'w:r').find((r) => all(r, 'w:sz').length > 0) as Element;
    expect(wAttr(all(pageRun, 'w:sz')[0])).toBe('26');
    expect(headers.filter((h) => all(h, 'w:instrText').length === 0)).toHaveLength(1);
  });

  it('writes the same document XML for the same input (the batch cache relies on it)', async () => {
    const again = openDocx((await packOfficialDoc(sampleLetter())).buffer);
    for (const part of ['word/document.xml', 'word/footnotes.xml', 'word/styles.xml']) expect(again.text(part)).toBe(docx.text(part));
  });

  it('keeps Vietnamese diacritics intact and NFC', () => {
    const xml = docx.text('word/document.xml');
    expect(xml).toBe(xml.normalize('NFC'));
    for (const word of ['Ủy ban nhân dân các xã, phường', 'Bình Dân học vụ số', 'Lâm Hải Giang', 'Độc lập']) expect(xml).toContain(word);
  });
});
