import { bytePosition, decode, findLegacyMojibake } from '../load/encoding.js';
import type { Diagnostic, Text } from '../report/diagnostic.js';
import { limitOf, overLimit } from '../load/limits.js';
import { legacyEncodingMessage } from '../load/legacy-name.js';
import { docxReadFailure, guardDocx } from './docx-guard.js';
import { docxToText } from './docx-text.js';
import { tooDeep } from './nesting.js';
import { tx } from './notes.js';

/** The text of a source file, or why it cannot be imported. */
export type SourceText =
  | { readonly ok: true; readonly text: string; readonly format: 'text' | 'docx'; readonly notes: readonly Text[] }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

const ZIP = [0x50, 0x4b, 0x03, 0x04] as const;
const OLE = [0xd0, 0xcf, 0x11, 0xe0] as const;
const PDF = [0x25, 0x50, 0x44, 0x46] as const;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

function fail(file: string, rule: string, message: Text, line = 1, column = 1, found?: string): SourceText {
  return { ok: false, diagnostic: { rule, severity: 'error', message, place: { file, line, column }, ...(found ? { found } : {}) } };
}

/**
 * Reads the bytes of a letter: UTF-8 (or UTF-16 with its mark) text, or a .docx. Refuses with a
 * clear message an empty file, a binary one, a zip that is not a Word document, the old .doc
 * format, a PDF, and text in the legacy Vietnamese encodings (TCVN3/ABC, VNI), saying where.
 * Decomposed (NFD) text is accepted and noted.
 */
export async function readSource(bytes: Uint8Array, file: string): Promise<SourceText> {
  if (bytes.length === 0) return fail(file, 'import-empty', tx('Tệp rỗng: không có gì để nhập', 'The file is empty: nothing to import'));
  if (startsWith(bytes, ZIP)) return readDocx(bytes, file);
  if (/\.docx$/i.test(file) && startsWith(bytes, OLE)) return fail(file, 'import-encrypted', oleDocxMessage(bytes));
  if (/\.docx$/i.test(file)) {
    return fail(file, 'import-not-docx', tx('Tệp .docx không phải tệp Word (không phải gói zip)', 'The .docx file is not a Word document (not a zip package)'));
  }
  if (startsWith(bytes, OLE)) {
    return fail(file, 'import-doc', tx('Định dạng Word cũ (.doc) chưa được hỗ trợ: hãy lưu thành .docx', 'The old Word format (.doc) is not supported: save it as .docx'));
  }
  if (startsWith(bytes, PDF)) {
    return fail(file, 'import-pdf', tx('Tệp PDF chưa được hỗ trợ: hãy dùng tệp .docx hoặc văn bản', 'PDF is not supported: use the .docx or a text file'));
  }
  const utf16 = utf16Text(bytes);
  const decoded = utf16 !== undefined ? { kind: 'utf8' as const, text: utf16 } : decode(bytes);
  if (decoded.kind === 'binary') {
    const at = bytePosition(bytes, decoded.offset);
    return fail(file, 'import-binary', tx('Tệp không phải văn bản (có dữ liệu nhị phân)', 'The file is not text (it holds binary data)'), at.line, at.column);
  }
  if (decoded.kind === 'legacy') {
    const at = bytePosition(bytes, decoded.offset);
    return fail(file, 'import-legacy-encoding', legacyEncodingMessage(bytes, file), at.line, at.column);
  }
  return fromText(decoded.text, file, 'text');
}

const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** An OLE compound file named .docx: a password-protected Word file, or an old .doc renamed. */
function oleDocxMessage(bytes: Uint8Array): Text {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED)) {
    return tx(
      'Tệp .docx được đặt mật khẩu (mã hóa): mở trong Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại',
      'The .docx is password-protected (encrypted): open it in Word, remove the password (File → Info → Protect Document) and save it again',
    );
  }
  return tx('Tệp .docx thực ra là tệp Word cũ (.doc) đổi tên: hãy mở và lưu thành .docx', 'The .docx is really an old Word file (.doc) renamed: open it and save it as .docx');
}

function fromText(raw: string, file: string, format: 'text' | 'docx'): SourceText {
  const text = raw.replace(/^\uFEFF/, '');
  const max = limitOf('importTextBytes');
  const size = Buffer.byteLength(text, 'utf8');
  if (size > max) return fail(file, 'import-limit', overLimit('importTextBytes', `${size} byte`, max));
  const deep = tooDeep(text);
  if (deep) {
    const what = { quote: tx('trích dẫn (>) lồng', 'nested quotes (>)'), list: tx('danh sách lồng', 'nested lists'), indent: tx('thụt lề', 'indentation') }[deep.construct];
    return fail(file, 'import-limit', overLimit('nestingDepth', tx(`${what.vi} ${deep.depth} cấp ở dòng ${deep.line}`, `${what.en} ${deep.depth} levels deep at line ${deep.line}`)), deep.line, 1);
  }
  if (text.trim() === '') return fail(file, 'import-empty', tx('Tệp không có chữ nào: không có gì để nhập', 'The file has no text: nothing to import'));
  const mojibake = findLegacyMojibake(text);
  if (mojibake >= 0) {
    const before = text.slice(0, mojibake);
    const line = before.split('\n').length;
    const found = text.slice(mojibake, mojibake + 20).split('\n')[0];
    return fail(file, 'import-legacy-encoding', legacyEncodingMessage(Buffer.from(text.slice(mojibake, mojibake + 4096), 'latin1'), file, true), line, mojibake - before.lastIndexOf('\n'), found);
  }
  const notes: Text[] = [];
  if (text !== text.normalize('NFC')) {
    notes.push(tx('Văn bản ở dạng Unicode tổ hợp (NFD): đã chuẩn hóa về dạng dựng sẵn (NFC)', 'The text is decomposed Unicode (NFD): normalised to precomposed (NFC)'));
  }
  return { ok: true, text: text.normalize('NFC'), format, notes };
}

/** UTF-16 text with its byte-order mark, as Windows tools save "Unicode" text. */
function utf16Text(bytes: Uint8Array): string | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return undefined;
  try {
    return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2));
  } catch {
    return undefined;
  }
}

async function readDocx(bytes: Uint8Array, file: string): Promise<SourceText> {
  const refused = await guardDocx(bytes);
  if (refused) return fail(file, refused.rule, refused.message, refused.line, refused.column, refused.found);
  let text: string;
  try {
    text = await docxToText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    const why = await docxReadFailure(e, bytes);
    return fail(file, why.rule, why.message);
  }
  return fromText(text, file, 'docx');
}
