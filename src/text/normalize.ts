/**
 * Vietnamese text normalisation: NFC without the characters a .docx cannot hold, one tone-mark
 * placement, and the keys names are compared by. Printing always uses the text as written.
 */

/** A character that cannot go into a .docx, at its UTF-16 index in the text it was found in. */
export interface ControlChar {
  readonly index: number;
  readonly codePoint: number;
}

/** Where to put the tone mark of an open syllable in oa, oe, uy: "hòa" (old) or "hoà" (new). */
export type ToneStyle = 'old' | 'new';

// XML 1.0 refuses C0 controls but tab, newline and carriage return, U+FFFE/FFFF and lone surrogates;
// DEL and C1 are allowed by XML but are never intended text (they come from bad copy-paste).
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The characters of `s` that `nfc` strips: C0 (but tab, newline and CR), DEL, C1, U+FFFE/FFFF, lone surrogates. */
export function findControlChars(s: string): ControlChar[] {
  return [...s.matchAll(CONTROL)].map((m) => ({ index: m.index, codePoint: m[0].charCodeAt(0) }));
}

// A cheap test first: almost no text has anything to strip.
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** NFC, with control characters stripped and line endings made `\n`. */
export function nfc(s: string): string {
  const clean = SUSPECT.test(s) ? s.replace(CONTROL, '').replace(/\r\n?/g, '\n') : s;
  return clean.normalize('NFC');
}

// Tone marks (huyền, sắc, ngã, hỏi, nặng) and the marks that make a different vowel (â ê ô, ă, ơ ư).
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const SHAPE_MARKS = new Set(['\u0302', '\u0306', '\u031B']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const CLUSTERS = ['ngh', 'ng', 'gh', 'kh', 'nh', 'ph', 'th', 'tr', 'ch'];
// `k` ends syllables of place names (Đắk Lắk) though not of standard words.
const FINALS = new Set(['', 'c', 'ch', 'k', 'm', 'n', 'ng', 'nh', 'p', 't']);
const OPEN_PAIRS = new Set(['oa', 'oe', 'uy']);

interface Letter {
  readonly base: string;
  readonly marks: string;
  readonly shaped: boolean;
  readonly tone: string;
}

interface Syllable {
  /** Index of the first and one past the last vowel of the nucleus. */
  readonly start: number;
  readonly end: number;
  readonly hasFinal: boolean;
}

/** Letters of an NFD word, each with its marks; undefined when it carries two tone marks. */
function lettersOf(word: string): Letter[] | undefined {
  const letters: { base: string; marks: string; shaped: boolean; tone: string }[] = [];
  let tones = 0;
  for (const ch of word) {
    const last = letters[letters.length - 1];
    if (!/\p{M}/u.test(ch) || !last) {
      letters.push({ base: ch, marks: '', shaped: false, tone: '' });
    } else if (TONE_MARKS.test(ch)) {
      last.tone = ch;
      tones += 1;
    } else {
      last.marks += ch;
      last.shaped ||= SHAPE_MARKS.has(ch);
    }
  }
  return tones > 1 ? undefined : letters;
}

/** Length of the initial consonant; `qu` and `gi` count as consonants before another vowel. */
function initialLength(bases: readonly string[]): number {
  const head = bases.slice(0, 3).join('');
  const next = bases[2];
  if ((head.startsWith('qu') || head.startsWith('gi')) && next !== undefined && VOWELS.has(next)) return 2;
  const cluster = CLUSTERS.find((c) => head.startsWith(c));
  if (cluster) return cluster.length;
  const first = bases[0];
  return first !== undefined && /\p{L}/u.test(first) && !VOWELS.has(first) ? 1 : 0;
}

/** The nucleus of a Vietnamese syllable, or undefined when `bases` (lowercase) is not one. */
function parseSyllable(bases: readonly string[]): Syllable | undefined {
  const start = initialLength(bases);
  let end = start;
  while (end < bases.length && VOWELS.has(bases[end] ?? '')) end += 1;
  const final = bases.slice(end).join('');
  if (end === start || !FINALS.has(final)) return undefined;
  return { start, end, hasFinal: final !== '' };
}

/** Index in the nucleus that carries the tone, by the spelling rules; -1 when there is no rule. */
function tonePosition(nucleus: readonly Letter[], hasFinal: boolean, style: ToneStyle): number {
  const shaped = nucleus.map((l) => l.shaped).lastIndexOf(true);
  if (shaped >= 0) return shaped;
  if (nucleus.length === 1) return 0;
  if (hasFinal) return nucleus.length - 1;
  if (nucleus.length === 3) return 1;
  if (nucleus.length !== 2) return -1;
  const pair = nucleus.map((l) => l.base.toLowerCase()).join('');
  return OPEN_PAIRS.has(pair) && style === 'new' ? 1 : 0;
}

/** The NFD word with its tone mark moved where `style` puts it; unchanged when it is not a syllable. */
function placeTone(word: string, style: ToneStyle): string {
  const letters = lettersOf(word);
  const tone = letters?.find((l) => l.tone)?.tone;
  if (!letters || !tone) return word;
  const syllable = parseSyllable(letters.map((l) => l.base.toLowerCase()));
  if (!syllable) return word;
  const at = tonePosition(letters.slice(syllable.start, syllable.end), syllable.hasFinal, style);
  if (at < 0) return word;
  // Tone after the shape mark: hook and circumflex share a combining class, so order decides "ể".
  return letters.map((l, i) => l.base + l.marks + (i === syllable.start + at ? tone : '')).join('');
}

/** `compute` memoised: the syllables of a language are few, the names to match many. */
function memo<T>(compute: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      value = compute(word);
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      cache.set(word, value);
    }
    return value;
  };
}

