import { relative } from 'node:path';
import { RenderError } from '../../render/render-error.js';
import { readTemplateFiles } from '../../render/template-files.js';
import { TemplateSet } from '../../render/template-set.js';
import type { CliCommand } from '../command.js';
import { EXIT } from '../io.js';
import { langOf, langOption } from '../options.js';

/** `cascade templates [--templates DIR]`: lists the templates and partials, where each comes from, and the data it reads. */
export const templatesCommand: CliCommand = {
  name: 'templates',
  register(program, ctx) {
    program
      .command('templates')
      .description('liệt kê các mẫu và dữ liệu mỗi mẫu cần / list the templates and the data each needs')
      .option('--templates <dir>', 'thư mục mẫu của người dùng / your own template folder')
      .addOption(langOption())
      .action(async (opts: { templates?: string; lang?: string }) => {
        const lang = langOf(opts.lang);
        const io = ctx.io;
        let set: TemplateSet;
        try {
          set = new TemplateSet(await readTemplateFiles(opts.templates));
        } catch (e) {
          if (!(e instanceof RenderError)) throw e;
          io.stderr.write(`cascade: ${e.say(lang)}\n`);
          ctx.setExitCode(EXIT.failure);
          return;
        }
        const words = lang === 'vi'
          ? { partial: 'mẫu con', user: 'của người dùng', builtin: 'có sẵn', fields: 'dữ liệu', partials: 'dùng mẫu con' }
          : { partial: 'partial', user: 'user', builtin: 'built-in', fields: 'data', partials: 'uses partials' };
        for (const t of set.list().sort((a, b) => Number(a.partial) - Number(b.partial) || a.name.localeCompare(b.name))) {
          const what = `${t.partial ? `${words.partial}, ` : ''}${t.origin === 'user' ? words.user : words.builtin}`;
          io.stdout.write(`${t.partial ? `> ${t.name}` : t.name}  (${what}: ${relative(io.cwd, t.file)})\n`);
          if (t.fields.length > 0) io.stdout.write(`    ${words.fields}: ${t.fields.join(', ')}\n`);
          if (t.partials.length > 0) io.stdout.write(`    ${words.partials}: ${t.partials.join(', ')}\n`);
        }
        ctx.setExitCode(EXIT.ok);
      });
  },
};
