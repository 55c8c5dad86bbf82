import { relative } from 'node:path';
import { RenderError } from '../../render/render-error.js';
import { readTemplateFiles } from '../../render/template-files.js';
import { TemplateSet } from '../../render/template-set.js';
import { GENERATE_KINDS } from '../../render/kinds.js';
import { STRUCTURED_FIELDS } from '../../render/views/structured.js';
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
      .option('--fields <kind>', 'dữ liệu một loại văn bản nhận được (cả loại do người dùng tự thêm) / the data a kind receives (your own kinds too)')
      .addOption(langOption())
      .action(async (opts: { templates?: string; fields?: string; lang?: string }) => {
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
        if (opts.fields !== undefined) {
          io.stdout.write(fieldsOf(set, opts.fields, lang));
          ctx.setExitCode(EXIT.ok);
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

/** What a kind's template receives: the fields its template reads, and for a kind of the user's own the document as data. */
function fieldsOf(set: TemplateSet, kind: string, lang: 'vi' | 'en'): string {
  const builtin = (GENERATE_KINDS as readonly string[]).includes(kind);
  const template = set.list().find((t) => !t.partial && t.name === kind);
  const out: string[] = [];
  if (template) out.push(`${lang === 'vi' ? 'Mẫu' : 'Template'} ${kind}: ${template.fields.join(', ') || '—'}`);
  if (!builtin) {
    out.push(
      lang === 'vi'
        ? `Một loại văn bản do người dùng thêm (mẫu ${kind}.md.hbs trong --templates) nhận dữ liệu của văn bản như các mẫu có sẵn, và thêm \`data\`:`
        : `A kind of your own (template ${kind}.md.hbs in --templates) receives the document's view as the built-in kinds do, plus \`data\`:`,
    );
    for (const [path, vi, en] of STRUCTURED_FIELDS) out.push(`  ${path}  —  ${lang === 'vi' ? vi : en}`);
  }
  return `${out.join('\n')}\n`;
}
