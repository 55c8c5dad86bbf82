import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { MAX_FIGURE_BYTES, MAX_FIGURE_ROWS } from './limits.js';
import { readCsv, TooManyRowsError } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { csvEncodingProblem } from './csv-encoding.js';
import type { FigureProblem, RawTable } from './types.js';

/** A figures file read, or the one problem that stopped reading it. */
export type ReadResult = { readonly ok: true; readonly table: RawTable } | { readonly ok: false; readonly problem: FigureProblem };

const fileProblem = (file: string, rule: string, vi: string, en: string): ReadResult => ({
  ok: false,
  problem: { rule, severity: 'error', file, message: { vi, en } },
});

/** Reads a figures file, CSV or XLSX by its extension; `file` is how messages name it. */
export async function readFiguresFile(path: string, file = path): Promise<ReadResult> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    return fileProblem(file, 'figures-format', `Tệp số liệu phải là .csv hoặc .xlsx: \`${file}\``, `A figures file must be .csv or .xlsx: \`${file}\``);
  }
  try {
    const st = await stat(path);
    if (!st.isFile()) {
      return fileProblem(file, 'figures-not-regular', `\`${file}\` không phải tệp thường (thiết bị, ống hay socket): không đọc`, `\`${file}\` is not a regular file (a device, pipe or socket): not read`);
    }
    const size = st.size;
    if (size > MAX_FIGURE_BYTES) {
      const mb = Math.round(MAX_FIGURE_BYTES / 1024 / 1024);
      return fileProblem(file, 'figures-too-large', `Tệp số liệu lớn hơn ${mb} MB`, `The figures file is larger than ${mb} MB`);
    }
    const encoding = ext === '.csv' ? await csvEncodingProblem(path, file) : undefined;
    if (encoding) return { ok: false, problem: encoding };
    return { ok: true, table: ext === '.csv' ? await readCsv(path, file) : await readXlsx(path, file) };
  } catch (error) {
    if (error instanceof TooManyRowsError) {
      const n = MAX_FIGURE_ROWS.toLocaleString('vi-VN');
      return fileProblem(
        file,
        'figures-too-many-rows',
        `Tệp số liệu có hơn ${n} dòng: mỗi đơn vị một dòng, cả nước chỉ khoảng 4.000 đơn vị. Không ghi tệp nào.`,
        `The figures file has more than ${MAX_FIGURE_ROWS.toLocaleString('en')} rows: one row per unit, and the whole country has some 4,000 units. Nothing was written.`,
      );
    }
    const why = error instanceof Error ? error.message : String(error);
    return fileProblem(file, 'figures-unreadable', `Không đọc được tệp số liệu \`${file}\`: ${why}`, `Cannot read the figures file \`${file}\`: ${why}`);
  }
}
