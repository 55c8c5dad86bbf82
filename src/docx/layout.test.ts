import { describe, expect, it } from 'vitest';
import { all, child, openDocx, paragraphStarting, paragraphText, paragraphsWhere, pPr, textRunFormats, wAttr } from '../../test/helpers/docx-inspect.js';
import { sampleLetter } from '../../test/helpers/sample-letter.js';
import { MOTTO } from './blocks/header.js';
import { parseMarkdown } from './markdown.js';
import { packOfficialDoc } from './pack.js';
import { ProfileError } from './profile.js';
import { textWidthPt } from './text-width.js';

async function open(input: Parameters<typeof packOfficialDoc>[0], profile?: Parameters<typeof packOfficialDoc>[1]) {
  const { buffer, warnings } = await packOfficialDoc(input, profile, { lang: 'en' });
  return { docx: openDocx(buffer), warnings };
}

/** Length of the rule paragraph right after `p`: its cell's width less its indents, in twips. */
function ruleLength(p: Element): number {
  const rule = p.nextSibling as Element;
  const ind = pPr(rule, 'w:ind');
  const cell = rule.parentNode as Element;
  const cellWidth = Number(wAttr(all(cell, 'w:tcW')[0], 'w:w'));
  return cellWidth - 2 * 57 - Number(wAttr(ind, 'w:left')) - Number(wAttr(ind, 'w:right'));
}