const WORD_CACHE_LIMIT = 50_000;
// Character classes by UTF-16 code unit, for a scan that needs no regular expression per word.
const OTHER = 0;
const LETTER = 1;
const VOWEL = 2;
const TONED = 3;
const CLASS_TABLE_SIZE = 0x2000;
const classTable = ((): Uint8Array => {
  const table = new Uint8Array(CLASS_TABLE_SIZE);
  for (let c = 0; c < CLASS_TABLE_SIZE; c++) table[c] = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? LETTER : OTHER;
  for (const v of 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY') {
    table[v.charCodeAt(0)] = VOWEL;
    for (const t of '\u0300\u0301\u0303\u0309\u0323') table[(v + t).normalize('NFC').charCodeAt(0)] = TONED;
  }
  return table;
})();

function classOf(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < CLASS_TABLE_SIZE) return classTable[c] ?? OTHER;
  return c >= 0xd800 && c <= 0xdfff ? OTHER : /[\p{L}\p{M}]/u.test(s.charAt(i)) ? LETTER : OTHER;
}

// Keyed by the NFC word: the syllables of a language are few, the names to fold many.
const foldWord = (style: ToneStyle) =>
  memo((w) => {
    const decomposed = w.normalize('NFD');
    return TONE_MARKS.test(decomposed) ? placeTone(decomposed, style).normalize('NFC') : w;
  });
const foldWordOld = foldWord('old');
const foldWordNew = foldWord('new');

/**
 * One tone-mark placement for every syllable, so "Hòa" and "Hoà", "thủy" and "thuỷ", "Qúy" and
 * "Quý" become the same string. Returns NFC without control characters; words that are not Vietnamese
 * syllables are kept.
 */
export function foldTone(s: string, style: ToneStyle = 'old'): string {
  // Control characters are stripped first (as `nfc` does): left in, they would split a word that
  // `matchKey`, which strips them, reads whole.
  return foldComposed(nfc(s), style);
}

const COMBINING = /\p{M}/u;

/** `foldTone` of text already in NFC. */
function foldComposed(text: string, style: ToneStyle): string {
  const fold = style === 'old' ? foldWordOld : foldWordNew;
  let out = '';
  let done = 0;
  // Only a word with a toned vowel next to another vowel can have its mark in the wrong place.
  for (let i = 1; i < text.length; i++) {
    const a = classOf(text, i - 1);
    const b = classOf(text, i);
    if (!((a === TONED && b === VOWEL) || (a === VOWEL && b === TONED))) continue;
    let start = i - 1;
    while (start > done && classOf(text, start - 1) !== OTHER) start--;
    // A combining mark with no letter before it (after a space, or a control character stripped later)
    // belongs to no word: left out, the word folds the same wherever that mark stands.
    while (start < i - 1 && COMBINING.test(text.charAt(start))) start++;
    let end = i + 1;
    while (end < text.length && classOf(text, end) !== OTHER) end++;
    out += text.slice(done, start) + fold(text.slice(start, end));
    done = end;
    i = end;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** Whether `word` spells one Vietnamese syllable (initial, vowels, final), ignoring marks and case. */
export const isVietnameseSyllable: (word: string) => boolean = memo((word) => {
  const letters = lettersOf(word.normalize('NFD'));
  if (!letters || letters.some((l) => !/\p{L}/u.test(l.base))) return false;
  return parseSyllable(letters.map((l) => l.base.toLowerCase())) !== undefined;
});

/** The text without its diacritics, `đ` as `d`: for slugs and accent-blind search. */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

const PUNCTUATION_AT_END = /^[\s\p{P}\p{S}]|[\s\p{P}\p{S}]$/u;

/** Trims punctuation at both ends but keeps a closing bracket whose opening one stays. */
function trimPunctuation(s: string): string {
  if (!PUNCTUATION_AT_END.test(s)) return s;
  const trimmed = s.replace(/^[\s\p{P}\p{S}]+/u, '');
  const end = /[\s\p{P}\p{S}]+$/u.exec(trimmed);
  if (!end) return trimmed;
  const keep = end[0].startsWith(')') && trimmed.includes('(') ? 1 : 0;
  return trimmed.slice(0, end.index + keep);
}

// Only text with one of these needs the spacing rules below.
const SPACED_PUNCTUATION = /[\p{Pd}\u2212&,.]/u;

/**
 * The key names are compared by: NFC, one tone placement, lowercase, single spaces, no punctuation
 * at the ends, no spaces around `&` and dashes (all dashes as `-`), one space after `,` and after
 * an abbreviating dot ("TP.HCM" = "TP. HCM").
 */
export function matchKey(s: string): string {
  const t = foldComposed(nfc(s), 'old').toLowerCase().replace(/\s+/gu, ' ').trim();
  if (!SPACED_PUNCTUATION.test(t)) return trimPunctuation(t);
  return trimPunctuation(
    t
      .replace(/[\p{Pd}\u2212]/gu, '-')
      .replace(/ ?([&-]) ?/g, '$1')
      .replace(/ ?, ?/g, ', ')
      .replace(/(\p{L})\. ?(?=\p{L})/gu, '$1. '),
  );
}
