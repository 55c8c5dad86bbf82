import { LineCounter } from 'yaml';
import type { Place } from '../report/diagnostic.js';

/** One input file as text: the name shown to the user, the text (BOM removed) and its line index. */
export interface Source {
  /** Path as shown in diagnostics (relative to the working directory when inside it). */
  readonly file: string;
  readonly text: string;
  readonly lines: LineCounter;
  /** Whether the text holds `needle`, without decoding it when it was not needed yet (a file from the cache). */
  readonly includes?: (needle: string) => boolean;
}

/** The place of a character offset, or of the span `[start, end)`, in a source. */
export function placeAt(source: Source, start: number, end?: number): Place {
  const from = source.lines.linePos(start);
  if (end === undefined || end <= start) return { file: source.file, line: from.line, column: from.col };
  const to = source.lines.linePos(end);
  return { file: source.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The place of a whole file, for findings about the file itself (empty, binary, too large). */
export function placeOfFile(file: string): Place {
  return { file, line: 1, column: 1 };
}

/** The line index of a text, as the YAML parser would build it (for text read from the cache). */
export function lineCounterOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}
