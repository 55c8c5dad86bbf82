import { columnsOfLevel, groupsOfLevel, levelsPresent } from '../matrix/aggregate.js';
import { addresseeCoverageLines, noDocumentText, silentAddressees, stampText } from './matrix-addressees.js';
import type { CellStatus, CoverageMatrix, MatrixLevel } from '../matrix/types.js';
import type { Lang } from './diagnostic.js';
import { cellText, groupCellText, percentText } from './matrix-cells.js';
import { levelName, matrixWords, STATUS_MARK } from './matrix-labels.js';

/** Options of the Markdown form. */
export interface MatrixMarkdownOptions {
  readonly lang: Lang;
  /** A level with more documents than this is grouped by province (default 12). */
  readonly maxColumns?: number;
  /** At most this many cells in the list of gaps (default 500). */
  readonly maxGaps?: number;
}

// Documents per table, so that a table stays readable in a rendered page.
const PAGE = 8;

/** The matrix as Markdown: a summary, one table per level (pages of a few documents), the gaps, the key. */
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
  for (const level of levelsPresent(m)) out.push(...levelTables(m, level, options));
  out.push(...silent(m, lang));
  out.push(...gaps(m, lang, options.maxGaps ?? 500));
  out.push(`## ${w.legend}`, '');
  for (const s of Object.keys(STATUS_MARK) as CellStatus[]) out.push(`- ${STATUS_MARK[s]} ${w.status[s]}`);
  out.push('', `${w.rowsKey}:`, '');
  for (const r of m.rows) out.push(`- **${md(r.id)}**${r.kind === 'mirror' ? ` (${w.mirrorRow})` : ''}: ${md(r.gist)} — ${md(r.lead.join(', '))}${r.deadline ? ` — ${md(r.deadline)}` : ''}`);
  return `${out.join('\n')}\n`;
}

function levelTables(m: CoverageMatrix, level: MatrixLevel, options: MatrixMarkdownOptions): string[] {
  const { lang } = options;
  const w = matrixWords(lang);
  const cols = columnsOfLevel(m, level);
  const cov = m.byLevel.get(level);
  const out = [`## ${levelName(level, lang)} (${cols.length} ${w.documents}${cov ? `, ${w.coverage.toLowerCase()} ${percentText(cov, lang)} %` : ''})`, ''];
  if (cols.length > (options.maxColumns ?? 12)) {
    out.push(w.aggregated(cols.length), '');
    const groups = groupsOfLevel(m, level);
    for (let start = 0; start < groups.length; start += PAGE) {
      const page = groups.slice(start, start + PAGE);
      out.push(`| ${w.task} | ${page.map((g) => `${md(g.name || '—')} (${g.columns.length})`).join(' | ')} |`, `|---|${page.map(() => ':---:').join('|')}|`);
      m.rows.forEach((r, ri) => out.push(`| ${rowLabel(r.id, r.kind)} | ${page.map((g) => md(groupCellText(g.counts[ri] ?? emptyCounts(), g.columns.length === 1))).join(' | ')} |`));
      out.push(`| **%** | ${page.map((g) => percentText(g.coverage, lang)).join(' | ')} |`, '');
    }
    return out;
  }
  for (let start = 0; start < cols.length; start += PAGE) {
    const page = cols.slice(start, start + PAGE);
    out.push(`| ${w.task} | ${page.map((i) => `${md(m.columns[i]?.label ?? '')}<br>${md(m.columns[i]?.issuerName ?? '')}`).join(' | ')} |`, `|---|${page.map(() => ':---:').join('|')}|`);
    m.rows.forEach((r, ri) => out.push(`| ${rowLabel(r.id, r.kind)} | ${page.map((i) => { const c = m.cells[i]?.[ri]; return c ? md(cellText(c)) : ''; }).join(' | ')} |`));
    out.push(`| **%** | ${page.map((i) => (m.byColumn[i] ? percentText(m.byColumn[i], lang) : '')).join(' | ')} |`, '');
  }
  return out;
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

function rowLabel(id: string, kind: 'must' | 'mirror'): string {
  return kind === 'mirror' ? `${md(id)} ↗` : `**${md(id)}**`;
}

function emptyCounts(): Record<CellStatus, number> {
  return { covered: 0, partly: 0, mirrored: 0, 'not-applicable': 0, missing: 0, unknown: 0, none: 0 };
}

/** Escapes what Markdown would read as syntax inside a table cell. */
function md(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\n/g, ' ');
}
