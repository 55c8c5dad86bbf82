import type { Agency } from '../model/agency.js';
import type { Text } from '../report/diagnostic.js';
import { createAgencyMatcher, type AgencyMatcher } from '../text/agency-match.js';
import { cellText, dateCell, numberCell } from './cells.js';
import { columnNames, findColumns } from './columns.js';
import { todayIso } from '../text/today.js';
import { dateOutsidePeriod, implausibleCount, noStaffProblems } from './plausible.js';
import { NUMBER_COLUMNS, type Cell, type FigureColumn, type FigureProblem, type FigureRecord, type FiguresData, type NumberColumn, type RawRow, type RawTable } from './types.js';

/** What a figures file is checked against. */
export interface FigureContext {
  /** Slug of the province the figures come from (`gia-lai`). */
  readonly province: string;
  /** Every agency a unit name may denote, every province's: so a unit of another province is told apart from an unknown one. */
  readonly agencies: readonly Agency[];
  /** Ids of the units expected to report (the letter's addressees), in order. */
  readonly expected: readonly string[];
  /** Date of the figures (ISO) when the file has no date column (`--date`); it wins over the column. */
  readonly date?: string | undefined;
  /** Units that sent no figures are a warning instead of an error. */
  readonly allowMissing?: boolean | undefined;
  /** Commune codes of the units file, so a unit may be given by its code (`21583`). */
  readonly codes?: ReadonlyMap<string, string> | undefined;
  /** Today (ISO), for the reporting period the date must fall in; the clock's date by default. */
  readonly today?: string | undefined;
}

const LABEL: Readonly<Record<FigureColumn, Text>> = {
  unit: { vi: 'Đơn vị', en: 'unit' },
  staff: { vi: 'Tổng số', en: 'staff' },
  enrolled: { vi: 'Đã đăng ký', en: 'enrolled' },
  completed: { vi: 'Đã hoàn thành', en: 'completed' },
  date: { vi: 'Ngày số liệu', en: 'date' },
};

const REQUIRED: readonly FigureColumn[] = ['unit', 'staff', 'enrolled', 'completed'];

/** Collects the problems of one file. */
class Problems {
  readonly list: FigureProblem[] = [];
  constructor(private readonly file: string) {}
  add(rule: string, message: Text, row?: number, column?: FigureColumn, severity: 'error' | 'warning' = 'error'): void {
    this.list.push({ rule, severity, file: this.file, row, column: column ? LABEL[column].vi : undefined, message });
  }
}

function matcherOf(ctx: FigureContext): { matcher: AgencyMatcher; byId: Map<string, Agency> } {
  return { matcher: createAgencyMatcher(ctx.agencies), byId: new Map(ctx.agencies.map((a) => [a.id, a] as const)) };
}

/** The unit a row names, or a problem; fuzzy matches are suggestions, never accepted. */
function unitOf(written: string, row: number, ctx: FigureContext, m: ReturnType<typeof matcherOf>, out: Problems): Agency | undefined {
  const byCode = ctx.codes?.get(written.trim());
  const here = byCode ? { id: byCode, via: 'exact' } : m.matcher.match(written, { province: ctx.province });
  const found = here && here.via !== 'fuzzy' ? m.byId.get(here.id) : undefined;
  if (found && found.province === ctx.province) return found;
  const anywhere = m.matcher.match(written);
  const elsewhere = anywhere && anywhere.via !== 'fuzzy' ? m.byId.get(anywhere.id) : found;
  if (elsewhere && elsewhere.province !== ctx.province) {
    const where = elsewhere.province ?? (elsewhere.level === 'central' ? 'trung ương' : '?');
    out.add('figures-unit-other-province', {
      vi: `Đơn vị “${written}” là ${elsewhere.name} (${where}), không thuộc ${ctx.province}`,
      en: `The unit “${written}” is ${elsewhere.name} (${where}), not of ${ctx.province}`,
    }, row, 'unit');
    return undefined;
  }
  const guess = m.matcher.candidates(written, { province: ctx.province }, 1)[0];
  const name = guess ? m.byId.get(guess.id)?.name : undefined;
  out.add('figures-unit-unknown', {
    vi: `Không nhận ra đơn vị “${written}”${name ? ` (có phải “${name}”?)` : ''}`,
    en: `Unknown unit “${written}”${name ? ` (did you mean “${name}”?)` : ''}`,
  }, row, 'unit');
  return undefined;
}

