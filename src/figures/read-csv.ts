import { createReadStream } from 'node:fs';
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

/**
 * Reads a CSV figures file, streaming: the first record is the header; `,` or `;` separates cells (Excel
 * writes `;` in locales with a decimal comma); a UTF-8 byte-order mark is dropped. Stops reading as
 * soon as the file has more than `MAX_FIGURE_ROWS` data rows, and throws `TooManyRowsError`.
 */
export async function readCsv(path: string, file: string, limit = MAX_FIGURE_ROWS): Promise<RawTable> {
  const stream = createReadStream(path);
  const parser = stream.pipe(parse({ bom: true, delimiter: [',', ';'], relax_column_count: true, skip_empty_lines: true, trim: true }));
  let header: string[] | undefined;
  const rows: RawRow[] = [];
  let index = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      index += 1;
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
