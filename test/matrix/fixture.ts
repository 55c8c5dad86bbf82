import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG, type CheckConfig } from '../../src/check/config.js';
import { runChecks } from '../../src/check/engine.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import { buildMatrix } from '../../src/matrix/build.js';
import { columnCoverage, sumCoverage } from '../../src/matrix/coverage.js';
import type { MatrixAddressee, MatrixAddressees } from '../../src/matrix/addressees.js';
import type { Coverage, CoverageMatrix, MatrixCell, MatrixColumn, MatrixLevel, MatrixProvince } from '../../src/matrix/types.js';

/** The matrix of a folder of documents, audited with `config`. */
export async function matrixOf(paths: readonly string[], config: CheckConfig = DEFAULT_CONFIG): Promise<CoverageMatrix> {
  const { cascade, diagnostics } = await loadCascade(paths);
  const audit = runChecks(cascade, config);
  const m = buildMatrix(cascade, [...diagnostics, ...audit.diagnostics]);
  if (!m) throw new Error('no root directive');
  return m;
}

/** A copy of `directives/documents` in a temporary folder, with one file's text edited. */
export async function editedDocuments(file: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'matrix-'));
  await cp('directives/documents', dir, { recursive: true });
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  await writeFile(path, after, 'utf8');
  return dir;
}

/** The cell of a document (id) and a row (task id). */
export function cellAt(m: CoverageMatrix, doc: string, row: string) {
  const c = m.columns.findIndex((x) => x.doc === doc);
  const r = m.rows.findIndex((x) => x.id === row);
  const cell = m.cells[c]?.[r];
  if (!cell) throw new Error(`no cell ${doc} × ${row}`);
  return cell;
}

/**
 * A matrix built by hand: `provinces` provinces, each with its letter, two departments and
 * `communes` communes; every cell covered except a few missing and partly covered ones, placed
 * by a fixed rule so tests can count them.
 */
export function handMatrix(provinces: number, communes: number): CoverageMatrix {
  const rows: CoverageMatrix['rows'] = [
    { ref: 'ct#2.a', id: '2.a', gist: 'Tuyên truyền | nâng cao nhận thức', kind: 'must', lead: ['Các bộ và UBND các tỉnh'], leadIds: ['bo-va-tinh'] },
    { ref: 'ct#2.b/2026', id: '2.b/2026', gist: 'Năm 2026: học tập trên nền tảng', kind: 'must', lead: ['Các bộ và UBND các tỉnh'], leadIds: ['bo-va-tinh'], deadline: 'Năm 2026', dueDate: '2026-12-31' },
    { ref: 'ct#5.b', id: '5.b', gist: 'Phân quyền nền tảng', kind: 'mirror', lead: ['Bộ Công an'], leadIds: ['bo-ca'], coordinators: ['Bộ Nội vụ'], coordinatorIds: ['bo-nv'] },
  ];
  const columns: MatrixColumn[] = [];
  const cells: MatrixCell[][] = [];
  const list: MatrixProvince[] = [];
  for (let p = 0; p < provinces; p++) {
    const slug = `tinh-${p}`;
    const start = columns.length;
    const add = (doc: string, level: MatrixColumn['level'], key: string, row: MatrixCell[]): void => {
      columns.push({ doc, label: `${100 + columns.length}/UBND`, issuer: `${slug}.${key}`, issuerName: key === 'ubnd' ? `Ủy ban nhân dân tỉnh Số ${p}` : key, issuerKey: key, level, province: slug, file: `documents/${doc}.yaml`, parents: [] });
      cells.push(row);
    };
    const covered = (id: string): MatrixCell => ({ status: 'covered', tasks: [id], reasons: [] });
    add(`tinh-${p}-letter`, 'province', 'ubnd', [covered('1'), p % 3 === 0 ? { status: 'missing', tasks: [], reasons: [{ rule: 'central-task-missing', severity: 'error', message: { vi: 'Thiếu 2.b/2026', en: 'Missing 2.b/2026' }, at: `tinh-${p}-letter` }] } : covered('2.1'), { status: 'mirrored', tasks: ['4'], reasons: [] }]);
    for (const dep of ['sgddt', 'snv']) add(`tinh-${p}-${dep}`, 'department', dep, [covered('1'), covered('2'), { status: 'none', tasks: [], reasons: [] }]);
    for (let c = 0; c < communes; c++) {
      const partly: MatrixCell = { status: 'partly', tasks: ['2'], reasons: [{ rule: 'deadline-later-than-parent', severity: 'error', message: { vi: 'Thời hạn muộn', en: 'Late deadline' }, at: `x#2` }] };
      add(`tinh-${p}-xa-${c}`, 'commune', `xa-${c}`, [covered('1'), c === 0 ? partly : covered('2'), { status: 'none', tasks: [], reasons: [] }]);
    }
    const idx = columns.map((_, i) => i).slice(start);
    list.push({ slug, name: `Tỉnh Số ${p}`, columns: idx, coverage: sumCoverage(idx.map((i) => columnCoverage(cells[i] ?? [], rows))) });
  }
  const byColumn = cells.map((c) => columnCoverage(c, rows));
  const byLevel = new Map<MatrixLevel, Coverage>();
  for (const level of ['province', 'department', 'commune'] as const) byLevel.set(level, sumCoverage(byColumn.filter((_, i) => columns[i]?.level === level)));
  return { root: { doc: 'ct', label: '14/CT-TTg', subject: 'Về kỹ năng số' }, rows, columns, cells, byColumn, byLevel, provinces: list, unplaced: [], overall: sumCoverage(byColumn), addressees: handAddressees(provinces, columns) };
}

/** The addressees of the hand matrix: every province with its letter, then one province that has none. */
function handAddressees(provinces: number, columns: readonly MatrixColumn[]): MatrixAddressees {
  const owed = { owed: ['2.a', '2.b/2026'], owedRefs: ['ct#2.a', 'ct#2.b/2026'], due: { date: '2026-12-31', text: 'Năm 2026', task: '2.b/2026' }, errors: 0, late: 0, evaluated: true };
  const rows: MatrixAddressee[] = [];
  for (let p = 0; p < provinces; p++) {
    const letter = columns.find((c) => c.doc === `tinh-${p}-letter`);
    rows.push({ agency: `tinh-${p}.ubnd`, name: `Ủy ban nhân dân tỉnh Số ${p}`, level: 'province', province: `tinh-${p}`, documents: [{ id: `tinh-${p}-letter`, label: letter?.label ?? '', draft: false, known: false }], takenUp: 2, ...owed });
  }
  rows.push({ agency: 'im-lang.ubnd', name: 'Ủy ban nhân dân tỉnh Im Lặng', level: 'province', province: 'im-lang', documents: [], ...owed, errors: 1 });
  return { coverage: [{ parent: 'ct', parentLabel: '14/CT-TTg', level: 'province', addressees: provinces + 1, withDocument: provinces, evaluated: true }], rows };
}