describe('Decree 30 layout', () => {
  it('draws the motto line as long as the motto, the issuer line 1/3–1/2 of the issuer', async () => {
    const { docx } = await open(sampleLetter());
    const motto = textWidthPt(MOTTO, 13, 'bold') * 20;
    expect(ruleLength(paragraphStarting(docx.document, MOTTO)) / motto).toBeCloseTo(1, 1);
    const issuer = textWidthPt('ỦY BAN NHÂN DÂN', 12, 'bold') * 20;
    const ratio = ruleLength(paragraphStarting(docx.document, 'TỈNH GIA LAI')) / issuer;
    expect(ratio).toBeGreaterThanOrEqual(1 / 3 - 0.01);
    expect(ratio).toBeLessThanOrEqual(0.5 + 0.01);
  });

  it('prints a draft with blanks: number, day, agency unknown', async () => {
    const { docx } = await open(
      sampleLetter({
        header: { issuer: [], symbol: 'UBND-TH', place: 'An Giang', date: { month: 5, year: 2026 }, subject: 'triển khai' },
      }),
    );
    expect(paragraphsWhere(docx.document, 'Số:').map(paragraphText)).toEqual(['Số:      /UBND-TH']);
    expect(paragraphsWhere(docx.document, 'An Giang,').map(paragraphText)).toEqual(['An Giang, ngày     tháng 5 năm 2026']);
    const cell = paragraphStarting(docx.document, 'Số:').parentNode as Element;
    const headerRow = (cell.parentNode as Element).previousSibling as Element;
    const agency = all(headerRow, 'w:tc')[0] as Element;
    const paragraphs = all(agency, 'w:p');
    expect(paragraphs.map(paragraphText)).toEqual(['', '', '']);
    expect(pPr(paragraphs[2] as Element, 'w:pBdr')).toBeDefined();
  });

  it('prints the superior agency not bold above the bold issuer', async () => {
    const { docx } = await open(
      sampleLetter({
        header: { ...sampleLetter().header, superior: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH'], issuer: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      }),
    );
    expect(textRunFormats(paragraphStarting(docx.document, 'THÀNH PHỐ HỒ CHÍ MINH'))[0]).toMatchObject({ sizePt: 12, bold: false });
    expect(textRunFormats(paragraphStarting(docx.document, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'))[0]).toMatchObject({ sizePt: 12, bold: true });
  });

  it('prints a typed document: type name and bold subject under the header, no V/v', async () => {
    const { docx } = await open(
      sampleLetter({
        header: {
          issuer: ['THỦ TƯỚNG CHÍNH PHỦ'],
          number: '14',
          symbol: 'CT-TTg',
          place: 'Hà Nội',
          date: { day: 22, month: 4, year: 2026 },
          kindTitle: 'CHỈ THỊ',
          subject: 'Về đẩy mạnh bồi dưỡng và đánh giá kiến thức, kỹ năng số\nđối với cán bộ, công chức, viên chức',
        },
        to: [],
        signer: { lines: ['KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG'], name: 'Phạm Thị Thanh Trà' },
      }),
    );
    expect(paragraphsWhere(docx.document, 'V/v')).toHaveLength(0);
    expect(paragraphsWhere(docx.document, 'Kính gửi')).toHaveLength(0);
    const title = paragraphStarting(docx.document, 'CHỈ THỊ');
    expect(textRunFormats(title)[0]).toMatchObject({ sizePt: 14, bold: true });
    expect(wAttr(pPr(title, 'w:jc'))).toBe('center');
    // Set apart from the number line above it by a blank line's room: 18 pt.
    expect(wAttr(pPr(title, 'w:spacing'), 'w:before')).toBe('360');
    const subject = paragraphStarting(docx.document, 'Về đẩy mạnh');
    expect(paragraphText(subject)).toBe('Về đẩy mạnh bồi dưỡng và đánh giá kiến thức, kỹ năng số\nđối với cán bộ, công chức, viên chức');
    expect(textRunFormats(subject).every((f) => f.bold && f.sizePt === 14)).toBe(true);
    expect(pPr(subject.nextSibling as Element, 'w:pBdr')).toBeDefined();
  });

  it('states the rule of every line spacing (LibreOffice reads a bare w:line as exact, Word as auto)', async () => {
    const { docx } = await open(sampleLetter({ header: { ...sampleLetter().header, kindTitle: 'KẾ HOẠCH', subject: 'Triển khai\nthực hiện' } }));
    const spacings = all(docx.document, 'w:spacing').filter((s) => wAttr(s, 'w:line') !== undefined);
    expect(spacings.length).toBeGreaterThan(20);
    for (const s of spacings) expect(wAttr(s, 'w:lineRule')).toMatch(/^(auto|exact)$/);
    expect(wAttr(pPr(paragraphStarting(docx.document, 'KẾ HOẠCH'), 'w:spacing'), 'w:lineRule')).toBe('auto');
  });

  it('keeps the closing paragraph with the signature block, and nothing else', async () => {
    const { docx } = await open(sampleLetter({ body: parseMarkdown('Mở đầu.\n\nĐề nghị các cơ quan thực hiện./.\n\n[^1]: Ghi chú.\n') }));
    const kept = (text: string): boolean => pPr(paragraphStarting(docx.document, text), 'w:keepNext') !== undefined;
    expect(kept('Đề nghị các cơ quan')).toBe(true);
    expect(kept('Mở đầu.')).toBe(false);
    // A body ending in a table: nothing to keep, the table is not a paragraph.
    const table = await open(sampleLetter({ body: parseMarkdown('Mở đầu.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n') }));
    expect(pPr(paragraphStarting(table.docx.document, 'Mở đầu.'), 'w:keepNext')).toBeUndefined();
  });

  it('puts one addressee on the label line, and prints legal bases in italics', async () => {
    const { docx } = await open(sampleLetter({ to: ['Bộ Khoa học và Công nghệ'], bases: ['Căn cứ Luật A', 'Căn cứ Nghị định B;'] }));
    expect(paragraphsWhere(docx.document, 'Kính gửi').map(paragraphText)).toEqual(['Kính gửi: Bộ Khoa học và Công nghệ']);
    expect(paragraphsWhere(docx.document, 'Căn cứ').map(paragraphText)).toEqual(['Căn cứ Luật A;', 'Căn cứ Nghị định B.']);
    expect(textRunFormats(paragraphStarting(docx.document, 'Căn cứ Luật A'))[0]).toMatchObject({ sizePt: 14, italics: true });
  });

  it('puts an appendix in its own section: landscape, numbered from 1, no number on its first page', async () => {
    const { docx } = await open(
      sampleLetter({
        appendices: [
          {
            title: 'PHỤ LỤC\nDANH MỤC NHIỆM VỤ',
            subtitle: '(Kèm theo Công văn số 5900/UBND-NC ngày 11/5/2026 của Ủy ban nhân dân tỉnh)',
            body: parseMarkdown('| STT | Nhiệm vụ |\n|---|---|\n| 1 | Tuyên truyền |\n'),
            landscape: true,
          },
        ],
      }),
    );
    const sections = all(docx.document, 'w:sectPr');
    expect(sections).toHaveLength(2);
    const [main, annex] = sections as [Element, Element];
    expect(wAttr(child(main, 'w:pgSz'), 'w:w')).toBe('11906');
    expect([wAttr(child(annex, 'w:pgSz'), 'w:w'), wAttr(child(annex, 'w:pgSz'), 'w:orient')]).toEqual(['16838', 'landscape']);
    for (const s of sections) {
      expect(wAttr(child(s, 'w:pgNumType'), 'w:start')).toBe('1');
      expect(child(s, 'w:titlePg')).toBeDefined();
    }
    expect(textRunFormats(paragraphStarting(docx.document, 'PHỤ LỤC'))[0]).toMatchObject({ sizePt: 14, bold: true });
    expect(textRunFormats(paragraphStarting(docx.document, '(Kèm theo'))[0]).toMatchObject({ sizePt: 14, italics: true, bold: false });
    // The sample body has a task table too; the appendix's is the last table.
    const annexTable = all(docx.document, 'w:tbl').filter((t) => paragraphText(t).startsWith('STT')).at(-1) as Element;
    const widths = all(annexTable, 'w:gridCol').map((c) => Number(wAttr(c, 'w:w')));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
  });

  it('takes a profile: margins and sizes inside the ranges', async () => {
    const { docx } = await open(sampleLetter(), { marginsMm: { top: 25, left: 35 }, sizes: { body: 13 }, body: { indentCm: 1 } });
    const sect = all(docx.document, 'w:sectPr')[0] as Element;
    expect([wAttr(child(sect, 'w:pgMar'), 'w:top'), wAttr(child(sect, 'w:pgMar'), 'w:left')]).toEqual(['1417', '1984']);
    const p = paragraphStarting(docx.document, 'Thực hiện Chỉ thị');
    expect(wAttr(pPr(p, 'w:ind'), 'w:firstLine')).toBe('567');
    expect(textRunFormats(p)[0]?.sizePt).toBe(13);
  });

  it('refuses a profile outside the decree', async () => {
    await expect(packOfficialDoc(sampleLetter(), { marginsMm: { right: 10 } })).rejects.toBeInstanceOf(ProfileError);
  });

  it('warns when the national title would not fit its column', async () => {
    const { warnings } = await open(sampleLetter(), { sizes: { nationalTitle: 13 }, headerLeft: 0.45 });
    expect(warnings.map((w) => w.code)).toContain('header-overflow');
  });
});
