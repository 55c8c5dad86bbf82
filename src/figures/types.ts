import type { Text } from '../report/diagnostic.js';

/** The columns of a figures file. */
export const FIGURE_COLUMNS = ['unit', 'staff', 'enrolled', 'completed', 'date'] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** The number columns, checked as whole numbers ≥ 0. */
export const NUMBER_COLUMNS = ['staff', 'enrolled', 'completed'] as const;
export type NumberColumn = (typeof NUMBER_COLUMNS)[number];

/** A cell as read: text, a number, a date (XLSX), or empty. */
export type Cell = string | number | Date | undefined;

/** One data row as read, with its row number as a spreadsheet shows it (the header is row 1). */
export interface RawRow {
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** A figures file as read: its header cells and its data rows. */
export interface RawTable {
  readonly file: string;
  readonly header: readonly Cell[];
  readonly rows: readonly RawRow[];
}

/** One problem of a figures file: where (row, column) and what, in both languages. */
export interface FigureProblem {
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** Spreadsheet row (the header is row 1); absent for a problem of the whole file (a missing unit). */
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  readonly message: Text;
}

/** A valid row: the unit it names and its figures. */
export interface FigureRecord {
  readonly row: number;
  /** Agency id of the unit. */
  readonly unit: string;
  /** The unit as written in the file. */
  readonly written: string;
  readonly staff: number;
  readonly enrolled: number;
  readonly completed: number;
}

/** A figures file read and checked: its rows, the date of the figures, and every problem found. */
export interface FiguresData {
  readonly file: string;
  readonly records: readonly FigureRecord[];
  /** ISO date of the figures (`2026-06-30`). */
  readonly date?: string | undefined;
  readonly problems: readonly FigureProblem[];
}
