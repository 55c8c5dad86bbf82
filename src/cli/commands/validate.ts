import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option } from 'commander';
import { loadCascade } from '../../load/load-cascade.js';
import { countDiagnostics } from '../../report/counts.js';
import type { Lang } from '../../report/diagnostic.js';
import { formatJson } from '../../report/json.js';
import { formatStylish } from '../../report/stylish.js';
import type { CliCommand } from '../command.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { langOf, langOption } from '../options.js';

const FORMATS = ['stylish', 'json'] as const;

/** Every given path must exist before anything is read: a typo is a usage error (exit 2), not a finding. */
export async function requirePaths(paths: readonly string[], io: CliIO, lang: Lang): Promise<void> {
  for (const p of paths) {
    try {
      await stat(resolve(io.cwd, p));
    } catch {
      throw new UsageError(lang === 'vi' ? `không tìm thấy đường dẫn \`${p}\`` : `no such file or folder: \`${p}\``);
    }
  }
}

/** `cascade validate [paths...]`: loads the cascade and reports what the loader finds. */
export const validateCommand: CliCommand = {
  name: 'validate',
  register(program, ctx) {
    program
      .command('validate')
      .description('kiểm tra các tệp YAML của chuỗi văn bản / validate the YAML of the cascade')
      .argument('[paths...]', 'tệp hoặc thư mục / files or folders', ['directives/'])
      .addOption(langOption())
      .addOption(new Option('--format <format>', 'định dạng kết quả / output format').choices(FORMATS).default('stylish'))
      .action(async (paths: string[], opts: { lang?: string; format?: string }) => {
        const lang = langOf(opts.lang);
        await requirePaths(paths, ctx.io, lang);
        const { cascade, diagnostics } = await loadCascade(paths, { cwd: ctx.io.cwd, lang });
        if (opts.format === 'json') {
          ctx.io.stdout.write(formatJson(diagnostics, lang));
        } else if (diagnostics.length > 0) {
          ctx.io.stdout.write(formatStylish(diagnostics, { lang, color: ctx.io.isTTY }));
        } else {
          const n = cascade.documents.length;
          ctx.io.stdout.write(lang === 'vi' ? `✔ ${n} văn bản: không có lỗi nào\n` : `✔ ${n} document${n === 1 ? '' : 's'}: no problems\n`);
        }
        ctx.setExitCode(countDiagnostics(diagnostics).errors > 0 ? EXIT.findings : EXIT.ok);
      });
  },
};
