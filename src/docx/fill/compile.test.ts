import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { sampleLetter } from '../../../test/helpers/sample-letter.js';
import { parseMarkdown } from '../markdown.js';
import { packDocx } from '../pack.js';
import { compileDocx, type PackFn } from './compile.js';
import { DocxFiller } from './fill.js';
import type { FieldValues } from './template.js';

const documentXml = (docx: Uint8Array): string => new PizZip(docx).file('word/document.xml')?.asText() ?? '';

// One addressee, printed on the label's line: the shape of a letter sent to each commune.
const letterTo: PackFn = (v: FieldValues) => packDocx(sampleLetter({ to: [v.name ?? ''] }));

async function compiled(pack: PackFn, fields: readonly string[]) {
  const result = await compileDocx(pack, fields);
  if (!result.ok) throw new Error(result.reason.en);
  return result.template;
}

describe('compileDocx and DocxFiller', () => {
  it('give the same word/document.xml as the single-document path, byte for byte', async () => {
    const filler = await DocxFiller.open(await compiled(letterTo, ['name']));
    const names = ['Ủy ban nhân dân xã Ia Grai', "Ủy ban nhân dân xã Ea H'Leo", 'Ủy ban nhân dân phường Hoà Bình', 'Sở KH&CN', 'Ủy ban nhân dân phường 1'];
    for (const name of names) {
      const filled = documentXml(await filler.fill({ name }));
      expect(filled).toBe(documentXml(await letterTo({ name })));
      expect(filled).toContain('Kính gửi:');
    }
  });

  it('fills NFD input as NFC, as the layout writes it', async () => {
    const filler = await DocxFiller.open(await compiled(letterTo, ['name']));
    const nfd = 'Ủy ban nhân dân xã Ia Grai'.normalize('NFD');
    const xml = documentXml(await filler.fill({ name: nfd }));
    expect(xml).toContain('Ủy ban nhân dân xã Ia Grai'.normalize('NFC'));
    expect(xml).toBe(documentXml(await letterTo({ name: nfd })));
  });

  it('puts a field used twice in both places', async () => {
    const pack: PackFn = (v) => packDocx(sampleLetter({ to: [v.name ?? ''], distribution: ['Như trên', `${v.name ?? ''} (để thực hiện)`, 'Lưu: VT'] }));
    const filler = await DocxFiller.open(await compiled(pack, ['name']));
    const xml = documentXml(await filler.fill({ name: 'Ủy ban nhân dân xã Ia Pa' }));
    expect(xml.split('Ủy ban nhân dân xã Ia Pa').length - 1).toBe(2);
    expect(xml).toBe(documentXml(await pack({ name: 'Ủy ban nhân dân xã Ia Pa' })));
  });

  it('keeps every other entry of the template unchanged', async () => {
    const template = await compiled(letterTo, ['name']);
    const filler = await DocxFiller.open(template);
    const before = new PizZip(template.packed);
    const after = new PizZip(await filler.fill({ name: 'Ủy ban nhân dân xã Ia Grai' }));
    const names = Object.keys(before.files).filter((n) => n !== 'word/document.xml');
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
    for (const n of names) expect(after.file(n)?.asText()).toBe(before.file(n)?.asText());
  });

  it('refuses a layout that depends on the length of the field (several addressees are aligned by width)', async () => {
    const pack: PackFn = (v) => packDocx(sampleLetter({ to: [v.name ?? '', 'Sở Nội vụ'] }));
    const result = await compileDocx(pack, ['name']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toMatch(/depends on a field's length/);
  });

  it('refuses a field the layout changes (the issuer is printed upper case)', async () => {
    const pack: PackFn = (v) => packDocx(sampleLetter({ header: { ...sampleLetter().header, issuer: [(v.name ?? '').toUpperCase()] } }));
    const result = await compileDocx(pack, ['name']);
    expect(result.ok).toBe(false);
  });

  it('fills a field the view prints upper case in upper case', async () => {
    const pack: PackFn = (v) => packDocx(sampleLetter({ to: [v.name ?? ''], body: parseMarkdown(`Gửi ${(v.name ?? '').toLocaleUpperCase('vi')} để thực hiện.`) }));
    const template = await compiled(pack, ['name']);
    expect(template.holes[0]?.slots.map((s) => s.case).sort()).toEqual(['same', 'upper']);
    const filler = await DocxFiller.open(template);
    const xml = documentXml(await filler.fill({ name: 'Ủy ban nhân dân xã Ia Grai' }));
    expect(xml).toContain('ỦY BAN NHÂN DÂN XÃ IA GRAI');
    expect(xml).toBe(documentXml(await pack({ name: 'Ủy ban nhân dân xã Ia Grai' })));
  });

  it('refuses a field whose first letter the view lowers', async () => {
    const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
    const result = await compileDocx((v) => packDocx(sampleLetter({ to: [lowerFirst(v.name ?? '')] })), ['name']);
    expect(result).toMatchObject({ ok: false, reason: { en: 'A field is transformed by the layout (in `word/document.xml`)' } });
  });

  it('refuses a field that does not reach the document', async () => {
    const result = await compileDocx(() => packDocx(sampleLetter()), ['name']);
    expect(result).toMatchObject({ ok: false, reason: { en: 'Field(s) name not found in the document' } });
  });
});
