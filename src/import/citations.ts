import { type DocumentKind, KIND_CODES } from '../model/kind.js';

/**
 * Citations of other documents in the text: "Chỉ thị số 14/CT-TTg ngày 22/4/2026", "Công văn số
 * 3978/UBND-VX ngày 14 tháng 5 năm 2026", "Quyết định 757/QĐ-BKHCN ngày 29/4/2025".
 */

/** One citation as written. */
export interface CitationFound {
  /** The kind named before the number, or told by the symbol's type code. */
  readonly kind: DocumentKind | undefined;
  /** The kind word as written ("Thông tư"), also for kinds the model has no id for. */
  readonly kindWord: string | undefined;
  readonly number: string;
  readonly symbol: string;
  /** Number and symbol as printed (`14/CT-TTg`, `14 /CT-TTg`). */
  readonly as: string;
  /** ISO date when the citation gives one. */
  readonly date: string | undefined;
  /** Offset of the citation in the text it was found in. */
  readonly index: number;
}

const KIND_WORDS: Readonly<Record<string, DocumentKind | undefined>> = {
  'chỉ thị': 'chi-thi',
  'quyết định': 'quyet-dinh',
  'công văn': 'cong-van',
  'kế hoạch': 'ke-hoach',
  'báo cáo': 'bao-cao',
  'công điện': 'cong-dien',
  'tờ trình': 'to-trinh',
  'thông báo': 'thong-bao',
  'thông tư': 'thong-tu',
  'nghị định': 'nghi-dinh',
  'nghị quyết': 'nghi-quyet',
  'hướng dẫn': undefined,
  'luật': 'luat',
};

const KIND_WORD = Object.keys(KIND_WORDS).join('|');
// "1883/QĐ-" at the end of a printed line and "UBND" on the next: the symbol goes on after the break.
const SYMBOL = String.raw`[\p{Lu}][\p{L}\p{N}&]*(?:-(?:\s(?=\p{Lu}{2}))?[\p{L}\p{N}&]+)*`;
// The Party's numbering: "10-NQ/TW", "46-HD/BTGTW", "05-CT/TU" (a dash before the type code).
const PARTY = String.raw`-(?=\p{Lu})[\p{Lu}Đ][\p{L}]*/[\p{Lu}][\p{L}\p{N}]*`;
const DATE_NUM = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
const DATE_WORDS = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;
const CITATION = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(${KIND_WORD})\s+(?:số\s+)?)?(?<![\p{L}\p{N}/])(\d{1,5})\s*((?:/\s*\d{4})?/\s*${SYMBOL}|${PARTY})(?:\s+ngày\s+(?:${DATE_NUM}|${DATE_WORDS}))?`,
  'giu',
);

const pad = (s: string | undefined): string => (s ?? '').padStart(2, '0');

/** Every citation in a text, in order. */
export function findCitations(text: string): CitationFound[] {
  const out: CitationFound[] = [];
  for (const m of text.matchAll(CITATION)) {
    const word = m[1]?.toLowerCase();
    const number = m[2] ?? '';
    const symbol = (m[3] ?? '').replace(/\s+/g, '').replace(/^[/-]/, '');
    const [d, mo, y] = m[4] ? [m[4], m[5], m[6]] : m[7] ? [m[7], m[8], m[9]] : [];
    const date = y ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
    const as = text.slice((m.index ?? 0) + m[0].indexOf(number, m[1]?.length ?? 0)).match(new RegExp(String.raw`^\d{1,5}\s*(?:(?:/\s*\d{4})?/\s*${SYMBOL}|${PARTY})`, 'u'))?.[0] ?? `${number}/${symbol}`;
    const kind = word !== undefined && word in KIND_WORDS ? KIND_WORDS[word] : kindOfSymbol(symbol);
    out.push({ kind, kindWord: m[1], number, symbol, as, date, index: m.index ?? 0 });
  }
  return out;
}

/** The kind a symbol's type code says: `QĐ-BKHCN` → `quyet-dinh`; no code (`UBND-VX`) → `cong-van`. */
export function kindOfSymbol(symbol: string): DocumentKind | undefined {
  // `2025/QĐ-UBND`: a legal document's year before the code; `NQ/TW`: the Party's.
  const code = symbol.replace(/^\d{4}\//, '').split(/[-/]/)[0]?.toUpperCase();
  for (const [kind, c] of Object.entries(KIND_CODES)) if (c && c.toUpperCase() === code) return kind as DocumentKind;
  // A law: the National Assembly's code and term (`61/2020/QH14`).
  if (/^QH\d*$/u.test(code ?? '')) return 'luat';
  // A joint circular, a Party document: not modelled.
  return /^(?:NĐ|TT|NQ|TTLT|L)$/u.test(code ?? '') ? undefined : 'cong-van';
}

/** Number and symbol compared without spaces or case: `14 /CT-TTg` = `14/CT-TTg`. */
export function citationKey(number: string | undefined, symbol: string | undefined): string {
  return `${number ?? ''}/${symbol ?? ''}`.replace(/\s+/g, '').toUpperCase().normalize('NFC');
}
