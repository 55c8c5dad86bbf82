import { existsSync } from 'node:fs';
import { writeDocxAtomic } from '../../docx/write.js';
import { relative, resolve } from 'node:path';
import { draftYaml } from '../../import/emit.js';
import { scaffold, ScaffoldError } from '../../import/scaffold.js';
import { countDraft } from '../../import/summary.js';
import { loadCascade } from '../../load/load-cascade.js';
import type { CliCommand } from '../command.js';
import { EXIT } from '../io.js';
import { langOf, langOption } from '../options.js';

interface ScaffoldOptions {
  readonly from: string;
  readonly for: string;
  readonly out?: string;
  readonly force?: boolean;
  readonly in?: string[];
  readonly lang?: string;
}

/**
 * `cascade scaffold --from <document> --for <agency>`: the YAML draft of the letter `agency` writes
 * to implement `document`, with every task it must carry and the optional mirrors.
 */
export const scaffoldCommand: CliCommand = {
  name: 'scaffold',
  register(program, ctx) {
    program
      .command('scaffold')
      .description('soạn khung văn bản triển khai cho một cơ quan / draft the implementing letter of an agency')
      .requiredOption('--from <document>', 'văn bản cấp trên (mã) / the parent document (id)')
      .requiredOption('--for <agency>', 'cơ quan ban hành (mã, hoặc mã tỉnh) / the issuing agency (id, or a province slug)')
      .option('--out <file>', 'ghi vào tệp (mặc định: in ra) / write to a file (default: print it)')
      .option('--force', 'ghi đè tệp đã có / overwrite an existing file')
      .option('--in <paths...>', 'tệp hoặc thư mục YAML / YAML files or folders', ['directives/'])
      .addOption(langOption())
      .action(async (opts: ScaffoldOptions) => {
        const lang = langOf(opts.lang);
        const io = ctx.io;
        const { cascade } = await loadCascade(opts.in ?? ['directives/'], { cwd: io.cwd, lang });
        let result: ReturnType<typeof scaffold>;
        try {
          result = scaffold(cascade, opts.from, opts.for);
        } catch (e) {
          if (!(e instanceof ScaffoldError)) throw e;
          io.stderr.write(`cascade: ${e.text[lang]}\n`);
          ctx.setExitCode(EXIT.failure);
          return;
        }
        const title = {
          vi: `Khung văn bản của ${opts.for} triển khai ${opts.from}, soạn bằng \`cascade scaffold\`.`,
          en: `Scaffold of ${opts.for}'s letter implementing ${opts.from}, made by \`cascade scaffold\`.`,
        };
        const hint = {
          vi: 'Chú thích "#" cho biết nhiệm vụ nào bắt buộc (giao cho cấp này), nhiệm vụ nào tùy chọn; điền số, ngày, người ký.',
          en: 'The "#" comments say which tasks are required (addressed to this level) and which are optional; fill in number, date, signer.',
        };
        const yaml = draftYaml(result, { source: opts.from, lang, title, hint });
        const c = countDraft(result);
        if (opts.out === undefined) {
          io.stdout.write(yaml);
        } else {
          const out = resolve(io.cwd, opts.out);
          if (existsSync(out) && opts.force !== true) {
            const name = relative(io.cwd, out);
            io.stderr.write(`cascade: ${lang === 'vi' ? `tệp đã có: ${name} (dùng --force để ghi đè)` : `file exists: ${name} (use --force to overwrite)`}\n`);
            ctx.setExitCode(EXIT.failure);
            return;
          }
          // Whole or not at all, and exclusive without --force (a file that appears meanwhile is not overwritten).
          await writeDocxAtomic(out, Buffer.from(yaml, 'utf8'), { force: opts.force === true });
        }
        const where = opts.out ?? 'stdout';
        io.stderr.write(
          lang === 'vi'
            ? `${result.document.id}: ${c.tasks} nhiệm vụ (${c.links} liên kết tới ${opts.from}) → ${where}\n`
            : `${result.document.id}: ${c.tasks} tasks (${c.links} links to ${opts.from}) → ${where}\n`,
        );
        ctx.setExitCode(EXIT.ok);
      });
  },
};
