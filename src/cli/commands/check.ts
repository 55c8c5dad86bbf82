import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { Option } from 'commander';
import { CONFIG_FILE, DEFAULT_CONFIG, parseConfig, type ParsedConfig } from '../../check/config.js';
import { runChecks } from '../../check/engine.js';
import { RULES, RULE_IDS } from '../../check/rules/index.js';
import { exitCodeOf, summarize } from '../../check/summary.js';
import { displayPath } from '../../load/discover.js';
import { loadCascade } from '../../load/load-cascade.js';
import { sortDiagnostics } from '../../load/sort.js';
import type { AddresseeCoverage } from '../../check/addressees.js';
import { followUpMap } from '../../check/facts.js';
import { auditHeadline } from '../../report/audit-headline.js';
import { formatCheckJson, type CheckJsonFacts, type NotEvaluatedInput } from '../../report/check-json.js';
import type { Diagnostic, Lang } from '../../report/diagnostic.js';
import { formatMarkdown } from '../../report/markdown.js';
import { formatNotEvaluated } from '../../report/not-evaluated.js';
import { formatSarif } from '../../report/sarif.js';
import { countDiagnostics, type Counts } from '../../report/counts.js';
import { formatStylish } from '../../report/stylish.js';
import type { CliCommand } from '../command.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { asOfOf, asOfOption, langOf, langOption } from '../options.js';
import { requirePaths } from './validate.js';
import { watchCheck, type Presented } from './check-watch.js';
import type { SessionResult } from '../../check/session.js';

const FORMATS = ['stylish', 'json', 'markdown', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface CheckOptions {
  readonly lang?: string;
  readonly format?: Format;
  readonly maxWarnings?: string;
  readonly config?: string;
  readonly quiet?: boolean;
  readonly asOf?: string;
  readonly watch?: boolean;
}

/** The configuration: `--config FILE`, else `cascade.config.yaml` in the first given folder that has one. */
async function readConfig(paths: readonly string[], explicit: string | undefined, io: CliIO, lang: Lang): Promise<ParsedConfig | undefined> {
  const candidates = explicit !== undefined ? [resolve(io.cwd, explicit)] : await configsIn(paths, io.cwd);
  const path = candidates[0];
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(lang === 'vi' ? `không đọc được tệp cấu hình \`${explicit ?? path}\`` : `cannot read the configuration \`${explicit ?? path}\``);
  }
  return parseConfig(text, displayPath(path, io.cwd), RULE_IDS);
}

async function configsIn(paths: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const p of paths) {
    const file = join(resolve(cwd, p), CONFIG_FILE);
    if (await stat(file).then((s) => s.isFile(), () => false)) found.push(file);
  }
  return found;
}

/** Keeps what has no place, or a place in one of the given files or folders. */
function inside(paths: readonly string[], cwd: string): (d: { readonly place?: { readonly file: string } }) => boolean {
  const roots = paths.map((p) => resolve(cwd, p));
  // Thousands of findings share a few thousand files: each file is resolved once.
  const byFile = new Map<string, boolean>();
  return (d) => {
    if (!d.place) return true;
    let within = byFile.get(d.place.file);
    if (within === undefined) {
      const abs = resolve(cwd, d.place.file);
      within = roots.some((r) => {
        const rel = relative(r, abs);
        return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
      });
      byFile.set(d.place.file, within);
    }
    return within;
  };
}

function maxWarningsOf(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(lang === 'vi' ? `--max-warnings cần một số nguyên không âm, không phải \`${value}\`` : `--max-warnings needs a non-negative integer, not \`${value}\``);
  return Number(value);
}

/** `cascade check [paths...]`: loads the cascade, runs the audit rules, prints the findings. */
export const checkCommand: CliCommand = {
  name: 'check',
  register(program, ctx) {
    const version = program.version() ?? '0.0.0';
    program
      .command('check')
      .description('kiểm tra việc triển khai nhiệm vụ qua các cấp / audit the cascade')
      .argument('[paths...]', 'tệp hoặc thư mục / files or folders', ['directives/'])
      .addOption(langOption())
      .addOption(new Option('--format <format>', 'định dạng kết quả / output format').choices(FORMATS).default('stylish'))
      .option('--max-warnings <n>', 'số cảnh báo tối đa trước khi coi là lỗi / warnings allowed before exit 1')
      .option('--config <file>', `tệp cấu hình (mặc định ${CONFIG_FILE} trong thư mục) / configuration file`)
      .addOption(asOfOption())
      .option('--quiet', 'chỉ in lỗi (cảnh báo, thông tin vẫn được đếm) / print errors only (warnings and info still counted)')
      .option('--watch', 'theo dõi thư mục, kiểm tra lại khi tệp thay đổi (Ctrl-C để thoát) / watch the folders, check again on every change (Ctrl-C to stop)')
      .action(async (paths: string[], opts: CheckOptions) => {
        const lang = langOf(opts.lang);
        const format = opts.format ?? 'stylish';
        const maxWarnings = maxWarningsOf(opts.maxWarnings, lang);
        const asOf = asOfOf(opts.asOf, lang);
        await requirePaths(paths, ctx.io, lang);
        const parsed = await readConfig(paths, opts.config, ctx.io, lang);
        if (parsed && !parsed.config) {
          // A broken configuration would audit with the wrong rules: the tool cannot run (ESLint does the same).
          ctx.io.stdout.write(render(format, [...parsed.diagnostics], [], { lang, color: ctx.io.isTTY, version }));
          ctx.setExitCode(EXIT.failure);
          return;
        }
        if (opts.watch) {
          await watchCheck(paths, parsed, {
            io: ctx.io,
            lang,
            stylish: format === 'stylish',
            asOf,
            ...(ctx.io.signal ? { signal: ctx.io.signal } : {}),
            readConfig: () => readConfig(paths, opts.config, ctx.io, lang),
            present: (result) => present(result, paths, format, { lang, color: ctx.io.isTTY, version, quiet: opts.quiet === true, cwd: ctx.io.cwd, asOf }),
          });
          ctx.setExitCode(EXIT.ok);
          return;
        }
        const { cascade, diagnostics: loaded } = await loadCascade(paths, { cwd: ctx.io.cwd, lang });
        const audit = runChecks(cascade, parsed?.config ?? DEFAULT_CONFIG, { waiverPlaces: parsed?.waiverPlaces ?? [], asOf });
        const shown = present({ cascade, loaded, audit }, paths, format, { lang, color: ctx.io.isTTY, version, quiet: opts.quiet === true, cwd: ctx.io.cwd, asOf });
        ctx.io.stdout.write(shown.text);
        ctx.setExitCode(exitCodeOf(summarize(shown.all, shown.notEvaluated), maxWarnings));
      });
  },
};

