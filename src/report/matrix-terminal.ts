import pc from 'picocolors';
import { addresseeCoverageLines, noDocumentText, owedText, silentAddressees, stampText } from './matrix-addressees.js';
import { groupsOfLevel, columnsOfLevel, levelsPresent, type LevelGroup } from '../matrix/aggregate.js';
import type { CellStatus, CoverageMatrix, MatrixCell } from '../matrix/types.js';
import type { Lang } from './diagnostic.js';
import { abbreviate, cellText, groupCellStatus, groupCellText, percentText } from './matrix-cells.js';
import { levelName, matrixWords, STATUS_MARK } from './matrix-labels.js';

/** Options of the terminal form. */
export interface MatrixTerminalOptions {
  readonly lang: Lang;
  /** Colour the marks (on a TTY). */
  readonly color?: boolean;
  /** Width to fit (default 120). */
  readonly width?: number;
  /** A level with more documents than this is shown grouped by province (default 16). */
  readonly maxColumns?: number;
  /** At most this many cells in the list of gaps (default 40). */
  readonly maxGaps?: number;
}

type Paint = (s: string) => string;

/** One column of a printed table: two header lines, a cell per row, and the coverage line. */
interface PrintColumn {
  readonly head: readonly [string, string];
  readonly cells: readonly { text: string; status: CellStatus }[];
  readonly foot: string;
}

const MAX_CELL = 14;

/** The matrix as a terminal table that fits the width: per document when few, per province when many. */
export function formatMatrixTerminal(m: CoverageMatrix, options: MatrixTerminalOptions): string {
  const { lang } = options;
  const w = matrixWords(lang);
  const colors = pc.createColors(options.color ?? false);
  const paint: Record<CellStatus, Paint> = {
    covered: colors.green,
    partly: colors.yellow,
    mirrored: colors.cyan,
    'not-applicable': colors.dim,
    missing: (s) => colors.bold(colors.red(s)),
    unknown: colors.magenta,
    none: colors.dim,
  };
  const width = options.width ?? 120;
  const out: string[] = [];
  out.push(colors.bold(`${w.title} — ${m.root.label} · ${m.columns.length} ${w.documents} · ${w.coverage.toLowerCase()} ${percentText(m.overall, lang)} %`));
  const stamp = stampText(m, lang);
  if (stamp) out.push(colors.dim(stamp));
  out.push(...addresseeCoverageLines(m, lang).map((l) => colors.bold(l)), '');
  const rowLabelWidth = Math.max(w.task.length, ...m.rows.map((r) => r.id.length + 1), 3);
  for (const level of levelsPresent(m)) {
    const cols = columnsOfLevel(m, level);
    const cov = m.byLevel.get(level);
    out.push(colors.bold(`${levelName(level, lang)} — ${cols.length} ${w.documents}${cov ? ` — ${w.coverage.toLowerCase()} ${percentText(cov, lang)} %` : ''}`));
    const grouped = cols.length > (options.maxColumns ?? 16);
    const printCols = grouped ? groupColumns(groupsOfLevel(m, level), lang) : documentColumns(m, cols, lang);
    if (grouped) out.push(colors.dim(w.aggregated(cols.length)));
    out.push(...table(m, printCols, rowLabelWidth, width, paint, lang), '');
  }
  out.push(...summary(m, lang), '');
  out.push(...silentList(m, lang, options.maxGaps ?? 40, paint), '');
  out.push(...gapList(m, lang, options.maxGaps ?? 40, paint), '');
  out.push(...legend(m, lang, paint, options.maxColumns ?? 16));
  return `${out.join('\n')}\n`;
}

function documentColumns(m: CoverageMatrix, cols: readonly number[], lang: Lang): PrintColumn[] {
  return cols.map((i) => {
    const col = m.columns[i];
    const province = m.provinces.find((p) => p.slug === col?.province)?.name ?? '';
    return {
      head: [fit(col?.label ?? '', MAX_CELL), fit(abbreviate(province, MAX_CELL), MAX_CELL)],
      cells: (m.cells[i] ?? []).map((c: MatrixCell) => ({ text: fit(cellText(c), MAX_CELL), status: c.status })),
      foot: `${percentText(m.byColumn[i] ?? m.overall, lang)}`,
    };
  });
}

