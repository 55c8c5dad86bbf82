import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { writeDocxAtomic } from '../../docx/write.js';
import { readFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { draftYaml, proposalsYaml } from '../../import/emit.js';
import { importText } from '../../import/import-text.js';
import { headerDate, inDateOrder } from '../../import/order.js';
import { readSource } from '../../import/source.js';
import { importReport, isRecognised } from '../../import/summary.js';
import { loadCascade } from '../../load/load-cascade.js';
import type { Lang } from '../../report/diagnostic.js';
import { EXIT, type CliIO } from '../io.js';
import { schemaLine } from '../schema-line.js';
import { proposalsPath } from './import.js';

interface ManyOptions {
  readonly out?: string;
  readonly force?: boolean;
  readonly in?: string[];
  readonly lang: Lang;
}

const LETTER = /\.(?:txt|md|docx)$/i;
const say = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);

/** The letters named: files as given, a folder's .txt/.md/.docx files by name. */
function lettersOf(paths: readonly string[], cwd: string): string[] {
  return paths.flatMap((p) => {
    const full = resolve(cwd, p);
    if (existsSync(full) && statSync(full).isDirectory()) {
      return readdirSync(full).filter((f) => LETTER.test(f)).sort().map((f) => join(p, f));
    }
    return [p];
  });
}

/**
 * `cascade import a.txt b.docx …` or `cascade import DIR --out OUT`: every letter imported into
 * its own draft in OUT, in the order they were issued (the date of each header), each one read
 * with the drafts before it, so a letter that implements an earlier one of the set links to it.
 */
export async function importMany(paths: readonly string[], opts: ManyOptions, io: CliIO): Promise<number> {
  const lang = opts.lang;
  if (opts.out === undefined) {
    io.stderr.write(`cascade: ${say(lang, 'nhập nhiều văn bản cần --out <thư mục> để ghi các bản nháp', 'importing several letters needs --out <folder> for the drafts')}\n`);
    return EXIT.failure;
  }
  const outDir = resolve(io.cwd, opts.out);
  const letters: { path: string; text: string; date: string | undefined }[] = [];
  for (const path of lettersOf(paths, io.cwd)) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(resolve(io.cwd, path));
    } catch {
      io.stderr.write(`cascade: ${say(lang, `không đọc được \`${path}\``, `cannot read \`${path}\``)}\n`);
      return EXIT.failure;
    }
    const source = await readSource(bytes, path);
    if (!source.ok) {
      const d = source.diagnostic;
      io.stderr.write(`${path}:${d.place?.line ?? 1}:${d.place?.column ?? 1}: ${d.message[lang]}${d.found ? ` ("${d.found}")` : ''}\n`);
      return EXIT.failure;
    }
    letters.push({ path, text: source.text, date: headerDate(source.text) });
  }
  if (letters.length === 0) {
    io.stderr.write(`cascade: ${say(lang, 'không có tệp .txt, .md hay .docx nào để nhập', 'no .txt, .md or .docx file to import')}\n`);
    return EXIT.failure;
  }
  const ordered = inDateOrder(letters);
  const draftOf = (path: string): string => join(outDir, `${basename(path, extname(path))}.yaml`);
  const taken = ordered.map((l) => draftOf(l.path)).filter((p) => existsSync(p));
  if (taken.length > 0 && opts.force !== true) {
    const names = taken.map((p) => relative(io.cwd, p)).join(', ');
    io.stderr.write(`cascade: ${say(lang, `tệp đã có: ${names} (dùng --force để ghi đè)`, `file exists: ${names} (use --force to overwrite)`)}\n`);
    return EXIT.failure;
  }
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  let code: number = EXIT.ok;
  for (const letter of ordered) {
    // The drafts written so far (and their proposed entries) are read with the registry: later letters cite them.
    const { cascade } = await loadCascade([...(opts.in ?? ['directives/']), ...written], { cwd: io.cwd, lang, cache: false });
    const result = importText(letter.text, cascade, { fileName: basename(letter.path) });
    if (!isRecognised(result)) {
      io.stderr.write(`${letter.path}:1:1: ${say(lang, 'không nhận ra cấu trúc văn bản hành chính: bỏ qua', 'no structure of an official letter found: skipped')}\n`);
      code = EXIT.findings;
      continue;
    }
    const out = draftOf(letter.path);
    const proposals = proposalsYaml(result.proposals, lang, letter.path);
    const files: [string, string][] = [[out, schemaLine(io.cwd, out) + draftYaml(result, { source: basename(letter.path), lang })]];
    if (proposals.registry) files.push([proposalsPath(out, 'registry'), proposals.registry]);
    if (proposals.documents) files.push([proposalsPath(out, 'documents'), proposals.documents]);
    const review: [string, string][] = proposals.links ? [[proposalsPath(out, 'links'), proposals.links]] : [];
    // Whole or not at all (the files in the way were checked above, so replacing them is asked for).
    for (const [path, text] of [...files, ...review]) await writeDocxAtomic(path, Buffer.from(text, 'utf8'), { force: true });
    // The proposals are read with the drafts: a later letter uses an entry already proposed instead of proposing it twice.
    written.push(...files.map(([p]) => p));
    const extra = files.slice(1).map(([p]) => relative(io.cwd, p));
    io.stderr.write(importReport(result, letter.path, lang, { draft: relative(io.cwd, out), proposals: extra.length > 0 ? extra.join(', ') : undefined, links: review[0] ? relative(io.cwd, review[0][0]) : undefined }));
  }
  return code;
}
