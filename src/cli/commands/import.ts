import { lstatSync, statSync } from 'node:fs';
import { writeDocxAtomic } from '../../docx/write.js';
import { readCapped } from '../../load/read-capped.js';
import { basename, relative, resolve } from 'node:path';
import { draftYaml, proposalsYaml } from '../../import/emit.js';
import { importText } from '../../import/import-text.js';
import { LINK_PROPOSALS_SUFFIX } from '../../import/link-proposals.js';
import { readSource } from '../../import/source.js';
import { importReport, isRecognised } from '../../import/summary.js';
import { loadCascade } from '../../load/load-cascade.js';
import type { Lang } from '../../report/diagnostic.js';
import type { CliCommand } from '../command.js';
import { EXIT, type CliIO } from '../io.js';
import { langOf, langOption } from '../options.js';
import { importMany } from './import-many.js';
import { schemaLine } from '../schema-line.js';

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

interface ImportOptions {
  readonly out?: string;
  readonly force?: boolean;
  readonly in?: string[];
  readonly lang?: string;
}

const say = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);

/** `x.yaml` → `x.proposals.yaml` (agencies) and `x.proposals-documents.yaml` (documents). */
export function proposalsPath(out: string, which: 'registry' | 'documents' | 'links'): string {
  return out.replace(/(\.ya?ml)?$/i, which === 'registry' ? '.proposals.yaml' : which === 'documents' ? '.proposals-documents.yaml' : LINK_PROPOSALS_SUFFIX);
}

/** The letter's bytes (a regular file, under the import size limit), or a plain message why not. */
function readBytes(path: string, io: CliIO, lang: Lang): Uint8Array | string {
  const read = readCapped(resolve(io.cwd, path), path, 'importBytes');
  return read.ok ? read.bytes : read.message[lang];
}

/** Whether something (a file, or a symbolic link even a dangling one) stands at `path`. */
function taken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `cascade import <file>`: reads a letter (text, Markdown or .docx) and writes a YAML draft of the
 * model with its guesses commented; names and documents the registry lacks are proposed beside it.
 */
export const importCommand: CliCommand = {
  name: 'import',
  register(program, ctx) {
    program
      .command('import')
      .description('nhập văn bản (.txt, .md, .docx) thành bản nháp YAML / import a letter (.txt, .md, .docx) as a YAML draft')
      .argument('<files...>', 'tệp văn bản, hoặc nhiều tệp / một thư mục (một tầng văn bản) / the letter, or several files / a folder (a cascade)')
      .option('--out <file>', 'ghi bản nháp vào tệp (mặc định: in ra) / write the draft to a file (default: print it)')
      .option('--force', 'ghi đè tệp đã có / overwrite an existing file')
      .option('--in <paths...>', 'danh mục và văn bản cấp trên (YAML) / registry and parent documents (YAML)', ['directives/'])
      .addOption(langOption())
      .action(async (names: string[], opts: ImportOptions) => {
        const lang = langOf(opts.lang);
        const io = ctx.io;
        const file = names[0] ?? '';
        if (names.length > 1 || isFolder(resolve(io.cwd, file))) {
          ctx.setExitCode(await importMany(names, { ...opts, lang }, io));
          return;
        }
        const bytes = readBytes(file, io, lang);
        if (typeof bytes === 'string') {
          io.stderr.write(`cascade: ${bytes}\n`);
          ctx.setExitCode(EXIT.failure);
          return;
        }
        const source = await readSource(bytes, file);
        if (!source.ok) {
          const d = source.diagnostic;
          io.stderr.write(`${file}:${d.place?.line ?? 1}:${d.place?.column ?? 1}: ${d.message[lang]}${d.found ? ` ("${d.found}")` : ''}\n`);
          ctx.setExitCode(EXIT.failure);
          return;
        }
        for (const n of source.notes) io.stderr.write(`${file}: ${n[lang]}\n`);
        const { cascade } = await loadCascade(opts.in ?? ['directives/'], { cwd: io.cwd, lang });
        const result = importText(source.text, cascade, { fileName: basename(file) });
        if (!isRecognised(result)) {
          io.stderr.write(
            `${file}:1:1: ${say(lang, 'không nhận ra cấu trúc văn bản hành chính (không có số, ngày, trích yếu, kính gửi, mục đánh số hay chữ ký): không ghi bản nháp', 'no structure of an official letter found (no number, date, subject, addressees, numbered items or signature): no draft written')}\n`,
          );
          ctx.setExitCode(EXIT.findings);
          return;
        }
        const draft = schemaLine(io.cwd, opts.out) + draftYaml(result, { source: basename(file), lang });
        const proposals = proposalsYaml(result.proposals, lang, file);
        if (opts.out === undefined) {
          // The proposals follow as comments, so that what is printed is still one YAML document.
          const extra = [proposals.registry, proposals.documents, proposals.links].filter((x): x is string => x !== undefined).map((x) => `\n${x.replace(/^/gm, '# ')}`).join('');
          io.stdout.write(draft + extra);
          io.stderr.write(importReport(result, file, lang, { draft: 'stdout' }));
          ctx.setExitCode(EXIT.ok);
          return;
        }
        const out = resolve(io.cwd, opts.out);
        const files: [string, string][] = [[out, draft]];
        if (proposals.registry) files.push([proposalsPath(out, 'registry'), proposals.registry]);
        if (proposals.documents) files.push([proposalsPath(out, 'documents'), proposals.documents]);
        const review: [string, string][] = proposals.links ? [[proposalsPath(out, 'links'), proposals.links]] : [];
        const inWay = [...files, ...review].map(([p]) => p).filter(taken);
        if (inWay.length > 0 && opts.force !== true) {
          const names = inWay.map((p) => relative(io.cwd, p)).join(', ');
          io.stderr.write(`cascade: ${say(lang, `tệp đã có: ${names} (dùng --force để ghi đè)`, `file exists: ${names} (use --force to overwrite)`)}\n`);
          ctx.setExitCode(EXIT.failure);
          return;
        }
        // Each file whole or not at all: a temporary file renamed over the name (a dangling link included, with --force).
        try {
          for (const [path, text] of [...files, ...review]) await writeDocxAtomic(path, Buffer.from(text, 'utf8'), { force: opts.force === true });
        } catch (e) {
          const code = (e as { code?: string }).code;
          const where = relative(io.cwd, out);
          const why = code === 'EACCES' || code === 'EPERM'
            ? say(lang, `không có quyền ghi vào thư mục của \`${where}\``, `no permission to write in the folder of \`${where}\``)
            : code === 'ENOENT' ? say(lang, `không có thư mục của \`${where}\``, `the folder of \`${where}\` does not exist`)
            : say(lang, `không ghi được \`${where}\`: ${e instanceof Error ? e.message : String(e)}`, `cannot write \`${where}\`: ${e instanceof Error ? e.message : String(e)}`);
          io.stderr.write(`cascade: ${why}\n`);
          ctx.setExitCode(EXIT.failure);
          return;
        }
        const written = files.slice(1).map(([p]) => relative(io.cwd, p));
        io.stderr.write(importReport(result, file, lang, { draft: relative(io.cwd, out), proposals: written.length > 0 ? written.join(', ') : undefined, links: review[0] ? relative(io.cwd, review[0][0]) : undefined }));
        ctx.setExitCode(EXIT.ok);
      });
  },
};
