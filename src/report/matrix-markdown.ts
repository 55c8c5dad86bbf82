import { columnsOfLevel, levelsPresent } from '../matrix/aggregate.js';
import { matrixGrid } from '../matrix/grid.js';
import { searchMatrix } from '../matrix/search.js';
import { gridCellText, rowLabel } from './matrix-grid-text.js';
import { addresseeCoverageLines, noDocumentText, silentAddressees, stampText } from './matrix-addressees.js';
import type { CellStatus, CoverageMatrix } from '../matrix/types.js';
import type { Lang } from './diagnostic.js';
import { percentText } from './matrix-cells.js';
import { levelName, matrixWords, STATUS_MARK } from './matrix-labels.js';

/** Options of the Markdown form. */
export interface MatrixMarkdownOptions {
  readonly lang: Lang;
  /** A level with more documents than this is summed per province in one row (default 12). */
  readonly maxColumns?: number;
  /** Only the rows and cells that are missing, or partly covered with an error. */
  readonly missingOnly?: boolean;
  /** At most this many cells in the list of gaps (default 500). */
  readonly maxGaps?: number;
  /** Narrow the table to the addressees or the tasks this names (see `searchMatrix`). */
  readonly search?: string;
}

/** The matrix as Markdown: a summary, one table with a row per addressee and a column per task, the gaps, the key. */
export function formatMatrixMarkdown(m: CoverageMatrix, options: MatrixMarkdownOptions): string {
  const { lang } = options;
  const w = matrixWords(lang);
  const out: string[] = [`# ${w.title} — ${m.root.label}`, ''];
  if (m.root.subject) out.push(`*${md(m.root.subject)}*`, '');
  const stamp = stampText(m, lang);
  if (stamp) out.push(`> ${md(stamp)}`, '');
  const coverage = addresseeCoverageLines(m, lang);
  if (coverage.length > 0) out.push(...coverage.map((l) => `- **${md(l)}**`), '');
  out.push(`## ${w.summary}`, '', `| ${w.document} | ${w.documents} | ${STATUS_MARK.covered} | ${STATUS_MARK.partly} | ${STATUS_MARK.missing} | ${STATUS_MARK.mirrored} | ${STATUS_MARK['not-applicable']} | ${w.coverage} |`, '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const level of levelsPresent(m)) {
    const c = m.byLevel.get(level);
    if (c) out.push(`| ${levelName(level, lang)} | ${columnsOfLevel(m, level).length} | ${c.covered} | ${c.partly} | ${c.missing} | ${c.mirrored} | ${c.notApplicable} | ${percentText(c, lang)} % |`);
  }
  const o = m.overall;
  out.push(`| **${w.overall}** | ${m.columns.length} | ${o.covered} | ${o.partly} | ${o.missing} | ${o.mirrored} | ${o.notApplicable} | **${percentText(o, lang)} %** |`, '', w.formula, '');
  out.push(...gridTable(m, options));
  out.push(...silent(m, lang));
  out.push(...gaps(m, lang, options.maxGaps ?? 500));
  out.push(`## ${w.legend}`, '');
  for (const s of Object.keys(STATUS_MARK) as CellStatus[]) out.push(`- ${STATUS_MARK[s]} ${w.status[s]}`);
  out.push('', w.dueNote, '', `${w.columnsKey}:`, '');
  for (const r of m.rows) out.push(`- **${md(r.id)}**${r.kind === 'mirror' ? ` (${w.mirrorRow})` : ''}: ${md(r.gist)} — ${md(r.lead.join(', '))}${r.deadline ? ` — ${md(r.deadline)}` : ''}`);
  return `${out.join('\n')}\n`;
}

