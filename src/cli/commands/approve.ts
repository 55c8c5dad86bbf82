import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { approveLinks, type LinkApproval } from '../../check/approve.js';
import { fingerprintOf } from '../../check/fingerprint.js';
import type { Cascade } from '../../load/cascade.js';
import { loadCascade } from '../../load/load-cascade.js';
import { countDiagnostics } from '../../report/counts.js';
import type { Lang } from '../../report/diagnostic.js';
import { formatStylish } from '../../report/stylish.js';
import type { CliCommand } from '../command.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { langOf, langOption } from '../options.js';
import { requirePaths } from './validate.js';

interface ApproveOptions {
  readonly lang?: string;
  readonly task?: string[];
  readonly all?: boolean;
}

/** Writes through a temporary file renamed over the original: a crash never leaves half a file. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** The files of the documents among the given paths (the loader may add the package's own). */
function documentFiles(cascade: Cascade, paths: readonly string[], io: CliIO): Map<string, string> {
  const roots = paths.map((p) => resolve(io.cwd, p));
  const inside = (root: string, abs: string): boolean => {
    const rel = relative(root, abs);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const files = new Map<string, string>();
  for (const doc of cascade.documents) {
    const file = cascade.locate(doc)?.file;
    if (file === undefined) continue;
    const abs = resolve(io.cwd, file);
    if (roots.some((r) => inside(r, abs))) files.set(abs, file);
  }
  return files;
}

function line(c: LinkApproval, file: string, lang: Lang): string {
  const was = c.before === undefined ? (lang === 'vi' ? 'mới' : 'new') : `${lang === 'vi' ? 'trước' : 'was'} ${c.before}`;
  return `${file}: ${c.task} ${c.kind} ${c.parent}: ${c.after} (${was})\n`;
}

/** `cascade approve [paths...] --task doc#id | --all`: writes the parents' current fingerprints into the links. */
export const approveCommand: CliCommand = {
  name: 'approve',
  register(program, ctx) {
    program
      .command('approve')
      .description('duyệt liên kết tới nhiệm vụ cấp trên (ghi dấu vân tay) / approve links to parent tasks (write fingerprints)')
      .argument('[paths...]', 'tệp hoặc thư mục / files or folders', ['directives/'])
      .addOption(langOption())
      .option('--task <ref...>', 'nhiệm vụ cần duyệt, dạng `văn-bản#nhiệm-vụ` / tasks to approve, as `doc#task`')
      .option('--all', 'duyệt mọi liên kết / approve every link')
      .action(async (paths: string[], opts: ApproveOptions) => {
        const lang = langOf(opts.lang);
        const tasks = new Set(opts.task ?? []);
        if (tasks.size === 0 && !opts.all) throw new UsageError(lang === 'vi' ? 'cần `--task văn-bản#nhiệm-vụ` hoặc `--all`' : 'give `--task doc#task` or `--all`');
        await requirePaths(paths, ctx.io, lang);
        const { cascade, diagnostics } = await loadCascade(paths, { cwd: ctx.io.cwd, lang });
        if (countDiagnostics(diagnostics).errors > 0) {
          // Fingerprints taken from a cascade with errors could bless the wrong parent.
          ctx.io.stdout.write(formatStylish(diagnostics, { lang, color: ctx.io.isTTY }));
          ctx.io.stderr.write(lang === 'vi' ? 'cascade: sửa các lỗi trên rồi duyệt lại\n' : 'cascade: fix the errors above, then approve\n');
          ctx.setExitCode(EXIT.failure);
          return;
        }
        for (const t of tasks) if (!cascade.tasks.has(t)) throw new UsageError(lang === 'vi' ? `không có nhiệm vụ \`${t}\`` : `no task \`${t}\``);
        const fp = (ref: string) => {
          const parent = cascade.tasks.get(ref);
          return parent ? fingerprintOf(parent.task) : undefined;
        };
        let count = 0;
        let changedFiles = 0;
        for (const [abs, file] of documentFiles(cascade, paths, ctx.io)) {
          const text = await readFile(abs, 'utf8');
          const { text: out, changes } = approveLinks(text, (ref) => opts.all === true || tasks.has(ref), fp);
          if (changes.length === 0) continue;
          await writeAtomic(abs, out);
          changedFiles++;
          count += changes.length;
          for (const c of changes) ctx.io.stdout.write(line(c, file, lang));
        }
        ctx.io.stdout.write(
          count === 0
            ? lang === 'vi' ? 'Không có liên kết nào cần duyệt.\n' : 'No link needed approval.\n'
            : lang === 'vi' ? `Đã duyệt ${count} liên kết trong ${changedFiles} tệp.\n` : `Approved ${count} link${count === 1 ? '' : 's'} in ${changedFiles} file${changedFiles === 1 ? '' : 's'}.\n`,
        );
        ctx.setExitCode(EXIT.ok);
      });
  },
};
