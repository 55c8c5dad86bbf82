import { draftYaml } from '../../import/emit.js';
import { scaffold, ScaffoldError } from '../../import/scaffold.js';
import { countDraft } from '../../import/summary.js';
import { loadCascade } from '../../load/load-cascade.js';
import type { CliCommand } from '../command.js';
import { findAgency, findDocumentId } from '../find.js';
import { EXIT, UsageError } from '../io.js';
import { writeTextAtomic } from '../write-text.js';
import { schemaLine } from '../schema-line.js';
import { langOf, langOption } from '../options.js';

interface ScaffoldOptions {
  readonly from: string;
  readonly for: string;
  readonly date?: string;
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
      .option('--date <yyyy-mm-dd>', 'ngày dự kiến ban hành, để bỏ thời hạn đã qua (mặc định: hôm nay) / the letter’s expected date: deadlines past by then are not copied (default: today)')
      .option('--out <file>', 'ghi vào tệp (mặc định: in ra) / write to a file (default: print it)')
      .option('--force', 'ghi đè tệp đã có / overwrite an existing file')
      .option('--in <paths...>', 'tệp hoặc thư mục YAML / YAML files or folders', ['directives/'])
      .addOption(langOption())
      .action(async (opts: ScaffoldOptions) => {
        const lang = langOf(opts.lang);
        const io = ctx.io;
        if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
          throw new UsageError(lang === 'vi' ? `--date cần một ngày dạng 2026-06-15, gặp “${opts.date}”` : `--date needs a date like 2026-06-15, got “${opts.date}”`);
        }
        const { cascade } = await loadCascade(opts.in ?? ['directives/'], { cwd: io.cwd, lang });
        // Names as a clerk types them ("Cao Bằng", "UBND tỉnh Cao Bằng", "14/CT-TTg"), with did-you-mean.
        const from = findDocumentId(cascade, opts.from, lang);
        const agency = findAgency(cascade, opts.for, lang);
        let result: ReturnType<typeof scaffold>;
        try {
          result = scaffold(cascade, from, agency, opts.date);
        } catch (e) {
          if (!(e instanceof ScaffoldError)) throw e;
          io.stderr.write(`cascade: ${e.text[lang]}\n`);
          ctx.setExitCode(EXIT.failure);
          return;
        }
        const title = {
          vi: `Khung văn bản của ${cascade.nameOf(agency) ?? agency} triển khai ${from}, soạn bằng \`cascade scaffold\`.`,
          en: `Scaffold of ${cascade.nameOf(agency) ?? agency}'s letter implementing ${from}, made by \`cascade scaffold\`.`,
        };
        const hint = {
          vi: 'Chú thích "#" cho biết nhiệm vụ nào bắt buộc (giao cho cấp này), nhiệm vụ nào tùy chọn; điền số, ngày, người ký.',
          en: 'The "#" comments say which tasks are required (addressed to this level) and which are optional; fill in number, date, signer.',
        };
        const yaml = schemaLine(io.cwd, opts.out) + draftYaml(result, { source: from, lang, title, hint });
        const c = countDraft(result);
        if (opts.out === undefined) {
          io.stdout.write(yaml);
        } else {
          await writeTextAtomic(io, opts.out, yaml, opts.force === true, lang);
        }
        const where = opts.out ?? 'stdout';
        io.stderr.write(
          lang === 'vi'
            ? `${result.document.id}: ${c.tasks} nhiệm vụ (${c.links} liên kết tới ${from}) → ${where}\n`
            : `${result.document.id}: ${c.tasks} tasks (${c.links} links to ${from}) → ${where}\n`,
        );
        ctx.setExitCode(EXIT.ok);
      });
  },
};
