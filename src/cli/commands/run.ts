import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONFIG_FILE, DEFAULT_CONFIG, parseConfig, type CheckConfig } from '../../check/config.js';
import { runChecks } from '../../check/engine.js';
import { RULE_IDS } from '../../check/rules/index.js';
import { summarize } from '../../check/summary.js';
import { displayPath } from '../../load/discover.js';
import { loadCascade } from '../../load/load-cascade.js';
import { sortDiagnostics } from '../../load/sort.js';
import { buildMatrix } from '../../matrix/build.js';
import { OutputConflictError, writeOutputs, type OutputFile } from '../../output/write-outputs.js';
import { countsText } from '../../report/counts.js';
import type { Diagnostic, Lang } from '../../report/diagnostic.js';
import { formatMatrixHtml } from '../../report/matrix-html.js';
import { formatMatrixMarkdown } from '../../report/matrix-markdown.js';
import { formatMatrixXlsx } from '../../report/matrix-xlsx.js';
import { formatStylish } from '../../report/stylish.js';
import { planRun } from '../../render/plan-run.js';
import { ERRORS_BANNER, loadErrors, refusalText } from '../../render/load-errors.js';
import { RenderError } from '../../render/render-error.js';
import { renderDocx } from '../../render/render-docx.js';
import { readTemplateFiles } from '../../render/template-files.js';
import { TemplateSet } from '../../render/template-set.js';
import type { CliCommand } from '../command.js';
import { EXIT, type CliIO } from '../io.js';
import { asOfOf, asOfOption, langOf, langOption } from '../options.js';
import { auditHeadline } from '../../report/audit-headline.js';
import { madeAtNow } from '../../report/matrix-addressees.js';
import { printWritten } from '../written.js';
import { requirePaths } from './validate.js';

interface RunOptions {
  readonly out?: string;
  readonly force?: boolean;
  readonly templates?: string;
  readonly lang?: string;
  readonly allowErrors?: boolean;
  readonly asOf?: string;
}

