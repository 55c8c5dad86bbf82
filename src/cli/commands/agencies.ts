import { loadCascade } from '../../load/load-cascade.js';
import { provinceSlug } from '../../text/slug.js';
import { alignColumns } from '../columns.js';
import type { CliCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { langOf, langOption } from '../options.js';

interface AgenciesOptions {
  readonly province?: string;
  readonly groups?: boolean;
  readonly json?: boolean;
  readonly lang?: string;
}

/** `cascade agencies [paths] [--province X] [--groups]`: the registry's ids and names, to write in YAML or pass to --for. */
export const agenciesCommand: CliCommand = {
  name: 'agencies',
  register(program, ctx) {
    program
      .command('agencies')
      .description('liệt kê mã và tên các cơ quan, nhóm trong danh mục / list the ids and names of the registry’s agencies and groups')
      .argument('[paths...]', 'tệp hoặc thư mục / files or folders', ['directives/'])
      .option('--province <name>', 'chỉ các cơ quan của một tỉnh (tên hoặc mã: "Cao Bằng", cao-bang) / only one province’s agencies')
      .option('--groups', 'liệt kê các nhóm thay cho cơ quan / list the groups instead')
      .option('--json', 'in dạng JSON / print JSON')
      .addOption(langOption())
      .action(async (paths: string[], opts: AgenciesOptions) => {
        const lang = langOf(opts.lang);
        const { cascade } = await loadCascade(paths, { cwd: ctx.io.cwd, lang });
        const province = opts.province === undefined ? undefined : provinceSlug(opts.province);
        if (province !== undefined && ![...cascade.agencies.values()].some((a) => a.province === province)) {
          throw new UsageError(lang === 'vi' ? `--province: không có tỉnh \`${opts.province}\` trong danh mục` : `--province: no province \`${opts.province}\` in the registry`);
        }
        const inProvince = (id: string, p: string | undefined): boolean => province === undefined || p === province || id.startsWith(`${province}.`);
        const rows =
          opts.groups === true
            ? [...cascade.groups.values()].filter((g) => inProvince(g.id, undefined)).map((g) => ({ id: g.id, name: g.name, level: '', members: cascade.members(g.id).length }))
            : [...cascade.agencies.values()].filter((a) => inProvince(a.id, a.province)).map((a) => ({ id: a.id, name: a.name, level: a.level, members: undefined }));
        rows.sort((a, b) => a.id.localeCompare(b.id));
        if (opts.json === true) {
          ctx.io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        } else {
          const head = opts.groups === true ? (lang === 'vi' ? ['mã', 'số thành viên', 'tên'] : ['id', 'members', 'name']) : lang === 'vi' ? ['mã', 'cấp', 'tên'] : ['id', 'level', 'name'];
          const body = rows.map((r) => (opts.groups === true ? [r.id, String(r.members ?? 0), r.name] : [r.id, r.level, r.name]));
          ctx.io.stdout.write(alignColumns([head, ...body]));
        }
        ctx.setExitCode(EXIT.ok);
      });
  },
};