function countOf(cell: Cell, column: NumberColumn, row: number, out: Problems): number | undefined {
  const n = numberCell(cell);
  const wild = n.ok ? implausibleCount(n.value, column) : undefined;
  if (wild) {
    out.add('figures-number-implausible', wild, row, column);
    return undefined;
  }
  if (n.ok) return n.value;
  const shown = cellText(cell);
  const label = LABEL[column];
  const why: Record<typeof n.why, Text> = {
    empty: { vi: `Thiếu số ở cột “${label.vi}”`, en: `No number in the “${label.en}” column` },
    text: { vi: `Cột “${label.vi}” cần một số, gặp “${shown}”`, en: `The “${label.en}” column needs a number, found “${shown}”` },
    negative: { vi: `Số âm ở cột “${label.vi}”: ${shown}`, en: `Negative number in the “${label.en}” column: ${shown}` },
    fraction: { vi: `Cột “${label.vi}” cần số nguyên, gặp ${shown}`, en: `The “${label.en}” column needs a whole number, found ${shown}` },
  };
  out.add(`figures-number-${n.why}`, why[n.why], row, column);
  return undefined;
}

function checkCounts(staff: number, enrolled: number, completed: number, row: number, out: Problems): boolean {
  let ok = true;
  if (completed > staff) {
    ok = false;
    out.add('figures-completed-over-staff', { vi: `Số đã hoàn thành (${completed}) lớn hơn tổng số (${staff})`, en: `Completed (${completed}) is more than the staff (${staff})` }, row, 'completed');
  }
  if (enrolled > staff) {
    ok = false;
    out.add('figures-enrolled-over-staff', { vi: `Số đã đăng ký (${enrolled}) lớn hơn tổng số (${staff})`, en: `Enrolled (${enrolled}) is more than the staff (${staff})` }, row, 'enrolled');
  }
  if (completed > enrolled && completed <= staff) {
    out.add('figures-completed-over-enrolled', { vi: `Số đã hoàn thành (${completed}) lớn hơn số đã đăng ký (${enrolled})`, en: `Completed (${completed}) is more than enrolled (${enrolled})` }, row, 'completed', 'warning');
  }
  return ok;
}

function missingColumns(columns: Partial<Record<FigureColumn, number>>, ctx: FigureContext, out: Problems): void {
  const needed = ctx.date ? REQUIRED : [...REQUIRED, 'date' as const];
  for (const c of needed) {
    if (columns[c] !== undefined) continue;
    const extra = c === 'date' ? { vi: ' (hoặc dùng --date)', en: ' (or give --date)' } : { vi: '', en: '' };
    out.add('figures-missing-column', { vi: `Thiếu cột ${columnNames(c)}${extra.vi}`, en: `Missing column ${columnNames(c)}${extra.en}` }, 1, c);
  }
}