function say(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

/** `cascade.config.yaml` of the first given folder that has one; problems in it are printed and the defaults used. */
async function configOf(paths: readonly string[], io: CliIO): Promise<{ config: CheckConfig; diagnostics: readonly Diagnostic[] }> {
  for (const p of paths) {
    const file = join(resolve(io.cwd, p), CONFIG_FILE);
    if (!(await stat(file).then((s) => s.isFile(), () => false))) continue;
    const parsed = parseConfig(await readFile(file, 'utf8'), displayPath(file, io.cwd), RULE_IDS);
    return { config: parsed.config ?? DEFAULT_CONFIG, diagnostics: parsed.diagnostics };
  }
  return { config: DEFAULT_CONFIG, diagnostics: [] };
}

/** The audit's summary as the main job prints it: errors and warnings in full, information counted. */
function summary(all: readonly Diagnostic[], notEvaluated: number, lang: Lang, color: boolean): string {
  const shown = all.filter((d) => d.severity !== 'info');
  const s = summarize(all, new Array(notEvaluated));
  const head = shown.length > 0 ? formatStylish(shown, { lang, color }) : '';
  const counts = countsText({ errors: s.errors, warnings: s.warnings, infos: s.infos }, lang);
  const tail = say(lang, `Kiểm tra: ${counts}; ${notEvaluated} nội dung chưa đánh giá được (chi tiết: cascade check)`, `Audit: ${counts}; ${notEvaluated} checks not evaluated (details: cascade check)`);
  return `${head}${tail}\n\n`;
}

/**
 * `cascade run [paths]`, the main job (`npm start`): validates and audits the directives, prints
 * the summary, and writes into the output folder the coverage matrix (Markdown, HTML, XLSX), every
 * document regenerated from its YAML, a plan for each provincial letter, the reminder letters, the
 * blank forms a letter asks for, and the audit report. Findings are reported, not fatal: exit 0
 * when everything was written, 1 when files in the way are not the tool's, 2 when it cannot run.
 */
export const runCommand: CliCommand = {
  name: 'run',
  register(program, ctx) {
    program
      .command('run')
      .description('kiểm tra và soạn toàn bộ văn bản vào output/ / audit and write every document into output/')
      .argument('[paths...]', 'tệp hoặc thư mục / files or folders', ['directives/'])
      .option('--out <dir>', 'thư mục ghi / output folder', 'output')
      .option('--force', 'ghi đè tệp không do chương trình ghi / overwrite files the tool did not write')
      .option('--templates <dir>', 'thư mục mẫu của người dùng / your own template folder')
      .option('--allow-errors', 'vẫn soạn khi dữ liệu còn lỗi, có dòng “DỰ THẢO — CÒN LỖI” / write even with data errors, marked as a draft')
      .addOption(langOption())
      .addOption(asOfOption())
      .action(async (paths: string[], opts: RunOptions) => {
        const lang = langOf(opts.lang);
        const asOf = asOfOf(opts.asOf, lang);
        const io = ctx.io;
        await requirePaths(paths, io, lang);
        const { config, diagnostics: configProblems } = await configOf(paths, io);
        const { cascade, diagnostics: loaded } = await loadCascade(paths, { cwd: io.cwd, lang });
        const check = runChecks(cascade, config, { asOf });
        // The day and the coverage over addressees first ("Cấp tỉnh: 3/34"): the findings do not stop
        // the run, which exits 0 once its outputs are written (docs/audit.md).
        io.stdout.write(`${auditHeadline(asOf, check.addressees, lang).join('\n')}\n\n`);
        io.stdout.write(summary(sortDiagnostics([...configProblems, ...loaded, ...check.diagnostics]), check.notEvaluated.length, lang, io.isTTY));
        if (cascade.documents.length === 0) {
          io.stderr.write(`cascade: ${say(lang, 'không có văn bản nào để soạn', 'no documents to write')}\n`);
          ctx.setExitCode(EXIT.failure);
          return;
        }
        const errors = loadErrors(loaded);
        // No paper from a broken model; the audit's own findings do not stop it, loading errors do.
        if (errors.length > 0 && opts.allowErrors !== true) {
          io.stderr.write(refusalText(errors.length, lang));
          ctx.setExitCode(EXIT.findings);
          return;
        }
        const banner = errors.length > 0 ? ERRORS_BANNER : undefined;
        const dir = resolve(io.cwd, opts.out ?? 'output');
        try {
          const templates = new TemplateSet(await readTemplateFiles(opts.templates));
          const matrix = buildMatrix(cascade, check.diagnostics, { stamp: { madeAt: madeAtNow(), asOf, inputs: paths } });
          const planned = planRun(cascade, check, matrix, lang);
          // Everything is rendered in memory before the first byte is written.
          const generated = await Promise.all(planned.map((p) => renderDocx(p.name, p.kind, p.prepared, { templates, lang, banner })));
          const files: OutputFile[] = generated.map((g) => ({ name: g.name, kind: g.kind, data: g.buffer }));
          if (matrix) {
            files.push(
              { name: 'ma-tran.md', kind: 'ma-tran', data: Buffer.from(formatMatrixMarkdown(matrix, { lang })) },
              { name: 'ma-tran.html', kind: 'ma-tran', data: Buffer.from(formatMatrixHtml(matrix, { lang })) },
              { name: 'ma-tran.xlsx', kind: 'ma-tran', data: await formatMatrixXlsx(matrix, { lang }) },
            );
          }
          const report = await writeOutputs(dir, files, { force: opts.force === true });
          printWritten(io, dir, report, new Map(files.map((f) => [f.name, f.kind])), generated, lang);
          ctx.setExitCode(EXIT.ok);
        } catch (e) {
          if (e instanceof OutputConflictError) {
            io.stderr.write(`cascade: ${e.say(dir, lang)}\n`);
            ctx.setExitCode(EXIT.findings);
          } else if (e instanceof RenderError) {
            io.stderr.write(`cascade: ${e.say(lang)}\n`);
            ctx.setExitCode(EXIT.failure);
          } else throw e;
        }
      });
  },
};
