import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { all, openDocx, paragraphStarting, paragraphText, textRunFormats, type DocxParts } from '../../../test/helpers/docx-inspect.js';
import { sampleLetter } from '../../../test/helpers/sample-letter.js';
import { parseMarkdown } from '../markdown.js';
import { packOfficialDoc } from '../pack.js';
import type { Lang, LayoutWarning } from '../warnings.js';

interface Rendered {
  readonly docx: DocxParts;
  readonly warnings: readonly LayoutWarning[];
  /** Texts of the body paragraphs (outside tables), between the header and the signature block. */
  readonly texts: string[];
}

async function render(md: string, lang: Lang = 'en'): Promise<Rendered> {
  const { buffer, warnings } = await packOfficialDoc(sampleLetter({ body: parseMarkdown(md), to: [] }), {}, { lang });
  const docx = openDocx(buffer);
  const body = all(docx.document, 'w:body')[0] as Element;
  const texts = Array.from(body.childNodes)
    .filter((n): n is Element => n.nodeName === 'w:p')
    .map(paragraphText);
  return { docx, warnings, texts };
}

describe('mdast builders', () => {
  it('prints ordered and bulleted list markers literally, as written', async () => {
    const { texts } = await render('1. Một\n2. Hai\n\n- Gạch\n  + Cộng\n\n3) Ba\n');
    expect(texts).toEqual(['1. Một', '2. Hai', '- Gạch', '+ Cộng', '3) Ba']);
  });

  it('numbers an ordered list from its start when no marker was recorded', async () => {
    const root = parseMarkdown('5. Năm\n6. Sáu\n');
    const { buffer } = await packOfficialDoc(sampleLetter({ body: stripMarkers(root), to: [] }));
    const texts = all(openDocx(buffer).document, 'w:p').map(paragraphText);
    expect(texts).toContain('5. Năm');
    expect(texts).toContain('6. Sáu');
  });

  it('keeps a title line (no closing punctuation) with the paragraph after it', async () => {
    const { docx } = await render('1. Công tác tuyên truyền, phổ biến\n\nĐẩy mạnh tuyên truyền.\n\na) Cơ quan thực hiện: Các sở.\n\nĐề nghị thực hiện./.\n');
    const keeps = (prefix: string) => all(paragraphStarting(docx.document, prefix), 'w:keepNext').length;
    expect(keeps('1. Công tác')).toBe(1);
    expect(keeps('Đẩy mạnh')).toBe(0);
    expect(keeps('a) Cơ quan')).toBe(0);
  });

  it('prints bold, italic and bold section headings', async () => {
    const { docx } = await render('## I. MỤC ĐÍCH, YÊU CẦU\n\nCó **đậm** và *nghiêng*.\n');
    expect(textRunFormats(paragraphStarting(docx.document, 'I. MỤC ĐÍCH')).every((f) => f.bold)).toBe(true);
    const formats = textRunFormats(paragraphStarting(docx.document, 'Có '));
    expect(formats.map((f) => [f.bold, f.italics])).toEqual([
      [false, false],
      [true, false],
      [false, false],
      [false, true],
      [false, false],
    ]);
  });

  it('prints a link as its address, a labelled link with the address after it', async () => {
    const { texts } = await render('Xem <https://binhdanhocvuso.gov.vn> và [trang khóa học](https://example.vn/k).\n');
    expect(texts).toContain('Xem https://binhdanhocvuso.gov.vn và trang khóa học (https://example.vn/k).');
  });

  it('turns a hard break into a line break and a thematic break into a page break', async () => {
    const { docx } = await render('Dòng một\\\nDòng hai\n\n---\n\nTrang sau\n');
    expect(paragraphText(paragraphStarting(docx.document, 'Dòng một'))).toBe('Dòng một\nDòng hai');
    expect(all(docx.document, 'w:br').some((b) => b.getAttribute('w:type') === 'page')).toBe(true);
  });

  it('prints a blockquote in italics, indented', async () => {
    const { docx } = await render('> Trích dẫn chỉ thị\n');
    const p = paragraphStarting(docx.document, 'Trích dẫn');
    expect(textRunFormats(p).every((f) => f.italics)).toBe(true);
    expect(all(p, 'w:ind')[0]?.getAttribute('w:left')).toBe('567');
  });

  it('warns about HTML and leaves it out', async () => {
    const { texts, warnings } = await render('Trước <span>giữa</span> sau\n\n<div>khối</div>\n');
    expect(texts).toContain('Trước giữa sau');
    expect(texts.join('\n')).not.toContain('<div>');
    expect(warnings.map((w) => w.code)).toEqual(['html', 'html', 'html']);
    expect(warnings[2]).toMatchObject({ nodeType: 'html', line: 3, column: 1 });
  });

  it('warns about an unknown node and prints its text', async () => {
    const { texts, warnings } = await render('```\nmã nguồn\n```\n');
    expect(texts).toContain('mã nguồn');
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'unknown-node', nodeType: 'code', line: 1 }),
    ]);
    expect(warnings[0]?.message).toContain('code');
  });

  it('gives warnings in Vietnamese by default', async () => {
    const { warnings } = await render('```\nx\n```\n', 'vi');
    expect(warnings[0]?.message).toMatch(/^Không in được nút Markdown loại `code`/);
  });

  it('warns about an image and prints its alt text', async () => {
    const { texts, warnings } = await render('Sơ đồ: ![sơ đồ tổ chức](a.png)\n');
    expect(texts).toContain('Sơ đồ: sơ đồ tổ chức');
    expect(warnings.map((w) => w.code)).toEqual(['image']);
  });

  it('prints a picture the document was given, centred and shrunk to the text width', async () => {
    // The smallest PNG (1×1, white): the layout does not read the picture, only places it.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');
    const pictures = new Map([['bieu-do-1.png', { png, widthPx: 1200, heightPx: 300 }]]);
    const input = sampleLetter({ body: parseMarkdown('**Biểu đồ 1**\n\n![Biểu đồ 1](bieu-do-1.png)\n'), to: [], pictures });
    const { buffer, warnings } = await packOfficialDoc(input);
    expect(warnings).toEqual([]);
    const docx = openDocx(buffer);
    expect(docx.files.filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(1);
    const drawing = all(docx.document, 'w:drawing')[0];
    if (!drawing) throw new Error('no picture in the document');
    const extent = all(drawing, 'wp:extent')[0];
    // 1,200 px is wider than the text: printed at the text width (EMU: 635 per twip), the height in proportion.
    const cx = Number(extent?.getAttribute('cx'));
    const cy = Number(extent?.getAttribute('cy'));
    expect(cx).toBeLessThan(1200 * 9525);
    expect(cx).toBeGreaterThan(15 * 360000);
    expect(cx / cy).toBeCloseTo(4, 1);
    expect(all(drawing, 'wp:docPr')[0]?.getAttribute('descr')).toBe('Biểu đồ 1');
    let p: Node | null = drawing;
    while (p && p.nodeName !== 'w:p') p = p.parentNode;
    const jc = all(p as Element, 'w:jc')[0]?.getAttribute('w:val');
    expect(jc).toBe('center');
  });

  it('warns about a definition nothing references', async () => {
    const { texts, warnings, docx } = await render('Văn bản.\n\n[^y]: Không ai dùng.\n');
    expect(texts).toContain('Văn bản.');
    expect(warnings).toEqual([expect.objectContaining({ code: 'footnote-unused', line: 3 })]);
    expect(all(docx.document, 'w:footnoteReference')).toHaveLength(0);
  });

  it('prints a reference without a definition literally and warns', async () => {
    // Markdown leaves `[^x]` as text when nothing defines it; a hand-built tree can still hold one.
    const root: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Văn bản' }, { type: 'footnoteReference', identifier: 'x', label: 'x' }] }],
    };
    const { buffer, warnings } = await packOfficialDoc(sampleLetter({ body: root, to: [] }), {}, { lang: 'en' });
    expect(all(openDocx(buffer).document, 'w:p').map(paragraphText)).toContain('Văn bản[^x]');
    expect(warnings.map((w) => w.code)).toEqual(['footnote-undefined']);
  });

  it('numbers footnotes of the body and an appendix apart, even with the same label', async () => {
    const input = sampleLetter({
      body: parseMarkdown('Thân[^1].\n\n[^1]: Chú thích thân.\n'),
      appendices: [{ title: 'PHỤ LỤC', body: parseMarkdown('Phụ lục[^1].\n\n[^1]: Chú thích phụ lục.\n') }],
    });
    const { buffer, warnings } = await packOfficialDoc(input);
    expect(warnings).toEqual([]);
    const docx = openDocx(buffer);
    const ids = all(docx.document, 'w:footnoteReference').map((r) => r.getAttribute('w:id'));
    expect(new Set(ids).size).toBe(2);
    const notes = all(docx.footnotes as Document, 'w:footnote').filter((n) => ids.includes(n.getAttribute('w:id')));
    expect(notes.map((n) => all(n, 'w:p').map(paragraphText).join('').trim())).toEqual(['Chú thích thân.', 'Chú thích phụ lục.']);
  });

  it('normalises NFD input to NFC and strips control characters', async () => {
    // (Markdown itself turns NUL into U+FFFD, so the controls here are BEL and ESC.)
    const { texts } = await render('Ủy ban\u0007 nhân dân tỉnh\u001B Gia Lai\n'.normalize('NFD'));
    expect(texts).toContain('Ủy ban nhân dân tỉnh Gia Lai');
  });

  it('keeps two adjacent tables apart with a paragraph', async () => {
    const { docx } = await render('| A |\n|---|\n| 1 |\n\n<!-- x -->\n\n| B |\n|---|\n| 2 |\n');
    const body = all(docx.document, 'w:body')[0] as Element;
    const names = Array.from(body.childNodes).map((n) => n.nodeName);
    for (let i = 1; i < names.length; i++) expect(names[i - 1] === 'w:tbl' && names[i] === 'w:tbl').toBe(false);
  });

  it('sets the column widths the delimiter row gives, whatever the cells hold', async () => {
    const grid = async (md: string): Promise<number[]> => {
      const { docx } = await render(md);
      return all(all(docx.document, 'w:tbl')[1] as Element, 'w:gridCol').map((c) => Number(c.getAttribute('w:w')));
    };
    const short = await grid('| STT | Đơn vị | Số |\n|:-:|:----|:--:|\n| 1 | Xã A | 2 |\n');
    const long = await grid('| STT | Đơn vị | Số |\n|:-:|:----|:--:|\n| 1 | Ủy ban nhân dân phường Hoài Nhơn Bắc | 2 |\n');
    expect(long).toEqual(short);
    // 1 : 4 : 2 of the 9355-twip text area.
    expect(short).toEqual([1336, 5347, 2672]);
  });

  it('leaves the widths to the content when every delimiter cell is alike', async () => {
    const { docx } = await render('| STT | Đơn vị | Số |\n|:---:|:---|:---:|\n| 1 | Ủy ban nhân dân phường Hoài Nhơn Bắc | 2 |\n');
    const widths = all(all(docx.document, 'w:tbl')[1] as Element, 'w:gridCol').map((c) => Number(c.getAttribute('w:w')));
    expect(widths[1]).toBeGreaterThan((widths[0] ?? 0) + (widths[2] ?? 0));
  });
});

function stripMarkers<T extends object>(node: T): T {
  if ('data' in node && node.data && typeof node.data === 'object' && 'marker' in node.data) delete (node.data as { marker?: string }).marker;
  if ('children' in node && Array.isArray(node.children)) for (const c of node.children as object[]) stripMarkers(c);
  return node;
}
