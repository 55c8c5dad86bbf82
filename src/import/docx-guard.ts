import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { limitOf, overLimit } from '../load/limits.js';
import type { Text } from '../report/diagnostic.js';
import { tx } from './notes.js';
import { locateXmlBreak } from './xml-where.js';

/** Why a zip cannot be read as a Word document, with the line of the part when it is about XML. */
export interface DocxRefusal {
  readonly rule: string;
  readonly message: Text;
  readonly line?: number;
  readonly column?: number;
  readonly found?: string;
}

interface Entry {
  readonly name: string;
  readonly declared: number;
  readonly file: JSZip.JSZipObject;
}

/** The uncompressed size a zip entry declares (JSZip keeps it from the central directory). */
function declaredSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

interface Compressed {
  readonly compressedContent?: unknown;
  readonly compression?: { readonly magic?: string };
}

/**
 * Inflates one entry with Node's zlib, which stops at `budget` bytes of output (a zip's sizes can
 * lie): the entry's compressed bytes as JSZip found them, stored or deflated.
 */
function inflateCapped(file: JSZip.JSZipObject, budget: number): { bytes: Buffer; over: boolean } {
  const data = (file as unknown as { _data?: Compressed })._data;
  const raw = data?.compressedContent;
  const content = raw instanceof Uint8Array ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) : undefined;
  if (!content) throw new Error('no compressed content');
  const magic = data?.compression?.magic;
  if (magic === '\x00\x00') return content.length > budget ? { bytes: Buffer.alloc(0), over: true } : { bytes: content, over: false };
  if (magic !== '\x08\x00') throw new Error('unknown compression');
  try {
    return { bytes: inflateRawSync(content, { maxOutputLength: budget }), over: false };
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return { bytes: Buffer.alloc(0), over: true };
    throw e;
  }
}

const KIND_OF_ZIP: readonly [RegExp, Text][] = [
  [/^xl\/workbook\.xml$/, tx('một bảng tính Excel (.xlsx)', 'an Excel workbook (.xlsx)')],
  [/^ppt\/presentation\.xml$/, tx('một bản trình chiếu PowerPoint (.pptx)', 'a PowerPoint presentation (.pptx)')],
  [/^content\.xml$/, tx('một tệp OpenDocument (.odt/.ods)', 'an OpenDocument file (.odt/.ods)')],
];

function notWord(names: readonly string[]): DocxRefusal {
  const kind = KIND_OF_ZIP.find(([re]) => names.some((n) => re.test(n)))?.[1] ?? tx('một tệp nén zip thường', 'a plain zip archive');
  return {
    rule: 'import-not-docx',
    message: tx(`Tệp nén (zip) này không phải văn bản Word .docx: đây là ${kind.vi} (không có word/document.xml)`, `This zip file is not a Word .docx document: it is ${kind.en} (it has no word/document.xml)`),
  };
}

/** Line and column of an offset in a text. */
function lineOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Checks a .docx before anything reads it in full: the zip's declared sizes first (a zip bomb is
 * refused from its central directory, without inflating), then each XML part inflated under a
 * streaming cap (sizes can lie), then entity declarations (refused: they expand text). Undefined
 * when the file may be handed to the Word reader.
 */
export async function guardDocx(bytes: Uint8Array): Promise<DocxRefusal | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { rule: 'import-not-docx', message: tx(`Tệp .docx bị hỏng: gói zip không đọc được (${why})`, `The .docx is damaged: its zip package cannot be read (${why})`) };
  }
  const entries: Entry[] = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => ({ name: f.name, declared: declaredSize(f), file: f }));
  const max = limitOf('docxInflatedBytes');
  const declared = entries.reduce((n, e) => n + e.declared, 0);
  if (declared > max) return { rule: 'import-limit', message: overLimit('docxInflatedBytes', tx(`${declared} byte theo khai báo trong tệp zip`, `${declared} bytes declared in the zip`), max) };
  if (!entries.some((e) => e.name === 'word/document.xml')) return notWord(entries.map((e) => e.name));
  let budget = max;
  for (const e of entries) {
    let inflated: ReturnType<typeof inflateCapped>;
    try {
      inflated = inflateCapped(e.file, budget);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return { rule: 'import-bad-zip', message: tx(`Tệp .docx bị hỏng: không giải nén được ${e.name} (${why})`, `The .docx is damaged: ${e.name} cannot be inflated (${why})`) };
    }
    if (inflated.over) return { rule: 'import-limit', message: overLimit('docxInflatedBytes', tx(`${e.name} giải nén ra hơn ${budget} byte`, `${e.name} inflates to more than ${budget} bytes`), max) };
    budget -= inflated.bytes.length;
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    const text = inflated.bytes.toString('utf8');
    const doctype = /<!(DOCTYPE|ENTITY)\b/i.exec(text);
    if (doctype) {
      const at = lineOf(text, doctype.index);
      return {
        rule: 'import-xml-entities',
        message: tx(
          `Tệp .docx có khai báo thực thể XML (<!${doctype[1]}>) trong ${e.name}, dòng ${at.line}: bị từ chối (Word không bao giờ ghi chúng; chúng có thể phình văn bản)`,
          `The .docx declares XML entities (<!${doctype[1]}>) in ${e.name}, line ${at.line}: refused (Word never writes them; they can inflate the text)`,
        ),
        ...at,
        found: text.slice(doctype.index, doctype.index + 40).split('\n')[0] ?? '',
      };
    }
  }
  return undefined;
}

/** The reason the Word reader gave, made plain: broken XML says its part, line and column. */
export async function docxReadFailure(error: unknown, bytes: Uint8Array): Promise<DocxRefusal> {
  const why = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const broken = /xmldom/.test(why) ? await locateXmlBreak(bytes).catch(() => undefined) : undefined;
  if (broken) {
    return {
      rule: 'import-bad-xml',
      message: tx(
        `Tệp .docx bị hỏng: XML của ${broken.part} sai ở dòng ${broken.line}, cột ${broken.column} (${broken.reason})`,
        `The .docx is damaged: the XML of ${broken.part} is broken at line ${broken.line}, column ${broken.column} (${broken.reason})`,
      ),
    };
  }
  if (/xmldom/.test(why)) return { rule: 'import-bad-xml', message: tx(`Tệp .docx bị hỏng: XML của văn bản sai (${why})`, `The .docx is damaged: the document's XML is broken (${why})`) };
  return { rule: 'import-not-docx', message: tx(`Không đọc được văn bản Word: ${why}`, `Cannot read the Word document: ${why}`) };
}
