/**
 * Text normalisation for matching deadline phrases. `cleanPhrase` keeps the words as written;
 * `foldCase` maps case and tone placement without changing the length, so an index into the
 * folded text is an index into the cleaned one (the condition splitter relies on this).
 */
import { foldTone } from './normalize.js';

/** NFC, markdown emphasis and bullets dropped, spaces collapsed, trailing punctuation removed. */
export function cleanPhrase(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\*\*|__/g, '')
    .replace(/[\u00a0\u2007\u202f\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/^[-+•*]\s+/, '')
    .replace(/[\s.;:,]+$/, '')
    .trim();
}

/**
 * Lower case and one tone placement (the old: "hòa", "thủy"), NFC, through the project's syllable
 * rules (`foldTone`). Moving a mark keeps every letter one code unit in NFC, so the result has the
 * length of its NFC input; the condition splitter indexes into it.
 */
export function foldCase(text: string): string {
  const lower = Array.from(text.normalize('NFC'), (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  }).join('');
  const folded = foldTone(lower, 'old');
  return folded.length === lower.length ? folded : lower;
}

// Words that introduce a deadline without changing it: "Thời gian hoàn thành:", "Hoàn thành", "chậm nhất"...
// "chậm nhất" is safe to drop because a bare date already reads as "due by".
const LEAD_WORDS = [
  'thời gian hoàn thành chỉ tiêu',
  'thời gian hoàn thành',
  'thời gian thực hiện',
  'thời hạn hoàn thành',
  'thời hạn thực hiện',
  'thời hạn báo cáo',
  'thời hạn',
  'thời gian',
  'thời điểm chốt số liệu',
  'chốt số liệu',
  'tiến độ',
  'hoàn thành',
  'thực hiện',
  'gửi báo cáo',
  'báo cáo',
  'chậm nhất là',
  'chậm nhất',
  'muộn nhất là',
  'muộn nhất',
  'vào lúc',
  'lúc',
  'vào',
  'theo',
];
const LEAD = new RegExp(`^(?:${LEAD_WORDS.join('|')})(?:\\s*:\\s*|\\s+|$)`, 'u');

/** `cleaned` without its leading label words ("Thời gian thực hiện:"), the rest as written. */
export function stripLeadWords(cleaned: string): string {
  const folded = foldCase(cleaned);
  let cut = 0;
  for (let m = LEAD.exec(folded); m !== null && m[0].length > 0; m = LEAD.exec(folded.slice(cut))) cut += m[0].length;
  return cleaned.slice(cut);
}

/** The folded phrase in the spelling the patterns expect. */
export function matchKey(text: string): string {
  let key = foldCase(text)
    .replace(/[–—−]/g, '-')
    .replace(/(?<!\p{L})hàng(?!\p{L})/gu, 'hằng')
    .replace(/\s*\/\s*/g, '/')
    .replace(/(\d)\s*([-.])\s*(\d)/g, '$1$2$3')
    .replace(/(?<!\d)(\d{1,2})\s*(?:giờ|h|:)\s*(?:(\d{1,2})\s*(?:phút)?)?(?![\p{L}\d])/gu, (_m, h: string, min?: string) =>
      `${h}:${(min ?? '00').padStart(2, '0')}`,
    )
    .trim();
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(LEAD, '').replace(/^\((.*)\)$/, '$1').trim();
  }
  // "… hoặc đột xuất theo yêu cầu": a report on demand besides the rhythm does not change the rhythm.
  key = key.replace(/\s*[,;]?\s*(?:hoặc|và)\s+(?:báo\s+cáo\s+)?đột\s+xuất(?:\s+(?:theo|khi\s+có)\s+yêu\s+cầu)?$/u, '').trim();
  return key.replace(/^định kỳ\s*\((.+)\)$/, 'định kỳ $1');
}
