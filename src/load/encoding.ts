import { isUtf8 } from 'node:buffer';

/**
 * Recognising input that is not UTF-8 text: binary files, and Vietnamese text in the legacy 8-bit
 * encodings (TCVN3/ABC, VNI) that old Word files and fonts (.VnTime, VNI-Times) still produce.
 */

/** What the bytes of a file look like. */
export type Encoding =
  | { readonly kind: 'utf8'; readonly text: string }
  | { readonly kind: 'binary'; readonly offset: number }
  | { readonly kind: 'legacy'; readonly offset: number };

const BOM = [0xef, 0xbb, 0xbf] as const;

/** Decodes UTF-8 (a BOM is accepted and dropped); otherwise says whether it is binary or legacy text. */
export function decode(bytes: Uint8Array): Encoding {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { kind: 'binary', offset: nul };
  const start = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
  const body = bytes.subarray(start);
  // The native check, then the plain conversion: faster than a fatal TextDecoder on every file.
  if (isUtf8(body)) return { kind: 'utf8', text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
  return classifyNonUtf8(body, start);
}

// C0 controls other than tab, newline, carriage return and form feed never occur in text files.
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f;
}

/** Non-UTF-8 bytes: text with 8-bit letters (TCVN3, VNI, any code page) or binary data. */
function classifyNonUtf8(bytes: Uint8Array, shift: number): Encoding {
  let controls = 0;
  let firstHigh = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (isControlByte(b)) controls++;
    else if (b >= 0x80 && firstHigh < 0) firstHigh = i;
  }
  // A text file may carry a stray control byte; binary data is full of them.
  if (controls * 100 > bytes.length) return { kind: 'binary', offset: shift };
  return { kind: 'legacy', offset: shift + Math.max(firstHigh, 0) };
}

// TCVN3 and VNI bytes read as Windows-1252 / Latin-1 give characters that Vietnamese in Unicode never
// uses (TCVN3 "©" is â, "®" is đ, "¸" is á; VNI "Vieät" is Việt, "ñ" is đ). The soft hyphen is TCVN3 ư.
// Ð (U+00D0) is left out: it is often typed for Đ.
const MOJIBAKE = /[\u00a8-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/g;
const LETTER = /\p{L}/gu;

/**
 * Index of the first character of legacy-encoded Vietnamese that was converted to Unicode as if it
 * were Latin-1 ("nh©n d©n"), or -1. Needs several such characters so that "30°C" or a
 * "©" line do not trip it.
 */
export function findLegacyMojibake(text: string): number {
  const hits = [...text.matchAll(MOJIBAKE)];
  if (hits.length < 4) return -1;
  const letters = text.match(LETTER)?.length ?? 0;
  if (hits.length * 50 < letters) return -1;
  return hits[0]?.index ?? -1;
}

/** 1-based line and column of a byte offset in bytes that are not valid UTF-8 (columns count bytes). */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