function groupColumns(groups: readonly LevelGroup[], lang: Lang): PrintColumn[] {
  return groups.map((g) => ({
    head: [abbreviate(g.name || '—', 7), `(${g.columns.length})`],
    cells: g.counts.map((c) => ({ text: groupCellText(c, g.columns.length === 1), status: groupCellStatus(c) })),
    foot: percentText(g.coverage, lang),
  }));
}

/** The table, cut into pages of columns that fit the width. */
function table(m: CoverageMatrix, cols: readonly PrintColumn[], labelWidth: number, width: number, paint: Record<CellStatus, Paint>, lang: Lang): string[] {
  const w = matrixWords(lang);
  const widths = cols.map((c) => Math.max(len(c.head[0]), len(c.head[1]), len(c.foot), ...c.cells.map((x) => len(x.text))));
  const pages: number[][] = [];
  let used = labelWidth + 2;
  for (let i = 0; i < cols.length; i++) {
    const need = (widths[i] ?? 0) + 2;
    if (pages.length === 0 || used + need > width) {
      pages.push([]);
      used = labelWidth + 2;
    }
    pages[pages.length - 1]?.push(i);
    used += need;
  }
  const lines: string[] = [];
  for (const page of pages) {
    const cell = (text: string, i: number): string => pad(text, widths[i] ?? 0);
    lines.push(`${pad('', labelWidth)} │ ${page.map((i) => cell(cols[i]?.head[0] ?? '', i)).join('  ')}`);
    lines.push(`${pad(w.task, labelWidth)} │ ${page.map((i) => cell(cols[i]?.head[1] ?? '', i)).join('  ')}`);
    lines.push(`${'─'.repeat(labelWidth)}─┼─${page.map((i) => '─'.repeat(widths[i] ?? 0)).join('──')}`);
    m.rows.forEach((row, r) => {
      if (r > 0 && row.kind === 'mirror' && m.rows[r - 1]?.kind === 'must') lines.push(`${'┄'.repeat(labelWidth)} ┆ ${page.map((i) => '┄'.repeat(widths[i] ?? 0)).join('  ')}`);
      const label = row.kind === 'mirror' ? `${row.id}*` : row.id;
      const cells = page.map((i) => {
        const c = cols[i]?.cells[r];
        return c ? paint[c.status](cell(c.text, i)) : cell('', i);
      });
      lines.push(`${pad(label, labelWidth)} │ ${cells.join('  ')}`);
    });
    lines.push(`${'─'.repeat(labelWidth)}─┼─${page.map((i) => '─'.repeat(widths[i] ?? 0)).join('──')}`);
    lines.push(`${pad('%', labelWidth)} │ ${page.map((i) => cell(cols[i]?.foot ?? '', i)).join('  ')}`);
    if (page !== pages[pages.length - 1]) lines.push('');
  }
  return lines;
}

function summary(m: CoverageMatrix, lang: Lang): string[] {
  const w = matrixWords(lang);
  const lines = [`${w.summary}:`];
  for (const level of levelsPresent(m)) {
    const c = m.byLevel.get(level);
    if (!c) continue;
    lines.push(`  ${pad(levelName(level, lang), 18)} ${pad(`${percentText(c, lang)} %`, 8)} ${STATUS_MARK.covered} ${c.covered}  ${STATUS_MARK.partly} ${c.partly}  ${STATUS_MARK.missing} ${c.missing}  ${STATUS_MARK.mirrored} ${c.mirrored}  ${STATUS_MARK['not-applicable']} ${c.notApplicable}  ${STATUS_MARK.unknown} ${c.unknown}`);
  }
  const o = m.overall;
  lines.push(`  ${pad(w.overall, 18)} ${pad(`${percentText(o, lang)} %`, 8)} ${STATUS_MARK.covered} ${o.covered}  ${STATUS_MARK.partly} ${o.partly}  ${STATUS_MARK.missing} ${o.missing}  ${STATUS_MARK.mirrored} ${o.mirrored}  ${STATUS_MARK['not-applicable']} ${o.notApplicable}  ${STATUS_MARK.unknown} ${o.unknown}`);
  lines.push(`  ${w.formula}`);
  return lines;
}