function checkDates(rows: readonly RawRow[], index: number | undefined, ctx: FigureContext, out: Problems): string | undefined {
  if (ctx.date) return ctx.date;
  if (index === undefined) return undefined;
  let first: { date: string; row: number } | undefined;
  for (const r of rows) {
    const cell = r.cells[index];
    if (cell === undefined) continue;
    const date = dateCell(cell);
    if (!date) {
      out.add('figures-date-invalid', { vi: `Ngày số liệu không đọc được: “${cellText(cell)}” (viết 30/6/2026)`, en: `Unreadable date of the figures: “${cellText(cell)}” (write 30/6/2026)` }, r.row, 'date');
    } else if (!first) {
      first = { date, row: r.row };
    } else if (date !== first.date) {
      out.add('figures-dates-differ', { vi: `Ngày số liệu ${date} khác ngày ở dòng ${first.row} (${first.date})`, en: `Date ${date} differs from the date in row ${first.row} (${first.date})` }, r.row, 'date');
    }
  }
  if (!first) out.add('figures-no-date', { vi: 'Không có ngày số liệu (cột “Ngày số liệu” hoặc --date)', en: 'No date of the figures (a “date” column or --date)' }, undefined, 'date');
  return first?.date;
}

/**
 * Checks a figures file against the province and its units, and reports every problem at once, each
 * with its row: a missing column, an unknown unit (with a suggestion), a unit of another province, a
 * number that is text, negative or a fraction, completed or enrolled above the staff, a unit given
 * twice, dates that differ, and the units that sent nothing. Rows with a problem give no record.
 */
export function validateFigures(table: RawTable, ctx: FigureContext): FiguresData {
  const out = new Problems(table.file);
  const columns = findColumns(table.header);
  missingColumns(columns, ctx, out);
  if (table.rows.length === 0) out.add('figures-empty', { vi: 'Tệp số liệu không có dòng số liệu nào', en: 'The figures file has no data rows' }, undefined);
  const m = matcherOf(ctx);
  const seen = new Map<string, number>();
  const expected = new Set(ctx.expected);
  const records: FigureRecord[] = [];
  for (const r of table.rows) {
    const at = (c: FigureColumn): Cell => (columns[c] === undefined ? undefined : r.cells[columns[c]]);
    const written = cellText(at('unit')).trim();
    let unit: Agency | undefined;
    if (columns.unit !== undefined) {
      if (!written) out.add('figures-unit-empty', { vi: 'Thiếu tên đơn vị', en: 'No unit name' }, r.row, 'unit');
      else unit = unitOf(written, r.row, ctx, m, out);
    }
    const counts = NUMBER_COLUMNS.map((c) => (columns[c] === undefined ? undefined : countOf(at(c), c, r.row, out)));
    if (unit) {
      const first = seen.get(unit.id);
      if (first !== undefined) {
        out.add('figures-duplicate-unit', { vi: `${unit.name} đã có số liệu ở dòng ${first}`, en: `${unit.name} already has figures in row ${first}` }, r.row, 'unit');
        unit = undefined;
      } else {
        seen.set(unit.id, r.row);
        if (!expected.has(unit.id)) {
          out.add('figures-unit-not-addressed', { vi: `${unit.name} không thuộc các đơn vị phải báo cáo`, en: `${unit.name} is not among the units that report` }, r.row, 'unit');
          unit = undefined;
        }
      }
    }
    const [staff, enrolled, completed] = counts;
    if (staff === undefined || enrolled === undefined || completed === undefined) continue;
    if (!checkCounts(staff, enrolled, completed, r.row, out) || !unit) continue;
    records.push({ row: r.row, unit: unit.id, written, staff, enrolled, completed });
  }
  const date = checkDates(table.rows, columns.date, ctx, out);
  const outside = date ? dateOutsidePeriod(date, ctx.today ?? todayIso()) : undefined;
  if (outside) out.add('figures-date-outside-period', outside.message, undefined, 'date', outside.severity);
  out.list.push(...noStaffProblems(records, table.file));
  const names = new Map(ctx.agencies.map((a) => [a.id, a.name] as const));
  for (const id of ctx.expected) {
    if (seen.has(id)) continue;
    const name = names.get(id) ?? id;
    out.add('figures-unit-missing', { vi: `${name} chưa có số liệu`, en: `${name} sent no figures` }, undefined, 'unit', ctx.allowMissing ? 'warning' : 'error');
  }
  return { file: table.file, records, date, problems: out.list };
}
