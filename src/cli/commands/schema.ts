import { loadCascade } from '../../load/load-cascade.js';
import { documentJsonSchema } from '../../model/json-schema.js';
import { writeTextAtomic } from '../write-text.js';
import type { CliCommand } from '../command.js';
import { EXIT } from '../io.js';
import { langOf, langOption } from '../options.js';

/** `cascade schema [--out FILE]`: the JSON Schema of a document file, with the registry's agency ids for completion. */
export const schemaCommand: CliCommand = {
  name: 'schema',
  register(program, ctx) {
    program
      .command('schema')
      .description('lược đồ JSON của tệp văn bản, cho trình soạn thảo (VS Code) / the JSON Schema of a document file, for editors')
      .argument('[paths...]', 'danh mục cơ quan lấy mã từ đây / where the registry is read from', ['directives/'])
      .option('--out <file>', 'ghi vào tệp (mặc định: in ra) / write to a file (default: print it)')
      .option('--force', 'ghi đè tệp đã có / overwrite an existing file')
      .addOption(langOption())
      .action(async (paths: string[], opts: { out?: string; force?: boolean; lang?: string }) => {
        const lang = langOf(opts.lang);
        const { cascade } = await loadCascade(paths, { cwd: ctx.io.cwd, lang });
        const ids = [...cascade.agencies.keys(), ...cascade.groups.keys()].sort();
        const text = `${JSON.stringify(documentJsonSchema(ids), null, 1)}\n`;
        if (opts.out === undefined) ctx.io.stdout.write(text);
        else await writeTextAtomic(ctx.io, opts.out, text, opts.force === true, lang);
        ctx.setExitCode(EXIT.ok);
      });
  },
};