/** How one audit is shown. */
interface PresentOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly version: string;
  readonly quiet: boolean;
  readonly cwd: string;
  readonly asOf: string;
}

/** The findings of one audit inside the given paths, sorted, and the output of `check` for them. */
function present(result: Pick<SessionResult, 'cascade' | 'loaded' | 'audit'>, paths: readonly string[], format: Format, o: PresentOptions): Presented {
  const { cascade, loaded, audit } = result;
  // Documents the loader brought in as parents (14/CT-TTg for a single letter) are context, not input.
  const given = inside(paths, o.cwd);
  const all = sortDiagnostics([...loaded, ...audit.diagnostics.filter((d) => d.rule === 'waiver-unused' || given(d))]);
  const notEvaluated = audit.notEvaluated.filter(given);
  // --quiet shows errors only, in every format (as ESLint does); the exit code still reads them all.
  const shown = o.quiet ? all.filter((d) => d.severity === 'error') : all;
  const hidden = o.quiet ? countDiagnostics(all.filter((d) => d.severity !== 'error')) : undefined;
  const facts = { asOf: o.asOf, addressees: audit.addressees, followUp: followUpMap(cascade) };
  const text = render(format, shown, notEvaluated, { lang: o.lang, color: o.color, version: o.version, hidden, facts });
  return { all, shown, notEvaluated, text };
}

interface RenderOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly version: string;
  /** What `--quiet` left out, for the summary line. */
  readonly hidden?: Counts | undefined;
  /** The day and the coverage over addressees, once the audit ran. */
  readonly facts?: CheckJsonFacts & { readonly asOf: string; readonly addressees: readonly AddresseeCoverage[] };
}

function render(format: Format, all: readonly Diagnostic[], notEvaluated: readonly NotEvaluatedInput[], { lang, color, version, hidden, facts }: RenderOptions): string {
  const summary = summarize(all, notEvaluated);
  const headline = facts ? auditHeadline(facts.asOf, facts.addressees, lang) : [];
  switch (format) {
    case 'json':
      return formatCheckJson(all, notEvaluated, summary, lang, facts);
    case 'markdown':
      return `${headline.map((l) => `> ${l}  `).join('\n')}${headline.length > 0 ? '\n\n' : ''}${formatMarkdown(all, notEvaluated, summary, lang)}`;
    case 'sarif':
      return formatSarif(all, notEvaluated, { lang, version, rules: RULES.map((r) => ({ id: r.id, description: r.meta.description, defaultSeverity: r.defaultSeverity })),
        ...(facts ? { asOf: facts.asOf, headline } : {}) });
    case 'stylish': {
      const findings = formatStylish(all, { lang, color, hidden });
      const none = hidden && hidden.warnings + hidden.infos > 0
        ? (lang === 'vi' ? `✔ không có lỗi (ẩn ${hidden.warnings} cảnh báo, ${hidden.infos} thông tin: --quiet)\n` : `✔ no errors (${hidden.warnings} warnings and ${hidden.infos} info hidden: --quiet)\n`)
        : (lang === 'vi' ? '✔ không có phát hiện nào\n' : '✔ no findings\n');
      const clean = all.length === 0 ? none : '';
      const waived = summary.waived > 0 ? (lang === 'vi' ? `  (${summary.waived} được miễn trừ, không tính)\n` : `  (${summary.waived} waived, not counted)\n`) : '';
      const open = formatNotEvaluated(notEvaluated, { lang, color });
      const head = headline.length > 0 ? `${headline.join('\n')}\n\n` : '';
      return `${head}${findings}${clean}${waived}${open ? `\n${open}` : ''}`;
    }
  }
}
