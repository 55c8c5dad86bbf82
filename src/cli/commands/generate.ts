import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runChecks } from '../../check/engine.js';
import { buildMatrix } from '../../matrix/build.js';
import type { Cascade } from '../../load/cascade.js';
import { loadCascade } from '../../load/load-cascade.js';
import type { Document } from '../../model/document.js';
import { OutputConflictError, writeOutputs } from '../../output/write-outputs.js';
import type { Lang } from '../../report/diagnostic.js';
import { formatStylish } from '../../report/stylish.js';
import { GENERATE_KINDS, defaultKind, planKind, type GenerateKind, type PlannedFile } from '../../render/kinds.js';
import { ERRORS_BANNER, loadErrors, refusalText } from '../../render/load-errors.js';
import { RenderError } from '../../render/render-error.js';
import { renderDocx } from '../../render/render-docx.js';
import { readTemplateFiles } from '../../render/template-files.js';
import { TemplateSet } from '../../render/template-set.js';
import { prepareDocument } from '../../render/views/document.js';
import { FiguresFile } from '../../render/views/figures.js';
import type { CliCommand } from '../command.js';
import { findDocumentId } from '../find.js';
import { structuredDocument } from '../../render/views/structured.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { asOfOf, asOfOption, langOf, langOption } from '../options.js';
import { madeAtNow } from '../../report/matrix-addressees.js';
import { printWritten } from '../written.js';
import { addEachOptions, runEach, type EachOptions } from './generate-each.js';
import { isoDateOption } from './date-option.js';

interface GenerateOptions extends EachOptions {
  readonly kind?: string;
  readonly out?: string;
  readonly force?: boolean;
  readonly templates?: string;
  readonly lang?: string;
  readonly in?: string[];
  readonly data?: string;
  readonly auditor?: string;
  readonly to?: string;
  readonly allowErrors?: boolean;
  readonly letterDate?: string;
  readonly number?: string;
  readonly asOf?: string;
}

const YAML_FILE = /\.ya?ml$/i;

function say(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

/** The document asked for: by id, or the one read from the YAML file given. */
function findDocument(cascade: Cascade, target: string, cwd: string, lang: Lang): Document | undefined {
  // By id or by number and symbol ("5900/UBND-NC"), with did-you-mean when neither fits.
  if (!YAML_FILE.test(target)) return cascade.documentsById.get(findDocumentId(cascade, target, lang, 'document'));
  const wanted = resolve(cwd, target);
  return cascade.documents.find((d) => {
    const file = cascade.locate(d)?.file;
    return file !== undefined && resolve(cwd, file) === wanted;
  });
}

async function readFigures(path: string, io: CliIO, lang: Lang): Promise<FiguresFile> {
  let data: unknown;
  try {
    data = parseYaml(await readFile(resolve(io.cwd, path), 'utf8'));
  } catch (e) {
    throw new UsageError(say(lang, `không đọc được tệp số liệu \`${path}\``, `cannot read the figures file \`${path}\``) + `: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = FiguresFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue ? issue.path.join('.') : '';
    throw new UsageError(say(lang, `tệp số liệu \`${path}\` không hợp lệ tại \`${at}\`: ${issue?.message ?? ''}`, `invalid figures file \`${path}\` at \`${at}\`: ${issue?.message ?? ''}`));
  }
  return parsed.data;
}

async function plan(kind: string, doc: Document, cascade: Cascade, templates: TemplateSet, opts: GenerateOptions, io: CliIO, lang: Lang): Promise<PlannedFile[]> {
  if ((GENERATE_KINDS as readonly string[]).includes(kind)) {
    // The audit behind a reminder or an audit report speaks as of --as-of (today by default).
    const asOf = asOfOf(opts.asOf, lang);
    const check = kind === 'don-doc' || kind === 'bao-cao-kiem-tra' ? runChecks(cascade, undefined, { asOf }) : undefined;
    const matrix = check && kind === 'bao-cao-kiem-tra' ? buildMatrix(cascade, check.diagnostics, { root: doc.id, stamp: { madeAt: madeAtNow(), asOf, inputs: opts.in ?? [] } }) : undefined;
    const figures = opts.data !== undefined ? await readFigures(opts.data, io, lang) : undefined;
    const letterDate = isoDateOption(opts.letterDate, '--letter-date', lang);
    return planKind(kind as GenerateKind, doc, cascade, { diagnostics: check?.diagnostics, check, matrix, figures, auditor: opts.auditor, to: opts.to, letterDate, number: opts.number, lang });
  }
  // A kind of the user's own: a template of that name fed the document's view.
  // Its view is the document's, with the document as data beside it (`data`: tasks, leads, deadlines, links).
  if (templates.has(kind)) {
    const prepared = prepareDocument(doc, cascade, kind);
    return [{ name: `${doc.id}.${kind}.docx`, kind, prepared: { ...prepared, view: { ...prepared.view, data: structuredDocument(doc, cascade) } } }];
  }
  throw new UsageError(say(lang, `không có loại văn bản \`${kind}\` (có: ${GENERATE_KINDS.join(', ')}, hoặc một mẫu trong --templates)`, `no document kind \`${kind}\` (known: ${GENERATE_KINDS.join(', ')}, or a template in --templates)`));
}

