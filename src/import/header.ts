import { joinSpacedDigits } from './damage.js';
import { type DocumentKind, KIND_TITLES } from '../model/kind.js';

/**
 * The lines of the top of a letter, one at a time: the number and symbol, the place and date, the
 * type name of a typed document, the subject line and the national motto.
 */

/** `Số: 5900/UBND-NC`, `Số: /UBND-TH` (a draft), `Số: 14 /CT-TTg`, and what follows on the line. */
export interface NumberLine {
  /** Empty in a draft. */
  readonly number: string;
  readonly symbol: string;
  /** As printed, without "Số:" (`14 /CT-TTg`). */
  readonly printed: string;
  readonly rest: string;
}

// `5900/UBND-NC`, `28 /2025/QĐ-UBND` (a legal document's year), `2978 /QĐ - UBND`, `10-NQ/TW` (the Party's).
const NUMBER = /^Số\s*:?\s*(\d*)\s*(?:\/|-(?=\s*\p{Lu}+\/))\s*((?:\d{4}\s*\/\s*)?[\p{Lu}\p{N}][\p{L}\p{N}&.]*(?:\s*[-–/]\s*[\p{L}\p{N}&.]+)*)\s*(.*)$/u;

/** Reads a number line. */
export function readNumberLine(text: string): NumberLine | undefined {
  const m = NUMBER.exec(joinSpacedDigits(text.trim()));
  if (!m) return undefined;
  const number = m[1] ?? '';
  const symbol = (m[2] ?? '').replace(/–/g, '-').replace(/\s+/g, '').replace(/[.\-]+$/, '');
  const printed = text.trim().replace(/^Số\s*:?\s*/u, '').slice(0, text.trim().replace(/^Số\s*:?\s*/u, '').length - (m[3] ?? '').length).trim();
  return { number, symbol, printed, rest: (m[3] ?? '').trim() };
}

/** `Gia Lai, ngày 11 tháng 5 năm 2026`, or partial in a draft: `ngày tháng 5 năm 2026`. */
export interface PlaceDate {
  readonly place: string | undefined;
  /** ISO, partial where the draft leaves blanks: `2026-05-11`, `2026-05`, `2026`. */
  readonly date: string;
}

const PLACE_DATE = /^(?:(.*?)\s*,\s*)?ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})\s*\.?$/iu;

/** Reads a place-and-date line. */
export function readPlaceDate(text: string): PlaceDate | undefined {
  const m = PLACE_DATE.exec(text.trim().replace(/\*+|_+/g, ''));
  if (!m) return undefined;
  const [, place, day, month, year] = m;
  const pad = (s: string): string => s.padStart(2, '0');
  let date = year ?? '';
  if (month) date += `-${pad(month)}`;
  if (month && day) date += `-${pad(day)}`;
  const cleanPlace = place?.trim().replace(/[,.]$/, '');
  return { place: cleanPlace === '' ? undefined : cleanPlace, date };
}

const MOTTO = /CỘNG HO?ÀA? XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/giu;

/** The line without the national name and motto; `found` says whether they were there. */
export function stripMotto(text: string): { rest: string; found: boolean } {
  // A motto that OCR cut short ("CỘNG HOÀ XÃ HỘI É") ends the line it starts.
  const rest = text.replace(MOTTO, ' ').replace(/\s*CỘNG HO?ÀA?\s+XÃ(?!\p{L}).*$/u, ' ').replace(/\s+/g, ' ').trim();
  return { rest, found: rest !== text.replace(/\s+/g, ' ').trim() };
}

/** The kind a type name printed on its own line stands for: `CHỈ THỊ` → `chi-thi`. */
export function readKindTitle(text: string): DocumentKind | undefined {
  // Decree 30 prints the type name in capitals; "Chỉ thị" in a sentence is not one.
  if (!isUpperLine(text)) return undefined;
  const t = text.trim().replace(/[*_]/g, '').replace(/\s+/g, ' ').toUpperCase().normalize('NFC');
  for (const [kind, title] of Object.entries(KIND_TITLES)) {
    if (title && (t === title || t === title.replace('HÒA', 'HOÀ'))) return kind as DocumentKind;
  }
  return undefined;
}

/** "QUYẾT ĐỊNH CHẤP THUẬN …": the type name and the subject printed on one line. */
export function readKindTitleLine(text: string): { kind: DocumentKind; rest: string } | undefined {
  if (!isUpperLine(text)) return undefined;
  // "QUYẾT: ĐỊNH …": a stray mark that OCR put inside the type name.
  const t = text.trim().replace(/[*_]/g, '').replace(/\s+/g, ' ').replace(/^(\p{Lu}+)[:;.,]\s/u, '$1 ').normalize('NFC');
  for (const [kind, title] of Object.entries(KIND_TITLES)) {
    if (!title) continue;
    for (const form of [title, title.replace('HÒA', 'HOÀ')]) {
      if (t.startsWith(`${form} `) && t.length > form.length + 3) return { kind: kind as DocumentKind, rest: t.slice(form.length + 1) };
    }
  }
  return undefined;
}

/** The subject of a công văn: the words after `V/v`. */
export function readSubjectLine(text: string): string | undefined {
  const m = /^(?:\*\*|__|\*|_)?V\/v\.?\s*:?\s*(.*)$/iu.exec(text.trim());
  return m ? (m[1] ?? '').replace(/(?:\*\*|__|\*|_)$/, '').trim() : undefined;
}

/** Whether a line is written in capitals (an agency name of the header, a type name). */
export function isUpperLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.9;
}

/** "ỦY BAN NHÂN DÂN TỈNH AN GIANG" → "Ủy ban nhân dân tỉnh An Giang"? The matcher compares case-blind. */
export function headerName(lines: readonly string[]): string {
  return lines.join(' ').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
}
