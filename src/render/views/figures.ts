import { z } from 'zod';
import { cellMarkdown } from '../escape.js';

/** One unit's figures for the summary table; a missing figure prints blank, to be filled in. */
export const FigureRow = z.strictObject({
  unit: z.string().min(1),
  /** Tổng số CBCCVC */
  staff: z.number().int().nonnegative().optional(),
  /** Đã đăng ký */
  enrolled: z.number().int().nonnegative().optional(),
  /** Đã hoàn thành */
  completed: z.number().int().nonnegative().optional(),
});
export type FigureRow = z.infer<typeof FigureRow>;

/** The figures file a report takes (`--data figures.yaml`): the period and one row per unit. */
export const FiguresFile = z.strictObject({
  /** "6 tháng đầu năm 2026" */
  period: z.string().min(1).optional(),
  /** Cut-off of the figures, as written ("17 giờ 00 phút ngày 26/6/2026"). */
  asOf: z.string().min(1).optional(),
  rows: z.array(FigureRow).default([]),
  /** Paragraphs printed under the table: the comparison with the target and the previous period. */
  notes: z.array(z.string()).optional(),
  /** Units behind the pace, printed as a table under the notes (STT · Đơn vị · Tỷ lệ hoàn thành). */
  behind: z.array(z.strictObject({ unit: z.string().min(1), percent: z.string() })).optional(),
});
export type FiguresFile = z.infer<typeof FiguresFile>;

/** A row of the summary table as the templates print it: every cell a string, blank when unknown. */
export interface FigureRowView {
  readonly stt: string;
  readonly unit: string;
  readonly staff: string;
  readonly enrolled: string;
  readonly completed: string;
  readonly percent: string;
}

const NUMBER = new Intl.NumberFormat('vi-VN');
const PERCENT = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function num(n: number | undefined): string {
  return n === undefined ? '' : NUMBER.format(n);
}

/** `85,5` (Vietnamese decimal comma): completed over staff; blank when either is unknown or there is no staff. */
export function percentOf(completed: number | undefined, staff: number | undefined): string {
  if (completed === undefined || staff === undefined || staff === 0) return '';
  return PERCENT.format((completed / staff) * 100);
}

function sum(rows: readonly FigureRow[], key: 'staff' | 'enrolled' | 'completed'): number | undefined {
  const values = rows.map((r) => r[key]);
  return values.some((v) => v === undefined) || values.length === 0 ? undefined : values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

/**
 * The rows of the summary table (Đơn vị · Tổng số CBCCVC · Đã đăng ký · Đã hoàn thành · Tỷ lệ %),
 * then a total row that adds up a column only when every unit gave its figure. `blankRows` empty
 * rows follow the units, for a form's sub-units to be written in.
 */
export function figureRows(rows: readonly FigureRow[], blankRows = 0): FigureRowView[] {
  const body = rows.map((r, i) => ({
    stt: String(i + 1),
    unit: cellMarkdown(r.unit),
    staff: num(r.staff),
    enrolled: num(r.enrolled),
    completed: num(r.completed),
    percent: percentOf(r.completed, r.staff),
  }));
  const blanks = Array.from({ length: blankRows }, (_, i) => ({
    stt: String(rows.length + i + 1),
    unit: '',
    staff: '',
    enrolled: '',
    completed: '',
    percent: '',
  }));
  const staff = sum(rows, 'staff');
  const completed = sum(rows, 'completed');
  const total = { stt: '', unit: '**Tổng cộng**', staff: num(staff), enrolled: num(sum(rows, 'enrolled')), completed: num(completed), percent: percentOf(completed, staff) };
  return [...body, ...blanks, total];
}
