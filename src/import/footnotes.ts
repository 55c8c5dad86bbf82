/**
 * Footnotes as text converted from a printed letter carries them: a marker `¹` in the sentence, and
 * the note's text where the page broke ("¹ - Video bài giảng…"), often in the middle of a paragraph.
 * The notes are taken out (their lines blanked, so line numbers stay) and the markers become `[^1]`.
 * Markdown notes (`[^1]: text`) are read the same way.
 */

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
const SUP = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';
const NOTE_START = new RegExp(`^\\s*(${SUP}+)\\s*(?=\\S)`, 'u');
const MD_NOTE_START = /^\s*\[\^([^\]\s]+)\]:\s*/u;

/** A footnote taken out of the text. */
export interface Footnote {
  readonly label: string;
  readonly text: string;
  /** 1-based lines of the note. */
  readonly start: number;
  readonly end: number;
}

/** The lines with the notes blanked and their markers rewritten, and the notes. */
export interface FootnoteSplit {
  readonly lines: readonly string[];
  readonly notes: readonly Footnote[];
}

const digits = (sup: string): string => [...sup].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** Finds the note blocks: runs of non-blank lines whose first line starts with a note marker. */
export function splitFootnotes(input: readonly string[]): FootnoteSplit {
  const lines = [...input];
  const notes: Footnote[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const startsBlock = i === 0 || (lines[i - 1] ?? '').trim() === '';
    if (!startsBlock || !noteStart(line)) {
      i++;
      continue;
    }
    let j = i;
    let current: { label: string; start: number; text: string[] } | undefined;
    while (j < lines.length && (lines[j] ?? '').trim() !== '') {
      const l = lines[j] ?? '';
      const start = noteStart(l);
      if (start) {
        if (current) notes.push(close(current, j));
        current = { label: start.label, start: j + 1, text: [start.rest] };
      } else current?.text.push(l.trim());
      lines[j] = '';
      j++;
    }
    if (current) notes.push(close(current, j));
    i = j;
  }
  const labels = new Set(notes.map((n) => n.label));
  return { lines: lines.map((l) => rewriteMarkers(l, labels)), notes };
}

function close(n: { label: string; start: number; text: string[] }, endIndex: number): Footnote {
  return { label: n.label, text: n.text.join('\n').trim(), start: n.start, end: endIndex };
}

function noteStart(line: string): { label: string; rest: string } | undefined {
  const sup = NOTE_START.exec(line);
  if (sup?.[1]) return { label: digits(sup[1]), rest: line.slice(sup[0].length).trim() };
  const md = MD_NOTE_START.exec(line);
  if (md?.[1]) return { label: md[1], rest: line.slice(md[0].length).trim() };
  return undefined;
}

// A superscript after a letter or closing punctuation is a note marker when that note exists ("m²" stays).
const MARKER = new RegExp(`(?<=[\\p{L}\\p{P}])(${SUP}+)`, 'gu');

function rewriteMarkers(line: string, labels: ReadonlySet<string>): string {
  return line.replace(MARKER, (sup: string) => {
    const label = digits(sup);
    return labels.has(label) ? `[^${label}]` : sup;
  });
}
