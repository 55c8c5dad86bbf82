import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readFiguresFile } from '../../src/figures/read.js';
import { validateFigures, type FigureContext } from '../../src/figures/validate.js';
import type { ImportContext } from '../../src/import/context.js';
import { importText } from '../../src/import/import-text.js';
import { readSource } from '../../src/import/source.js';
import { readInput } from '../../src/load/read-input.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/load/read-text.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { parseDeadline } from '../../src/text/deadline.js';

/**
 * The fuzz targets: each takes bytes or text (generated, or a seed file mutated), runs one entry of
 * the tool on it, and returns what it found. A target throws only when the tool let an exception
 * escape or produced a finding without a place: the property is that it never throws.
 */

/** One fuzz target. */
export interface FuzzTarget {
  readonly name: string;
  /** Inputs: generated ones and mutated seeds. */
  readonly input: fc.Arbitrary<Uint8Array>;
  /** Runs the entry on one input; throws on an escape or a finding without a place. */
  run(bytes: Uint8Array): Promise<void> | void;
}

/** Thrown when the tool broke a promise of the fuzz property (not the tool's own exception). */
export class PropertyBroken extends Error {}

/** A mutation of a seed: bytes flipped, cut, repeated, spliced with hostile fragments. */
function mutated(seeds: readonly Uint8Array[], fragments: readonly string[]): fc.Arbitrary<Uint8Array> {
  const seed = fc.constantFrom(...seeds);
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.nat({ max: 200 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...fragments) }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), len: fc.nat({ max: 80 }), times: fc.integer({ min: 2, max: 20 }) }),
  );
  return fc.tuple(seed, fc.array(edit, { minLength: 1, maxLength: 6 })).map(([s, edits]) => {
    let b = Buffer.from(s);
    for (const e of edits) {
      const at = b.length === 0 ? 0 : e.at % b.length;
      if (e.kind === 'flip') b[at] = e.byte;
      else if (e.kind === 'cut') b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.len)]);
      else if (e.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(e.text), b.subarray(at)]);
      else b = Buffer.concat([b.subarray(0, at), ...Array<Buffer>(e.times).fill(b.subarray(at, at + e.len)), b.subarray(at + e.len)]);
    }
    return new Uint8Array(b);
  });
}

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const VIET = fc.constantFrom('Ủy ban', 'nhân dân', 'Sở Y tế', 'trước ngày 30/6/2026', 'hằng tháng', 'Quý III năm 2026', 'đ', 'ơ', 'ư', '\u0301', '1.', 'a)', '-', '>', '**', '|', '\t', '\r', '\n', '  ', '#', ':', '&a', '*a', '[', ']', '{', '}', '"', "'", '\u0000', '\uFEFF', '𝔘');
const text = (max: number): fc.Arbitrary<string> => fc.array(fc.oneof(VIET, fc.string({ maxLength: 8 })), { maxLength: max }).map((xs) => xs.join(''));
const HOSTILE = ['&x [*x]', '*undefined', '!!binary', '%YAML 1.1\n---\n', '<<: *a', '[[[[[[[[[[', '{{{{', '\n\t- - - - -', 'id: [', '"\\u0000"', '\u0000', '\r', '©®¸µ', '\uFFFE', '? ', '--- |\n', 'ngày 31/2/2026', 'Quý 5 năm 2026', '> > > > > >', '1.1.1.1.1.1.1.', '| a | b |\n|---|\n', '[^1]', '\n'.repeat(50), ' '.repeat(300)];

function placed(diagnostics: readonly Diagnostic[], where: string): void {
  for (const d of diagnostics) {
    const p = d.place;
    if (!p || !(p.line >= 1) || !(p.column >= 1) || !p.file) throw new PropertyBroken(`${where}: a finding without a place: ${d.rule} ${JSON.stringify(d.place)}`);
    if (!d.message.vi || !d.message.en) throw new PropertyBroken(`${where}: a finding without a message: ${d.rule}`);
  }
}

function seedsIn(dir: string, filter: (name: string) => boolean): Uint8Array[] {
  return readdirSync(dir).filter(filter).map((n) => new Uint8Array(readFileSync(join(dir, n))));
}

