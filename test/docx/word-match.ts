import mammoth from 'mammoth';

/** Words of a text: runs of letters, marks and digits after NFC; punctuation and spacing do not count. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{Nd}]+/gu) ?? [];
}

/** Length of the longest common subsequence of two word lists (two rows of the table, so long texts fit). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length] ?? 0;
}

const SUPERSCRIPT = /[\u00B9\u00B2\u00B3\u2070-\u2079]/;

/**
 * A seed text as the comparison reads it: `**` marks dropped, and each footnote block (a line
 * starting with ¹, ², … and the lines under it up to a blank line, which sit where the page broke)
 * moved to the end, where the .docx text has its footnotes; the superscript reference marks go.
 * Hard-wrapped lines need nothing: words are compared, not lines.
 */
export function normaliseSeed(seed: string): string {
  const lines = seed.normalize('NFC').replace(/\*\*/g, '').split(/\r?\n/);
  const body: string[] = [];
  const notes: string[] = [];
  let inNote = false;
  for (const line of lines) {
    if (SUPERSCRIPT.test(line.trimStart().charAt(0))) inNote = true;
    else if (line.trim() === '') inNote = false;
    (inNote ? notes : body).push(line);
  }
  return [...body, ...notes].join('\n').replace(new RegExp(SUPERSCRIPT.source, 'g'), ' ');
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * The text of a .docx in reading order with its footnotes at the end: mammoth's HTML (its raw
 * text leaves the footnotes out), with the reference marks and back-links removed.
 */
export async function docxText(buffer: Buffer): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer });
  const text = value
    .replace(/<sup><a href="#footnote-\d+"[^>]*>\[\d+\]<\/a><\/sup>/g, '')
    .replace(/<a href="#footnote-ref-\d+">↑<\/a>/g, '')
    .replace(/<br\s*\/?>|<\/(?:p|li|td|tr|h\d)>/g, '\n')
    .replace(/<[^>]+>/g, '');
  return decode(text);
}

/** Share of the seed's words found in the generated text, in order. */
export function wordsFoundInOrder(seed: string, generated: string): { found: number; total: number; ratio: number } {
  const a = words(normaliseSeed(seed));
  const b = words(generated);
  const found = lcsLength(a, b);
  return { found, total: a.length, ratio: a.length === 0 ? 1 : found / a.length };
}
