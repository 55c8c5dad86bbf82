import type { Text } from '../report/diagnostic.js';

/**
 * Which legacy Vietnamese encoding 8-bit text is most likely in, told by the bytes each one uses
 * for its commonest letters and tone marks, and the command that converts it to UTF-8.
 */

/** A legacy encoding of Vietnamese text. */
export type LegacyEncoding = 'TCVN3' | 'VNI' | 'Windows-1258';

// TCVN3 (ABC) puts precomposed letters in 0xA1–0xFF: đ ®, â ©, ơ ¬, ư ­, á ¸, à µ, ệ Ö, ế Õ, ạ ¹, ả ¶.
const TCVN3 = [0xae, 0xa9, 0xac, 0xad, 0xb8, 0xb5, 0xd6, 0xd5, 0xb9, 0xb6, 0xa7, 0xa8];
// VNI writes a base letter then a mark byte: ù/Ù (sắc), ø/Ø (huyền), û/Û (hỏi), õ (ngã), ï/Ï (nặng), â/Â (mũ), æ (ỉ), ñ/Ñ đ, ö ư, ô ơ.
const VNI = [0xf9, 0xd9, 0xf8, 0xd8, 0xfb, 0xdb, 0xf5, 0xef, 0xcf, 0xf1, 0xd1, 0xf6, 0xf4, 0xe2, 0xc2, 0xe4, 0xe1, 0xe0, 0xe5, 0xe6];
// Windows-1258 keeps the tone marks as combining bytes: ì (sắc), Ì (huyền), Ò (hỏi), Þ (ngã), ò (nặng); ð đ, ý ư, õ ơ.
const CP1258 = [0xec, 0xcc, 0xd2, 0xde, 0xf2, 0xf0, 0xfd, 0xe3, 0xf5, 0xd0];

function score(bytes: Uint8Array, set: readonly number[]): number {
  const wanted = new Set(set);
  let n = 0;
  for (const b of bytes) if (wanted.has(b)) n++;
  return n;
}

/** The most likely legacy encoding of 8-bit Vietnamese bytes. */
export function guessLegacy(bytes: Uint8Array): LegacyEncoding {
  const scores: [LegacyEncoding, number][] = [
    ['TCVN3', score(bytes, TCVN3)],
    ['VNI', score(bytes, VNI)],
    ['Windows-1258', score(bytes, CP1258)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]?.[0] ?? 'TCVN3';
}

/** How to convert a file from its legacy encoding to UTF-8 (iconv where it knows the encoding). */
export function convertHint(encoding: LegacyEncoding, file: string, viaLatin1 = false): Text {
  // Text already converted as if it were Latin-1 goes back to its bytes first.
  const source = viaLatin1 ? `iconv -f UTF-8 -t WINDOWS-1252 '${file}' | iconv` : 'iconv';
  const input = viaLatin1 ? '' : ` '${file}'`;
  if (encoding === 'Windows-1258') {
    const cmd = `${source} -f CP1258 -t UTF-8${input} | uconv -x any-nfc > '${file}.utf8'`;
    return { vi: `chuyển bằng: ${cmd} (hoặc Unikey: Công cụ chuyển mã)`, en: `convert with: ${cmd} (or Unikey's converter)` };
  }
  if (encoding === 'TCVN3') {
    const cmd = `${source} -f TCVN5712-1 -t UTF-8${input} > '${file}.utf8'`;
    return { vi: `chuyển bằng: ${cmd} (hoặc Unikey: Công cụ chuyển mã, TCVN3 → Unicode)`, en: `convert with: ${cmd} (or Unikey's converter, TCVN3 → Unicode)` };
  }
  // iconv has no VNI table.
  return { vi: 'chuyển bằng Unikey: Công cụ chuyển mã, VNI Windows → Unicode', en: "convert with Unikey's converter, VNI Windows → Unicode (iconv has no VNI table)" };
}

/** "The text is in X, not UTF-8: convert with …". */
export function legacyEncodingMessage(bytes: Uint8Array, file: string, viaLatin1 = false): Text {
  const enc = guessLegacy(bytes);
  const hint = convertHint(enc, file, viaLatin1);
  if (viaLatin1) {
    return {
      vi: `Văn bản bảng mã ${enc} đã bị chuyển sang Unicode sai cách (như thể là Latin-1, chữ thành “©”, “®”); ${hint.vi}, rồi chạy lại`,
      en: `Text in the ${enc} encoding was converted to Unicode the wrong way (as if it were Latin-1, letters became “©”, “®”); ${hint.en}, then run again`,
    };
  }
  return {
    vi: `Văn bản không phải UTF-8: có vẻ dùng bảng mã ${enc}; ${hint.vi}, rồi chạy lại`,
    en: `The text is not UTF-8: it seems to be in the ${enc} encoding; ${hint.en}, then run again`,
  };
}
