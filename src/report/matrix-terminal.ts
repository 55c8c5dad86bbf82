import pc from 'picocolors';
import { addresseeCoverageLines, noDocumentText, silentAddressees, stampText } from './matrix-addressees.js';
import { columnsOfLevel, levelsPresent } from '../matrix/aggregate.js';
import { matrixGrid, type GridRow } from '../matrix/grid.js';
import { searchMatrix } from '../matrix/search.js';
import type { CellStatus, CoverageMatrix } from '../matrix/types.js';
import type { Lang } from './diagnostic.js';
import { percentText } from './matrix-cells.js';
import { gridCellText, rowLabel } from './matrix-grid-text.js';
import { levelName, matrixWords, STATUS_MARK } from './matrix-labels.js';

/** Options of the terminal form. */
export interface MatrixTerminalOptions {
  readonly lang: Lang;
  /** Colour the marks (on a TTY). */
  readonly color?: boolean;
  /** Width to fit (default 120). */
  readonly width?: number;
  /** A level with more documents than this is summed per province in one row (default 16). */
  readonly maxColumns?: number;
  /** Only the rows and cells that are missing, or partly covered with an error. */
  readonly missingOnly?: boolean;
  /** At most this many cells in the list of gaps (default 40). */
  readonly maxGaps?: number;
  /** Narrow the table to the addressees or the tasks this names (see `searchMatrix`). */
  readonly search?: string;
}

type Paint = (s: string) => string;

const MAX_CELL = 16;

/** The matrix as a terminal table that fits the width: one row per addressee, the root's tasks across. */
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
  const grid = matrixGrid(m, { maxDocuments: options.maxColumns ?? 16, ...(options.missingOnly ? { missingOnly: true } : {}) });
  if (options.missingOnly) out.push(colors.dim(w.missingOnlyNote));
  const found = options.search === undefined ? undefined : searchMatrix(m, grid, options.search);
  if (found) out.push(colors.bold(w.search(found.query, found.by, found.grid.length, found.matrix.rows.length)));
  if (found?.by !== 'none') out.push(...gridTable(found?.matrix ?? m, found?.grid ?? grid, width, paint, lang));
  out.push('');
  out.push(...summary(m, lang), '');
  out.push(...silentLine(m, lang), '');
  out.push(...gapList(m, lang, options.maxGaps ?? 40, paint), '');
  out.push(...legend(m, lang, paint, options.maxColumns ?? 16));
  return `${out.join('\n')}\n`;
}

const MAX_LABEL = 34;

/** The grid as a table: addressees down, the root's tasks across, cut into pages of tasks that fit the width. */
function gridTable(m: CoverageMatrix, grid: readonly GridRow[], width: number, paint: Record<CellStatus, Paint>, lang: Lang): string[] {
  const w = matrixWords(lang);
  if (grid.length === 0) return [w.noGaps];
  const labels = grid.map((r) => fit(rowLabel(r, lang), MAX_LABEL));
  const labelWidth = Math.max(len(w.addressee), ...labels.map(len));
  const heads = m.rows.map((r) => (r.kind === 'mirror' ? `${r.id}*` : r.id));
  const texts = grid.map((r) => r.cells.map((c) => fit(gridCellText(c, lang), MAX_CELL)));
  const widths = m.rows.map((_, t) => Math.max(len(heads[t] ?? ''), ...texts.map((row) => len(row[t] ?? ''))));
  const pages: number[][] = [];
  let used = labelWidth + 3;
  for (let t = 0; t < m.rows.length; t++) {
    const need = (widths[t] ?? 0) + 2;
    if (pages.length === 0 || used + need > width) {
      pages.push([]);
      used = labelWidth + 3;
    }
    pages[pages.length - 1]?.push(t);
    used += need;
  }
  const lines: string[] = [];
  for (const page of pages) {
    const cell = (text: string, t: number): string => pad(text, widths[t] ?? 0);
    lines.push(`${pad(w.addressee, labelWidth)} │ ${page.map((t) => cell(heads[t] ?? '', t)).join('  ')}`);
    lines.push(`${'─'.repeat(labelWidth)}─┼─${page.map((t) => '─'.repeat(widths[t] ?? 0)).join('──')}`);
    let level: GridRow['level'] | undefined;
    grid.forEach((row, r) => {
      const changed = row.kind === 'addressee' && level !== undefined && level !== row.level;
      if (row.kind === 'addressee') level = row.level;
      if (changed) lines.push(`${'┄'.repeat(labelWidth)} ┆ ${page.map((t) => '┄'.repeat(widths[t] ?? 0)).join('  ')}`);
      const cells = page.map((t) => {
        const c = row.cells[t];
        return c ? paint[c.status](cell(texts[r]?.[t] ?? '', t)) : cell('', t);
      });
      lines.push(`${pad(labels[r] ?? '', labelWidth)} │ ${cells.join('  ')}`.trimEnd());
    });
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

/** How many addressees have no document: their rows of ✗ are in the grid. */
function silentLine(m: CoverageMatrix, lang: Lang): string[] {
  const n = silentAddressees(m).length;
  if (n === 0) return [];
  return [lang === 'vi' ? `Cơ quan được giao chưa có văn bản: ${n} (các dòng ✗ “${noDocumentText(lang)}” ở bảng trên)` : `Addressees without a document: ${n} (the ✗ “${noDocumentText(lang)}” rows above)`];
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
  const lines = [`${w.legend}: ${marks.join(' · ')}`, w.dueNote, `${w.columnsKey} (* = ${w.mirrorRow}):`];
  const idWidth = Math.max(...m.rows.map((r) => r.id.length));
  for (const r of m.rows) lines.push(`  ${pad(r.id, idWidth)}  ${fit(r.gist, 80)} — ${r.lead.join(', ')}${r.deadline ? ` — ${r.deadline}` : ''}`);
  // Documents shown one per row are listed with their full label, issuer and file.
  const shown = levelsPresent(m).filter((l) => columnsOfLevel(m, l).length <= maxColumns).flatMap((l) => columnsOfLevel(m, l));
  if (shown.length > 0) lines.push(`${w.documentsKey}:`);
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
