import { tx, type ImportWarning } from './notes.js';

/**
 * Numbers and dates that optical character recognition broke ("Số: ÄŸ#Ÿ/Qb-UBND", "ngày 04 tháng j‡
 * năm 2026", "Nghị định số 96/202ØNĐ-CP"): they are found and reported at their place, never read
 * as a value. A number printed with its digits spaced out ("Số:8 5 2 0/BCT-KHCN") is not damaged:
 * the spaces are taken out.
 */

/** A damaged value: where it is on its line and what was printed. */
export interface Damage {
  readonly what: 'number' | 'date' | 'citation';
  /** 0-based offset in the line. */
  readonly index: number;
  readonly found: string;
}

// Glyphs that OCR puts where a digit was.
const JUNK = '[ØøŸÿ£†‡ƒÍÚÙÄ¡¿#§¤|]';
const NUMBER_LINE = /^s[ốô]\s*[:;.]?\s*(.*)$/iu;
const DATE_LINE = /ngày\s*(.{0,8}?)\s*tháng\s*(.{0,8}?)\s*năm\s*(\S{1,6})/iu;

/** "Số:8 5 2 0/BCT-KHCN" → "Số: 8520/BCT-KHCN"; other lines unchanged. */
export function joinSpacedDigits(line: string): string {
  return line.replace(/^(Số\s*:?\s*)((?:\d\s){1,5}\d)(?=\s*\/)/u, (_, head: string, digits: string) => `${head.trimEnd()} ${digits.replace(/\s/g, '')}`);
}

/** A header line that is a number line whose number or symbol OCR broke. */
export function damagedNumberLine(line: string): Damage | undefined {
  const m = NUMBER_LINE.exec(line.trim());
  if (!m) return undefined;
  const value = (m[1] ?? '').trim();
  if (!value.includes('/') && !new RegExp(JUNK, 'u').test(value)) return undefined;
  // The place and date that share the line ("… Lào Cai, ngày …") are not part of the number.
  const found = value.replace(/\s+(?:[\p{Lu}][\p{Ll}]+\s?){1,4},\s*ngày.*$/u, '').replace(/\s{2,}.*$/u, '').trim();
  return { what: 'number', index: line.indexOf(value), found };
}

/** A place-and-date line whose day, month or year is not a number. */
export function damagedDateLine(line: string): Damage | undefined {
  const m = DATE_LINE.exec(line);
  if (!m) return undefined;
  const parts = [m[1] ?? '', m[2] ?? '', m[3] ?? ''].map((p) => p.replace(/[.,;:)/\s]/g, ''));
  const ok = (p: string, blankOk: boolean): boolean => (blankOk && p === '') || /^\d{1,2}$/.test(p);
  const year = /^\d{4}$/.test(parts[2] ?? '') && Number(parts[2]) >= 1945 && Number(parts[2]) <= 2100;
  if (ok(parts[0] ?? '', true) && ok(parts[1] ?? '', true) && year) return undefined;
  return { what: 'date', index: m.index, found: m[0] };
}

const BROKEN_CITATION = new RegExp(String.raw`(?<![\p{L}\p{N}])số\s+(\S*(?:\d${JUNK}|${JUNK}\d)\S*)`, 'giu');

/** Citations in a line of text whose number OCR broke: "Nghị định SỐ 96/202ØNĐ-CP". */
export function damagedCitations(line: string): Damage[] {
  return [...line.matchAll(BROKEN_CITATION)].map((m) => ({ what: 'citation' as const, index: (m.index ?? 0) + m[0].length - (m[1] ?? '').length, found: m[1] ?? '' }));
}

/** The place before a damaged date ("… Lào Cai, ngày 04 tháng j‡ năm 2026" → "Lào Cai"): its words are intact. */
export function placeBeforeDate(line: string): string | undefined {
  return /((?:[\p{Lu}][\p{Ll}]+\s?){1,4}),\s*ngày/u.exec(line)?.[1]?.trim();
}

const WHAT = {
  number: tx('số, ký hiệu có vẻ hỏng do nhận dạng chữ (OCR)', 'number and symbol look broken by OCR'),
  date: tx('ngày ban hành có vẻ hỏng do nhận dạng chữ (OCR)', 'date of issue looks broken by OCR'),
  citation: tx('số của văn bản được dẫn có vẻ hỏng do nhận dạng chữ (OCR)', 'number of a cited document looks broken by OCR'),
} as const;

/** Warnings for the damaged header lines and for every damaged citation in the source. */
export function damageWarnings(source: readonly string[], header: readonly (Damage & { readonly line: number })[]): ImportWarning[] {
  const out: ImportWarning[] = [];
  const add = (d: Damage, line: number): void => {
    const text = source[line - 1] ?? '';
    const at = text.indexOf(d.found);
    const w = WHAT[d.what];
    out.push({
      line,
      column: (at >= 0 ? at : d.index) + 1,
      found: d.found,
      text: tx(`${w.vi}: "${d.found}" — không đoán, hãy đối chiếu bản gốc và điền tay`, `${w.en}: "${d.found}" — not guessed; check the original and fill it in`),
    });
  };
  for (const d of header) add(d, d.line);
  source.forEach((l, i) => {
    for (const d of damagedCitations(l)) add(d, i + 1);
  });
  return out;
}
