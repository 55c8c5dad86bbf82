import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Diagnostic, Text } from '../report/diagnostic.js';
import { legacyEncodingMessage } from './legacy-name.js';
import { bytePosition, decode, findLegacyMojibake } from './encoding.js';
import { placeOfFile } from './source.js';

/** Default limit on the size of one input file: 1 MiB (a long plan is under 100 KiB). */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** The text of a file, or the findings that say why it cannot be read as text. */
export type TextResult = { readonly text: string } | { readonly diagnostics: readonly Diagnostic[] };

/** A device, pipe or socket: `/dev/zero` would never end. */
function notRegular(file: string): Diagnostic {
  return {
    rule: 'file-not-regular',
    severity: 'error',
    message: { vi: 'Không phải tệp thường (thiết bị, ống hay socket): không đọc', en: 'Not a regular file (a device, pipe or socket): not read' },
    place: placeOfFile(file),
  };
}

/** The bytes of a file, or the finding that it is larger than the limit. */
export type BytesResult = { readonly bytes: Buffer } | { readonly diagnostics: readonly Diagnostic[] };

/** Reads one input file's bytes, the size limit first. */
export function readBytes(path: string, file: string, maxBytes: number): BytesResult {
  // Non-blocking open: a named pipe would otherwise wait for a writer before fstat could refuse it.
  // Synchronous, one open for the size and the bytes: for thousands of small files this costs a
  // fraction of the CPU of the promise API, and the loader has nothing else to do meanwhile.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { diagnostics: [notRegular(file)] };
    const size = st.size;
    if (size > maxBytes) return { diagnostics: [tooLarge(file, size, maxBytes)] };
    return { bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

/** Reads one input file as UTF-8 text: size limit first, then binary, legacy encodings and BOM. */
export function readText(path: string, file: string, maxBytes: number): TextResult {
  const read = readBytes(path, file, maxBytes);
  return 'bytes' in read ? textOf(read.bytes, file) : read;
}

/** The text of a file's bytes when they are UTF-8 text (a BOM dropped), else why not. */
export function textOf(bytes: Buffer, file: string): TextResult {
  if (bytes.length === 0) return { diagnostics: [empty(file)] };
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') {
    return {
      diagnostics: [
        {
          rule: 'file-binary',
          severity: 'error',
          message: {
            vi: 'Tệp không phải văn bản (có byte NUL hoặc không phải UTF-8): đây có phải tệp YAML không?',
            en: 'The file is not text (it has NUL bytes or is not UTF-8): is it a YAML file?',
          },
          place: placeOfFile(file),
          expected: { vi: 'một tệp YAML mã hóa UTF-8', en: 'a YAML file encoded in UTF-8' },
        },
      ],
    };
  }
  if (decoded.kind === 'legacy') {
    const at = bytePosition(bytes, decoded.offset);
    return { diagnostics: [legacy(file, at.line, at.column, undefined, legacyEncodingMessage(bytes, file))] };
  }
  const mojibake = findLegacyMojibake(decoded.text);
  if (mojibake >= 0) {
    const before = decoded.text.slice(0, mojibake);
    const line = before.split('\n').length;
    const column = mojibake - before.lastIndexOf('\n');
    const found = decoded.text.slice(mojibake, mojibake + 20).split('\n')[0];
    return { diagnostics: [legacy(file, line, column, found, legacyEncodingMessage(Buffer.from(decoded.text.slice(mojibake, mojibake + 4096), 'latin1'), file, true))] };
  }
  return { text: decoded.text };
}

function legacy(file: string, line: number, column: number, found: string | undefined, message: Text): Diagnostic {
  return {
    rule: 'file-legacy-encoding',
    severity: 'error',
    message,
    place: { file, line, column },
    ...(found === undefined ? {} : { found }),
    expected: { vi: 'văn bản Unicode (UTF-8, dựng sẵn)', en: 'Unicode text (UTF-8, precomposed)' },
  };
}

function tooLarge(file: string, size: number, max: number): Diagnostic {
  return {
    rule: 'file-too-large',
    severity: 'error',
    message: {
      vi: `Tệp quá lớn: ${size} byte, giới hạn ${max} byte; tệp không được đọc`,
      en: `The file is too large: ${size} bytes, the limit is ${max} bytes; it was not read`,
    },
    place: placeOfFile(file),
    expected: { vi: `tối đa ${max} byte`, en: `at most ${max} bytes` },
  };
}

/** A file with no YAML content at all (nothing, or only comments). */
export function empty(file: string): Diagnostic {
  return {
    rule: 'file-empty',
    severity: 'warning',
    message: { vi: 'Tệp rỗng: không có nội dung YAML, bỏ qua', en: 'The file is empty: no YAML content, skipped' },
    place: placeOfFile(file),
  };
}
