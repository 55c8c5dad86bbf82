import { addresseeCoverageLines, noDocumentText, stampText } from './matrix-addressees.js';
import ExcelJS from 'exceljs';
import { columnsOfLevel, levelsPresent } from '../matrix/aggregate.js';
import { matrixGrid } from '../matrix/grid.js';
import { gridCellText } from './matrix-grid-text.js';
import type { CellStatus, Coverage, CoverageMatrix, MatrixLevel } from '../matrix/types.js';
import type { Lang } from './diagnostic.js';
import { cellText } from './matrix-cells.js';
import { levelName, matrixWords, STATUS_MARK } from './matrix-labels.js';

/** Options of the XLSX form. */
export interface MatrixXlsxOptions {
  readonly lang: Lang;
}

/** Fill and font colours (ARGB) of each status, as in the HTML form. */
export const XLSX_COLORS: Readonly<Record<CellStatus, { readonly fill: string; readonly font: string }>> = {
  covered: { fill: 'FFDFF0E0', font: 'FF1B5E20' },
  partly: { fill: 'FFFFF1C2', font: 'FF7A5A00' },
  mirrored: { fill: 'FFDEEBFB', font: 'FF0D47A1' },
  'not-applicable': { fill: 'FFECECEC', font: 'FF555555' },
  missing: { fill: 'FFFBD9D7', font: 'FFA31515' },
  unknown: { fill: 'FFF3E8FA', font: 'FF5E3A87' },
  none: { fill: 'FFFFFFFF', font: 'FFB5B5B5' },
};

const HEADER_FILL = 'FFF0F0EC';
// Fixed columns before the tasks on a level sheet: province, document, issuer, file.
const FIXED = 4;

/**
 * The matrix as an XLSX workbook: a summary sheet, the addressees (one row each, their counts), the
 * grid (one row per addressee, the tasks across), then one sheet per level with one row per
 * document (a sheet holds 3,321 rows well, 3,321 columns badly), the central tasks as columns,
 * cells coloured by status with the reasons as notes, header row and document columns frozen.
 */
