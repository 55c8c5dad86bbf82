import type { Text } from '../report/diagnostic.js';

/**
 * What the importer says about its guesses: comments attached to the objects of the draft (a node,
 * or one of its keys), emitted as YAML comments; and the text it could not place, with its lines.
 */

/** A comment on an object of the draft, or on one of its keys. */
export interface Note {
  readonly target: object;
  readonly key?: string;
  readonly text: Text;
}

/** Text kept as a paragraph because the importer could not tell what it is. */
export interface Unplaced {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Why it could not be placed. */
  readonly why: Text;
  /** Where it was put in the draft. */
  readonly where: string;
}

/** Something in the source the reader must look at (a number OCR broke), at its place. */
export interface ImportWarning {
  readonly line: number;
  readonly column: number;
  readonly text: Text;
  /** The text as printed. */
  readonly found: string;
}

/** Collects notes and unplaced text while the draft is built. */
export class Notebook {
  readonly notes: Note[] = [];
  readonly unplaced: Unplaced[] = [];
  readonly warnings: ImportWarning[] = [];

  /** Records a warning at a place of the source. */
  warn(w: ImportWarning): void {
    if (!this.warnings.some((x) => x.line === w.line && x.column === w.column)) this.warnings.push(w);
  }

  /** Adds a comment to an object (before it) or to one of its keys. */
  note(target: object, text: Text, key?: string): void {
    this.notes.push(key === undefined ? { target, text } : { target, key, text });
  }

  /** Records text that could not be placed. */
  keep(u: Unplaced): void {
    this.unplaced.push(u);
  }
}

/** A confidence as the comments print it: `0.85`. */
export function conf(x: number): string {
  return Math.max(0, Math.min(1, x)).toFixed(2);
}

/** `dòng 12` or `dòng 12–14`. */
export function linesLabel(start: number, end: number): Text {
  const span = start === end ? `${start}` : `${start}–${end}`;
  return { vi: `dòng ${span}`, en: `line${start === end ? '' : 's'} ${span}` };
}

/** A message in both languages. */
export function tx(vi: string, en: string): Text {
  return { vi, en };
}

/** Texts joined, language by language. */
export function join(parts: readonly Text[], sep = ': '): Text {
  return { vi: parts.map((p) => p.vi).join(sep), en: parts.map((p) => p.en).join(sep) };
}