/** One table: a row per addressee (documents of lower levels under it), a column per task of the root. */
function gridTable(m: CoverageMatrix, options: MatrixMarkdownOptions): string[] {
  const { lang } = options;
  const w = matrixWords(lang);
  const all = matrixGrid(m, { maxDocuments: options.maxColumns ?? 12, ...(options.missingOnly ? { missingOnly: true } : {}) });
  const out = [`## ${lang === 'vi' ? 'Theo cơ quan được giao' : 'By addressee'}`, ''];
  if (options.missingOnly) out.push(w.missingOnlyNote, '');
  const found = options.search === undefined ? undefined : searchMatrix(m, all, options.search);
  if (found) out.push(`**${md(w.search(found.query, found.by, found.grid.length, found.matrix.rows.length))}**`, '');
  if (found?.by === 'none') return out;
  const grid = found?.grid ?? all;
  const tasks = found?.matrix.rows ?? m.rows;
  if (grid.length === 0) return [...out, w.noGaps, ''];
  out.push(`| ${w.addressee} | ${tasks.map((r) => taskHead(r.id, r.kind)).join(' | ')} |`, `|---|${tasks.map(() => ':---:').join('|')}|`);
  for (const r of grid) {
    const label = r.kind === 'addressee' ? `**${md(rowLabel(r, lang))}**` : md(rowLabel(r, lang));
    out.push(`| ${label} | ${r.cells.map((c) => md(gridCellText(c, lang))).join(' | ')} |`);
  }
  return [...out, ''];
}

function gaps(m: CoverageMatrix, lang: Lang, max: number): string[] {
  const w = matrixWords(lang);
  const lines: string[] = [];
  let total = 0;
  m.columns.forEach((col, i) => {
    m.rows.forEach((row, r) => {
      const c = m.cells[i]?.[r];
      if (!c || (c.status !== 'missing' && c.status !== 'partly')) return;
      total += 1;
      if (lines.length >= max) return;
      const where = `${md(col.label)} · ${md(col.issuerName)}${col.file ? ` (\`${col.file}\`)` : ''}`;
      const ids = c.tasks.length > 0 ? ` (${md(c.tasks.join(', '))})` : '';
      const why = c.reasons.map((x) => `${md(x.message[lang])} \`${x.rule}\``).join('; ');
      const due = row.deadline ? ` (${lang === 'vi' ? 'hạn' : 'due'}: ${md(row.deadline)})` : '';
      lines.push(`- ${STATUS_MARK[c.status]} **${md(row.id)}**${due}${ids} — ${where}${why ? ` — ${why}` : ''}`);
    });
  });
  const out = [`## ${w.gaps} (${total})`, ''];
  if (total === 0) return [...out, w.noGaps, ''];
  out.push(...lines);
  if (total > lines.length) out.push(`- ${w.more(total - lines.length)}`);
  return [...out, ''];
}

/** The addressees without a document: one row each, ✗ chưa có văn bản, what they owe, by when. */
function silent(m: CoverageMatrix, lang: Lang): string[] {
  const list = silentAddressees(m);
  if (list.length === 0) return [];
  const head = lang === 'vi' ? ['Cơ quan', 'Văn bản', 'Phải thực hiện', 'Thời hạn sớm nhất'] : ['Addressee', 'Document', 'Owes', 'Earliest deadline'];
  return [
    `## ${lang === 'vi' ? 'Cơ quan được giao chưa có văn bản' : 'Addressees without a document'} (${list.length})`, '',
    `| ${head.join(' | ')} |`, '|---|---|---|---|',
    ...list.map((a) => `| ${md(a.name)} | ${STATUS_MARK.missing} ${noDocumentText(lang)} | ${md(a.owed.join(', '))} | ${a.due ? md(`${a.due.text} (${a.due.task})`) : '—'} |`),
    '',
  ];
}

function taskHead(id: string, kind: 'must' | 'mirror'): string {
  return kind === 'mirror' ? `${md(id)} ↗` : `**${md(id)}**`;
}

/** Escapes what Markdown would read as syntax inside a table cell. */
function md(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\n/g, ' ');
}