export async function formatMatrixXlsx(m: CoverageMatrix, options: MatrixXlsxOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cascade';
  // A fixed date keeps the file the same for the same matrix.
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  summarySheet(wb, m, options.lang);
  addresseeSheet(wb, m, options.lang);
  gridSheet(wb, m, options.lang);
  for (const level of levelsPresent(m)) levelSheet(wb, m, level, options.lang);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** One row per addressee of the root: its document, number, date, tasks taken up of those owed, errors, late. */
function addresseeSheet(wb: ExcelJS.Workbook, m: CoverageMatrix, lang: Lang): void {
  const rows = m.addressees?.rows ?? [];
  if (rows.length === 0) return;
  const vi = lang === 'vi';
  const ws = wb.addWorksheet(uniqueSheetName(wb, vi ? 'Cơ quan được giao' : 'Addressees'), { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  ws.getCell('A1').value = [stampText(m, lang), ...addresseeCoverageLines(m, lang)].filter((x) => x !== undefined).join(' · ');
  styleHeader(ws.addRow(vi
    ? ['Cơ quan', 'Cấp', 'Văn bản', 'Số, ký hiệu', 'Ngày', 'Nhiệm vụ đã triển khai', 'Nhiệm vụ phải thực hiện', 'Lỗi', 'Trễ hạn', 'Thời hạn sớm nhất']
    : ['Addressee', 'Level', 'Document', 'Number', 'Date', 'Tasks taken up', 'Tasks owed', 'Errors', 'Late', 'Earliest deadline']));
  for (const a of rows) {
    const docs = a.documents;
    const status = !a.evaluated && docs.length === 0 ? (vi ? 'chưa đánh giá được' : 'not evaluated') : docs.length === 0 ? `${STATUS_MARK.missing} ${noDocumentText(lang)}` : docs.map((d) => `${d.id}${d.draft ? (vi ? ' (dự thảo)' : ' (draft)') : ''}${d.known ? (vi ? ' (chỉ biết qua trích dẫn)' : ' (known by citation)') : ''}`).join('; ');
    const row = ws.addRow([
      a.name,
      levelName(a.level, lang),
      status,
      docs.map((d) => d.label).join('; '),
      docs.map((d) => d.date ?? '').join('; '),
      a.takenUp ?? null,
      a.owed.length,
      a.errors,
      a.late,
      a.due ? `${a.due.date} (${a.due.text}, ${a.due.task})` : '',
    ]);
    if (docs.length === 0 && a.evaluated) paint(row.getCell(3), 'missing');
  }
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 44 : i === 2 ? 30 : i === 9 ? 36 : 14;
  });
}

/** The grid: one row per addressee (the lower documents of its province under it), the root's tasks across. */
function gridSheet(wb: ExcelJS.Workbook, m: CoverageMatrix, lang: Lang): void {
  const grid = matrixGrid(m, { maxDocuments: Number.POSITIVE_INFINITY });
  if (grid.length === 0 || !m.addressees) return;
  const w = matrixWords(lang);
  const ws = wb.addWorksheet(uniqueSheetName(wb, lang === 'vi' ? 'Ma trận' : 'Matrix'), { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  ws.getCell('A1').value = [stampText(m, lang), w.dueNote].filter((x) => x !== undefined).join(' · ');
  const head = [w.addressee.split(' · ')[0] ?? '', w.document, ...m.rows.map((r) => (r.kind === 'mirror' ? `${r.id} ↗` : r.id))];
  const header = ws.addRow(head);
  styleHeader(header);
  m.rows.forEach((r, i) => {
    header.getCell(3 + i).note = `${r.gist}\n— ${r.lead.join(', ')}${r.deadline ? `\n— ${r.deadline}` : ''}`;
  });
  for (const g of grid) {
    const who = g.kind === 'addressee' ? g.name : `└ ${g.name}`;
    const docs = g.noDocument ? `${STATUS_MARK.missing} ${noDocumentText(lang)}` : g.documents.join('; ');
    const row = ws.addRow([who, docs, ...g.cells.map((c) => gridCellText(c, lang))]);
    if (g.kind === 'addressee') row.getCell(1).font = { bold: true };
    g.cells.forEach((c, r) => {
      const cell = row.getCell(3 + r);
      paint(cell, c.status);
      const why = [...(c.note !== undefined ? [c.note] : []), ...c.reasons.map((x) => `${x.message[lang]} [${x.rule}]`)];
      if (why.length > 0) cell.note = why.join('\n');
    });
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: head.length } };
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 24;
  m.rows.forEach((_, i) => {
    ws.getColumn(3 + i).width = 14;
  });
}

function summarySheet(wb: ExcelJS.Workbook, m: CoverageMatrix, lang: Lang): void {
  const w = matrixWords(lang);
  const ws = wb.addWorksheet(w.summary, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = `${w.title} — ${m.root.label}`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = m.root.subject ?? '';
  // When, as of which day, from which inputs; and the coverage over addressees ("Cấp tỉnh: 3/34").
  ws.getCell('C1').value = [stampText(m, lang), ...addresseeCoverageLines(m, lang)].filter((x) => x !== undefined).join(' · ');
  const head = [w.province, w.documents, STATUS_MARK.covered, STATUS_MARK.partly, STATUS_MARK.missing, STATUS_MARK.mirrored, STATUS_MARK['not-applicable'], `${w.coverage} %`];
  styleHeader(ws.addRow(head));
  const add = (label: string, docs: number, c: Coverage, bold = false): void => {
    const row = ws.addRow([label, docs, c.covered, c.partly, c.missing, c.mirrored, c.notApplicable, c.percent === undefined ? null : round1(c.percent)]);
    if (bold) row.font = { bold: true };
  };
  add(w.overall, m.columns.length, m.overall, true);
  for (const level of levelsPresent(m)) {
    const c = m.byLevel.get(level);
    if (c) add(levelName(level, lang), columnsOfLevel(m, level).length, c, true);
  }
  for (const p of m.provinces) add(p.name, p.columns.length, p.coverage);
  ws.addRow([]);
  ws.addRow([w.formula]);
  ws.addRow([]);
  styleHeader(ws.addRow([w.legend]));
  for (const s of Object.keys(STATUS_MARK) as CellStatus[]) {
    const row = ws.addRow([`${STATUS_MARK[s]} ${w.status[s]}`]);
    paint(row.getCell(1), s);
  }
  ws.addRow([]);
  styleHeader(ws.addRow([w.columnsKey]));
  for (const r of m.rows) ws.addRow([`${r.id}${r.kind === 'mirror' ? ' ↗' : ''}`, r.gist, r.lead.join(', '), r.deadline ?? '']);
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 34 : i === 1 ? 12 : 10;
  });
}

function levelSheet(wb: ExcelJS.Workbook, m: CoverageMatrix, level: MatrixLevel, lang: Lang): void {
  const w = matrixWords(lang);
  const name = uniqueSheetName(wb, levelName(level, lang));
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const head = [w.province, w.document, w.issuer, 'YAML', ...m.rows.map((r) => (r.kind === 'mirror' ? `${r.id} ↗` : r.id)), `${w.coverage} %`];
  const header = ws.addRow(head);
  styleHeader(header);
  m.rows.forEach((r, i) => {
    header.getCell(FIXED + 1 + i).note = `${r.gist}\n— ${r.lead.join(', ')}${r.deadline ? `\n— ${r.deadline}` : ''}`;
  });
  const provinceName = new Map(m.provinces.map((p) => [p.slug, p.name]));
  for (const ci of columnsOfLevel(m, level)) {
    const col = m.columns[ci];
    const cells = m.cells[ci] ?? [];
    if (!col) continue;
    const cov = m.byColumn[ci];
    const row = ws.addRow([
      col.province ? (provinceName.get(col.province) ?? col.province) : '',
      col.label,
      col.issuerName,
      col.file ?? '',
      ...cells.map((c) => cellText(c)),
      cov?.percent === undefined ? null : round1(cov.percent),
    ]);
    cells.forEach((c, r) => {
      const cell = row.getCell(FIXED + 1 + r);
      paint(cell, c.status);
      // The parent's deadline beside a missing or partly covered cell: by when it was owed.
      const due = (c.status === 'missing' || c.status === 'partly') && m.rows[r]?.deadline ? [`${lang === 'vi' ? 'Thời hạn' : 'Deadline'}: ${m.rows[r]?.deadline}`] : [];
      const why = [...due, ...(c.note !== undefined ? [c.note] : []), ...c.reasons.map((x) => `${x.message[lang]} [${x.rule}]`)];
      if (why.length > 0) cell.note = why.join('\n');
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 18;
  ws.getColumn(3).width = 34;
  ws.getColumn(4).width = 24;
  m.rows.forEach((_, i) => {
    ws.getColumn(FIXED + 1 + i).width = 11;
  });
  ws.getColumn(head.length).width = 10;
}

function paint(cell: ExcelJS.Cell, status: CellStatus): void {
  const c = XLSX_COLORS[status];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } };
  cell.font = { color: { argb: c.font }, bold: status === 'missing' };
  cell.alignment = { horizontal: 'center' };
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF999999' } } };
  });
}

/** Sheet names: at most 31 characters, unique. */
function uniqueSheetName(wb: ExcelJS.Workbook, name: string): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  let candidate = base;
  for (let i = 2; wb.getWorksheet(candidate); i++) candidate = `${base.slice(0, 28)} ${i}`;
  return candidate;
}

function round1(n: number): number {
  return Math.floor(n * 10) / 10;
}