/** `cascade generate <doc-id|file.yaml>`: writes one document (or one kind drawn from it) as .docx into the output folder. */
export const generateCommand: CliCommand = {
  name: 'generate',
  register(program, ctx) {
    const command = program
      .command('generate')
      .description('soạn văn bản .docx theo Nghị định 30/2020 / write a document as .docx in the Decree 30 format')
      .argument('<document>', 'mã văn bản hoặc tệp YAML / document id or YAML file')
      .option('--kind <kind>', `loại văn bản / kind: ${GENERATE_KINDS.join(', ')}`)
      .option('--out <dir>', 'thư mục ghi / output folder', 'output')
      .option('--force', 'ghi đè tệp không do chương trình ghi / overwrite files the tool did not write')
      .option('--templates <dir>', 'thư mục mẫu của người dùng / your own template folder')
      .option('--data <file>', 'số liệu cho báo cáo (YAML) / figures for a report (YAML)')
      .option('--auditor <agency>', 'cơ quan kiểm tra, cho bao-cao-kiem-tra (mặc định bo-nv) / auditing agency id')
      .option('--to <agency>', 'nơi nhận báo cáo kiểm tra (mặc định: cơ quan theo dõi của chỉ thị) / addressee of the audit report')
      .option('--letter-date <date>', 'ngày của công văn đôn đốc, vd. 15/7/2026 (mặc định: hôm nay) / date of the reminder letter (default: today)')
      .addOption(asOfOption())
      .option('--number <number>', 'số của văn bản soạn ra (đôn đốc, báo cáo kiểm tra) / number of the letter written')
      .option('--allow-errors', 'vẫn soạn khi dữ liệu còn lỗi, có dòng “DỰ THẢO — CÒN LỖI” / write even with data errors, marked as a draft')
      .option('--in <paths...>', 'tệp hoặc thư mục YAML / YAML files or folders', ['directives/']);
    addEachOptions(command)
      .addOption(langOption())
      .action(async (target: string, opts: GenerateOptions) => {
        const lang = langOf(opts.lang);
        const io = ctx.io;
        const paths = YAML_FILE.test(target) ? [target] : (opts.in ?? ['directives/']);
        const { cascade, diagnostics } = await loadCascade(paths, { cwd: io.cwd, lang });
        const errors = loadErrors(diagnostics);
        if (errors.length > 0) io.stderr.write(formatStylish(errors, { lang, color: false }));
        // No paper from a broken model: a clerk would sign what it prints.
        if (errors.length > 0 && opts.allowErrors !== true) {
          io.stderr.write(refusalText(errors.length, lang));
          ctx.setExitCode(EXIT.findings);
          return;
        }
        const banner = errors.length > 0 ? ERRORS_BANNER : undefined;
        const doc = findDocument(cascade, target, io.cwd, lang);
        if (!doc) {
          io.stderr.write(`cascade: ${say(lang, `không tìm thấy văn bản \`${target}\``, `no document \`${target}\``)}\n`);
          ctx.setExitCode(EXIT.failure);
          return;
        }
        if (opts.each !== undefined) {
          const kind = opts.kind ?? defaultKind(doc, cascade);
          const templates = new TemplateSet(await readTemplateFiles(opts.templates));
          ctx.setExitCode(await runEach(kind, doc, cascade, templates, { ...opts, banner, diagnostics: kind === 'don-doc' ? runChecks(cascade, undefined, { asOf: asOfOf(opts.asOf, lang) }).diagnostics : undefined, letterDate: isoDateOption(opts.letterDate, '--letter-date', lang) }, io, lang));
          return;
        }
        try {
          const templates = new TemplateSet(await readTemplateFiles(opts.templates));
          const planned = await plan(opts.kind ?? defaultKind(doc, cascade), doc, cascade, templates, opts, io, lang);
          if (planned.length === 0) {
            // A reminder needs something to remind of; no finding is good news, not an error.
            io.stdout.write(`${say(lang, `Không có nội dung nào cần soạn cho \`${doc.id}\` (không có phát hiện cần đôn đốc)`, `Nothing to write for \`${doc.id}\` (no finding to remind of)`)}\n`);
            ctx.setExitCode(EXIT.ok);
            return;
          }
          // Everything is rendered in memory first: a failure here leaves the output folder as it was.
          const generated = await Promise.all(planned.map((p) => renderDocx(p.name, p.kind, p.prepared, { templates, lang, banner })));
          const dir = resolve(io.cwd, opts.out ?? 'output');
          const report = await writeOutputs(dir, generated.map((g) => ({ name: g.name, kind: g.kind, data: g.buffer })), { force: opts.force === true });
          printWritten(io, dir, report, new Map(generated.map((g) => [g.name, g.kind])), generated, lang);
          ctx.setExitCode(EXIT.ok);
        } catch (e) {
          if (e instanceof OutputConflictError) {
            io.stderr.write(`cascade: ${e.say(resolve(io.cwd, opts.out ?? 'output'), lang)}\n`);
            ctx.setExitCode(EXIT.findings);
          } else if (e instanceof RenderError) {
            io.stderr.write(`cascade: ${e.say(lang)}\n`);
            ctx.setExitCode(EXIT.failure);
          } else throw e;
        }
      });
  },
};
