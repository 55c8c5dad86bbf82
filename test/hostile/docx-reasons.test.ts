import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/import/source.js';

// Each way a .docx can fail to be a readable Word file says which way, instead of one message for all.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function refusal(bytes: Uint8Array, file: string): Promise<string> {
  const r = await readSource(bytes, file);
  return r.ok ? 'read' : `${r.diagnostic.rule} ${r.diagnostic.place?.line}:${r.diagnostic.place?.column} ${r.diagnostic.message.en}`;
}

const DOC = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Số: 1</w:t></w:r></w:p></w:body></w:document>';
const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

describe('why a .docx cannot be read', () => {
  it('an encrypted .docx (an OLE compound file holding EncryptedPackage)', async () => {
    const bytes = new Uint8Array([...OLE, ...new Uint8Array(100), ...Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(await refusal(bytes, 'a.docx')).toBe(
      'import-encrypted 1:1 The .docx is password-protected (encrypted): open it in Word, remove the password (File → Info → Protect Document) and save it again',
    );
  });

  it('an old .doc renamed .docx', async () => {
    expect(await refusal(new Uint8Array([...OLE, 0, 0, 0]), 'a.docx')).toBe('import-encrypted 1:1 The .docx is really an old Word file (.doc) renamed: open it and save it as .docx');
  });

  it('an Excel workbook named .docx', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': TYPES, 'xl/workbook.xml': '<workbook/>' });
    expect(await refusal(bytes, 'a.docx')).toBe('import-not-docx 1:1 This zip file is not a Word .docx document: it is an Excel workbook (.xlsx) (it has no word/document.xml)');
  });

  it('a plain zip named .docx', async () => {
    expect(await refusal(await zipOf({ 'notes.txt': 'hello' }), 'a.docx')).toBe(
      'import-not-docx 1:1 This zip file is not a Word .docx document: it is a plain zip archive (it has no word/document.xml)',
    );
  });

  it('entity declarations are refused at their line', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': TYPES, '_rels/.rels': RELS, 'word/document.xml': `<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY a "aaaa">]>\n${DOC.slice(21)}` });
    expect(await refusal(bytes, 'a.docx')).toBe(
      'import-xml-entities 2:1 The .docx declares XML entities (<!DOCTYPE>) in word/document.xml, line 2: refused (Word never writes them; they can inflate the text)',
    );
  });

  it('broken XML says the line', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': TYPES, '_rels/.rels': RELS, 'word/document.xml': `${DOC.slice(0, 21)}\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\n<w:body><w:p></w:body>` });
    expect(await refusal(bytes, 'a.docx')).toMatch(/^import-bad-xml 1:1 The \.docx is damaged: the XML of word\/document\.xml is broken at line 3, column \d+ \(/);
  });

  it('a zip cut short', async () => {
    const whole = await zipOf({ 'word/document.xml': DOC });
    expect(await refusal(whole.subarray(0, 40), 'a.docx')).toMatch(/^import-not-docx 1:1 The \.docx is damaged: its zip package cannot be read \(/);
  });
});