/** One line per addressee without a document: ✗ chưa có văn bản, what it owes, by when. */
function silentList(m: CoverageMatrix, lang: Lang, max: number, paint: Record<CellStatus, Paint>): string[] {
  const silent = silentAddressees(m);
  if (silent.length === 0) return [];
  const head = lang === 'vi' ? `Cơ quan được giao chưa có văn bản (${silent.length}):` : `Addressees without a document (${silent.length}):`;
  const lines = silent.slice(0, max).map((a) => `  ${paint.missing(STATUS_MARK.missing)} ${a.name} — ${noDocumentText(lang)}${owedText(a, lang) ? ` · ${owedText(a, lang)}` : ''}`);
  if (silent.length > max) lines.push(`  ${matrixWords(lang).more(silent.length - max)}`);
  return [head, ...lines];
}

function gapList(m: CoverageMatrix, lang: Lang, max: number, paint: Record<CellStatus, Paint>): string[] {
  const w = matrixWords(lang);
  const gaps: string[] = [];
  let total = 0;
  m.columns.forEach((col, i) => {
    m.rows.forEach((row, r) => {
      const c = m.cells[i]?.[r];
      if (!c || (c.status !== 'missing' && c.status !== 'partly')) return;
      total += 1;
      if (gaps.length >= max) return;
      const why = c.reasons[0] ? ` — ${c.reasons[0].message[lang]}` : '';
      const ids = c.tasks.length > 0 ? ` (${c.tasks.join(', ')})` : '';
      // The parent's deadline beside the gap: by when the task was owed.
      const due = row.deadline ? ` [${lang === 'vi' ? 'hạn' : 'due'}: ${row.deadline}]` : '';
      gaps.push(`  ${paint[c.status](STATUS_MARK[c.status])} ${col.label} · ${col.issuerName} · ${row.id}${due}${ids}${why}`);
    });
  });
  if (total === 0) return [`${w.gaps}: ${w.noGaps}`];
  const lines = [`${w.gaps} (${total}):`, ...gaps];
  if (total > gaps.length) lines.push(`  ${w.more(total - gaps.length)}`);
  return lines;
}

function legend(m: CoverageMatrix, lang: Lang, paint: Record<CellStatus, Paint>, maxColumns: number): string[] {
  const w = matrixWords(lang);
  const marks = (Object.keys(STATUS_MARK) as CellStatus[]).map((s) => `${paint[s](STATUS_MARK[s])} ${w.status[s]}`);
  const lines = [`${w.legend}: ${marks.join(' · ')}`, `${w.rowsKey} (* = ${w.mirrorRow}):`];
  const idWidth = Math.max(...m.rows.map((r) => r.id.length));
  for (const r of m.rows) lines.push(`  ${pad(r.id, idWidth)}  ${fit(r.gist, 80)} — ${r.lead.join(', ')}${r.deadline ? ` — ${r.deadline}` : ''}`);
  // Documents shown one per column are listed with their full label, issuer and file.
  const shown = levelsPresent(m).filter((l) => columnsOfLevel(m, l).length <= maxColumns).flatMap((l) => columnsOfLevel(m, l));
  if (shown.length > 0) lines.push(`${w.columnsKey}:`);
  for (const i of shown) {
    const c = m.columns[i];
    if (c) lines.push(`  ${c.label} — ${c.issuerName}${c.file ? ` (${c.file})` : ''}`);
  }
  return lines;
}

function len(s: string): number {
  return [...s.normalize('NFC')].length;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - len(s)));
}

function fit(s: string, width: number): string {
  const chars = [...s.normalize('NFC')];
  return chars.length <= width ? s : `${chars.slice(0, width - 1).join('')}…`;
}