/** The YAML loader: one file read, parsed, limited and validated. */
export function yamlTarget(work: string): FuzzTarget {
  const seeds = [...seedsIn('test/fixtures/broken', (n) => n.endsWith('.yaml')), ...seedsIn('directives/documents', (n) => n.endsWith('.yaml')).slice(0, 3)];
  let n = 0;
  return {
    name: 'yaml-loader',
    input: fc.oneof(mutated(seeds, HOSTILE), text(60).map(utf8)),
    run(bytes) {
      const path = join(work, `documents-${n++ % 8}.yaml`);
      writeFileSync(path, bytes);
      const read = readInput({ path, file: `documents/${n % 8}.yaml` }, DEFAULT_MAX_FILE_BYTES);
      placed(read.diagnostics, 'yaml');
    },
  };
}

/** The deadline parser: any phrase gives a deadline or an error that quotes it, in both languages. */
export function deadlineTarget(): FuzzTarget {
  const phrases = ['Trước ngày 30/6/2026', 'Hằng quý', 'Quý III năm 2026', 'Trong tháng 7/2026', 'Hoàn thành trước 15/12 hằng năm', 'Sau khi có hướng dẫn của Bộ', 'Thường xuyên'].map(utf8);
  return {
    name: 'deadline-parser',
    input: fc.oneof(mutated(phrases, HOSTILE), text(12).map(utf8)),
    run(bytes) {
      const phrase = Buffer.from(bytes).toString('utf8');
      const r = parseDeadline(phrase, { signedOn: '2026-05-11' });
      if (!r.ok && (!r.error.message_vi || !r.error.message_en)) throw new PropertyBroken(`deadline: an error without a message: ${r.error.code}`);
    },
  };
}

/** The importer: bytes → source text → draft; a refusal must carry a place. */
export function importTarget(ctx: ImportContext): FuzzTarget {
  const seeds = [...seedsIn('test/fixtures/import', (n) => /\.(?:txt|md|docx)$/.test(n)), ...seedsIn('test/fixtures/seeds', (n) => n.endsWith('.txt'))].map((b) => b.subarray(0, 6000));
  return {
    name: 'importer',
    input: fc.oneof(mutated(seeds, HOSTILE), text(80).map(utf8)),
    async run(bytes) {
      const source = await readSource(bytes, 'letter.txt');
      if (!source.ok) return placed([source.diagnostic], 'import');
      importText(source.text, ctx, { fileName: 'letter.txt' });
    },
  };
}

/** The figures reader and its checks: a CSV in, problems out, each problem of a row with its row. */
export function figuresTarget(work: string, ctx: FigureContext): FuzzTarget {
  const seeds = seedsIn('test/fixtures/figures', (n) => n.endsWith('.csv'));
  let n = 0;
  const cell = fc.oneof(fc.constantFrom('1.234', '12,5', '-3', '1e400', '9'.repeat(30), '', '30/6/2026', '2099-01-01', 'Xã Ia Grai', '"a,b"', '"x\ny"'), fc.string({ maxLength: 6 }));
  const csv = fc.array(fc.array(cell, { maxLength: 7 }).map((r) => r.join(',')), { maxLength: 12 }).map((rows) => utf8(['Đơn vị,Tổng số,Đã đăng ký,Đã hoàn thành,Ngày số liệu', ...rows].join('\n')));
  return {
    name: 'figures-reader',
    input: fc.oneof(mutated(seeds, HOSTILE), csv),
    async run(bytes) {
      const path = join(work, `figures-${n++ % 8}.csv`);
      writeFileSync(path, bytes);
      const read = await readFiguresFile(path, 'so-lieu.csv');
      if (!read.ok) {
        if (!read.problem.message.vi || !read.problem.message.en) throw new PropertyBroken('figures: a problem without a message');
        return;
      }
      const data = validateFigures(read.table, ctx);
      for (const p of data.problems) if (p.row !== undefined && !(p.row >= 1)) throw new PropertyBroken(`figures: a problem at row ${p.row}`);
    },
  };
}

/** A scratch folder for the targets that read files. */
export function scratch(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-fuzz-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
