import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Option } from 'commander';
import { CONFIG_FILE, DEFAULT_CONFIG, parseConfig, type CheckConfig } from '../../check/config.js';
import { runChecks } from '../../check/engine.js';
import { RULE_IDS } from '../../check/rules/index.js';
import { FileExistsError, writeDocxAtomic } from '../../docx/write.js';
import { displayPath } from '../../load/discover.js';
import { loadCascade } from '../../load/load-cascade.js';
import { buildMatrix } from '../../matrix/build.js';
import { madeAtNow } from '../../report/matrix-addressees.js';
import type { Lang } from '../../report/diagnostic.js';
import { formatMatrixHtml } from '../../report/matrix-html.js';
import { formatMatrixMarkdown } from '../../report/matrix-markdown.js';
import { formatMatrixTerminal } from '../../report/matrix-terminal.js';
import { formatMatrixXlsx } from '../../report/matrix-xlsx.js';
import type { CliCommand } from '../command.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { asOfOf, asOfOption, langOf, langOption } from '../options.js';
import { requirePaths } from './validate.js';

const FORMATS = ['terminal', 'markdown', 'html', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

interface MatrixCliOptions {
  readonly lang?: string;
  readonly format?: Format;
  readonly out?: string;
  readonly force?: boolean;
  readonly root?: string;
  readonly config?: string;
  readonly asOf?: string;
  readonly missingOnly?: boolean;
  readonly search?: string;
}

/** `cascade matrix [paths...]`: the coverage matrix, on the terminal, as Markdown, or as an HTML or XLSX file. */
export const matrixCommand: CliCommand = {
  name: 'matrix',
  register(program, ctx) {
    program
      .command('matrix')
      .description('ma trận bao phủ nhiệm vụ theo văn bản / coverage matrix of the central tasks')
      .argument('[paths...]', 'tệp hoặc thư mục / files or folders', ['directives/'])
      .addOption(langOption())
      .addOption(new Option('--format <format>', 'định dạng / output format').choices(FORMATS).default('terminal'))
      .option('--out <file>', 'tệp kết quả (html, xlsx: mặc định output/) / output file')
      .option('--force', 'ghi đè tệp đã có / overwrite an existing file')
      .option('--missing-only', 'chỉ hiện ô thiếu: ✗ và ◐ có lỗi (html: mở trang với ô này đã chọn) / only the missing cells: ✗ and ◐ with an error')
      .option('--search <text>', 'chỉ hiện cơ quan, văn bản hoặc nhiệm vụ khớp (không dấu cũng được; html: mở trang với ô tìm đã điền) / only the addressees, documents or tasks that match')
      .option('--root <id>', 'văn bản gốc (mặc định: chỉ thị trung ương) / root directive id')
      .addOption(asOfOption())
      .option('--config <file>', `tệp cấu hình kiểm tra (mặc định ${CONFIG_FILE}) / audit configuration`)
      .action(async (paths: string[], opts: MatrixCliOptions) => {
        const lang = langOf(opts.lang);
        const format = opts.format ?? 'terminal';
        if (opts.search !== undefined && format === 'xlsx') {
          throw new UsageError(
            lang === 'vi'
              ? '`--search` dùng với --format terminal, markdown hoặc html; bảng XLSX có bộ lọc riêng của Excel'
              : '`--search` works with --format terminal, markdown or html; in the XLSX use Excel’s own filters',
          );
        }
        await requirePaths(paths, ctx.io, lang);
        const config = await auditConfig(paths, opts.config, ctx.io, lang);
        const { cascade, diagnostics } = await loadCascade(paths, { cwd: ctx.io.cwd, lang });
        const asOf = asOfOf(opts.asOf, lang);
        const audit = runChecks(cascade, config, { asOf });
        const stamp = { madeAt: madeAtNow(), asOf, inputs: paths };
        const matrix = buildMatrix(cascade, [...diagnostics, ...audit.diagnostics], { stamp, ...(opts.root ? { root: opts.root } : {}) });
        if (!matrix) {
          throw new UsageError(
            lang === 'vi'
              ? `không tìm thấy văn bản gốc${opts.root ? ` \`${opts.root}\`` : ' (một chỉ thị của cơ quan trung ương)'}`
              : `no root directive found${opts.root ? `: \`${opts.root}\`` : ' (a directive of a central agency)'}`,
          );
        }
        const narrow = { ...(opts.missingOnly ? { missingOnly: true } : {}), ...(opts.search !== undefined ? { search: opts.search } : {}) };
        if (format === 'terminal' || format === 'markdown') {
          const text = format === 'terminal' ? formatMatrixTerminal(matrix, { lang, color: ctx.io.isTTY, ...narrow, ...(ctx.io.columns ? { width: ctx.io.columns } : {}) }) : formatMatrixMarkdown(matrix, { lang, ...narrow });
          if (opts.out === undefined) ctx.io.stdout.write(text);
          else await writeOut(ctx.io, resolve(ctx.io.cwd, opts.out), Buffer.from(text, 'utf8'), opts.force === true, lang);
          ctx.setExitCode(EXIT.ok);
          return;
        }
        const bytes = format === 'html' ? Buffer.from(formatMatrixHtml(matrix, { lang, ...narrow }), 'utf8') : await formatMatrixXlsx(matrix, { lang });
        const target = resolve(ctx.io.cwd, opts.out ?? join('output', `ma-tran-${matrix.root.doc}.${format}`));
        await writeOut(ctx.io, target, bytes, opts.force === true, lang);
        ctx.setExitCode(EXIT.ok);
      });
  },
};

/** Writes through a temporary file and a rename; an existing file is kept unless `force`. */
async function writeOut(io: CliIO, path: string, bytes: Uint8Array, force: boolean, lang: Lang): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeDocxAtomic(path, bytes, { force });
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new UsageError(lang === 'vi' ? `tệp \`${displayPath(path, io.cwd)}\` đã có: dùng --force để ghi đè` : `\`${displayPath(path, io.cwd)}\` exists: use --force to overwrite`);
    }
    throw error;
  }
  const size = bytes.byteLength;
  io.stdout.write(lang === 'vi' ? `✔ đã ghi ${displayPath(path, io.cwd)} (${size} byte)\n` : `✔ wrote ${displayPath(path, io.cwd)} (${size} bytes)\n`);
}

/** The audit's configuration, as `cascade check` finds it; a broken one is a usage error here. */
async function auditConfig(paths: readonly string[], explicit: string | undefined, io: CliIO, lang: Lang): Promise<CheckConfig> {
  const candidates = explicit !== undefined ? [resolve(io.cwd, explicit)] : paths.map((p) => join(resolve(io.cwd, p), CONFIG_FILE));
  for (const path of candidates) {
    const isFile = await stat(path).then((s) => s.isFile(), () => false);
    if (!isFile) {
      if (explicit !== undefined) throw new UsageError(lang === 'vi' ? `không đọc được tệp cấu hình \`${explicit}\`` : `cannot read the configuration \`${explicit}\``);
      continue;
    }
    const parsed = parseConfig(await readFile(path, 'utf8'), displayPath(path, io.cwd), RULE_IDS);
    if (!parsed.config) throw new UsageError(lang === 'vi' ? `tệp cấu hình \`${displayPath(path, io.cwd)}\` có lỗi: chạy \`cascade check\` để xem` : `the configuration \`${displayPath(path, io.cwd)}\` has errors: run \`cascade check\` to see them`);
    return parsed.config;
  }
  return DEFAULT_CONFIG;
}
