import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { MAX_FIGURE_ROWS } from './limits.js';
import type { RawRow, RawTable } from './types.js';

/** Thrown when a file has more data rows than a figures file can. */
export class TooManyRowsError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} rows`);
    this.name = 'TooManyRowsError';
  }
}

/** The separator of a CSV file, from its first line: `;` when it has more of them than `,`. */
async function delimiterOf(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const line = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
    const count = (c: string): number => line.split(c).length - 1;
    return count(';') > count(',') ? ';' : ',';
  } finally {
    await handle.close();
  }
}

/**
 * Reads a CSV figures file, streaming: the first record is the header; `,` or `;` separates cells, as
 * the header line shows (Excel writes `;` in locales with a decimal comma); a UTF-8 byte-order mark is dropped. Stops reading as
 * soon as the file has more than `MAX_FIGURE_ROWS` data rows, and throws `TooManyRowsError`.
 */
export async function readCsv(path: string, file: string, limit = MAX_FIGURE_ROWS): Promise<RawTable> {
  const delimiter = await delimiterOf(path);
  const stream = createReadStream(path);
  // `info`: each record comes with the line it ends on, so rows are numbered as a spreadsheet
  // numbers them, blank lines counted (a record spanning lines is numbered by its first).
  const parser = stream.pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }));
  let header: string[] | undefined;
  const rows: RawRow[] = [];
  let index = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      index = info.lines - (record.join('').match(/\n/g)?.length ?? 0);
      if (!header) {
        header = record;
        continue;
      }
      if (rows.length >= limit) throw new TooManyRowsError(limit);
      rows.push({ row: index, cells: record.map((c) => (c === '' ? undefined : c)) });
    }
  } finally {
    stream.destroy();
  }
  return { file, header: header ?? [], rows };
}
