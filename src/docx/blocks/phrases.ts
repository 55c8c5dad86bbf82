/** The no-break space that holds a fixed phrase on one line. */
export const NBSP = '\u00A0';

// Fixed phrases a line must not break inside: titles and bodies of office, a document's type word
// with its number and symbol, dates. Both tone placements (`Ủy`/`Uỷ`) are matched.
const PHRASES: readonly RegExp[] = [
  /(?:Phó\s+)?Thủ\s+tướng\s+Chính\s+phủ/giu,
  /Chính\s+phủ/giu,
  /(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân/giu,
  /Hội\s+đồng\s+nhân\s+dân/giu,
  // `Chỉ thị số 14/CT-TTg`, `Công văn số 5900/UBND-NC`, `số 14/CT-TTg`.
  /(?:(?:Chỉ\s+thị|Công\s+văn|Quyết\s+định|Kế\s+hoạch|Thông\s+tư|Nghị\s+định|Nghị\s+quyết|Báo\s+cáo)\s+)?số\s+[^\s/]*\/[^\s,;.)]+/giu,
  // `ngày 22 tháng 4 năm 2026`, `ngày 22/4/2026`, `tháng 5/2026`, `tháng 5 năm 2026`, `năm 2026`.
  /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/giu,
  /ngày\s+\d{1,2}\/\d{1,2}\/\d{4}/giu,
  /tháng\s+\d{1,2}(?:\/\d{4}|\s+năm\s+\d{4})?/giu,
  /năm\s+\d{4}/giu,
];

/**
 * A header, subject or title line with no-break spaces inside its fixed phrases, so that Word and
 * LibreOffice wrap it between phrases (`… của / Thủ tướng Chính phủ`), never inside one (`Thủ / tướng`).
 */
export function keepPhrases(text: string): string {
  return PHRASES.reduce((t, re) => t.replace(re, (m) => m.replace(/ +/g, NBSP)), text);
}
