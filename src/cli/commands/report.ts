import { relative, resolve } from 'node:path';
import { BatchTargetsExistError } from '../../batch/generate.js';
import { BatchInterruptedError, STOP_SIGNALS, watchSignals } from '../../batch/interrupt.js';
import { createProgress } from '../../batch/progress.js';
import { ReportSetupError, runProgressReport } from '../../batch/progress-report.js';
import { dateCell } from '../../figures/cells.js';
import type { FigureProblem } from '../../figures/types.js';
import { ChartError, chartTemplateFile } from '../../figures/chart.js';
import { dateVi, percentVi } from '../../figures/words.js';
import { loadCascade } from '../../load/load-cascade.js';
import type { Lang } from '../../report/diagnostic.js';
import { RenderError } from '../../render/render-error.js';
import { readTemplateFiles } from '../../render/template-files.js';
import { TemplateSet } from '../../render/template-set.js';
import type { CliCommand } from '../command.js';
import { findAgency } from '../find.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { asOfOf, asOfOption, langOf, langOption } from '../options.js';
import { threadsOf, unitsFrom } from './batch-shared.js';

interface ReportOptions {
  readonly figures: string;
  readonly previous?: string;
  readonly for: string;
  readonly to?: string;
  readonly date?: string;
  readonly previousDate?: string;
  readonly letterDate?: string;
  readonly number?: string;
  readonly min?: string;
  readonly expect?: string;
  readonly allowMissing?: boolean;
  readonly units?: string;
  readonly out?: string;
  readonly force?: boolean;
  readonly threads?: string;
  readonly templates?: string;
  readonly chart?: boolean;
  readonly in?: string[];
  readonly lang?: string;
  readonly asOf?: string;
}

function isoDate(value: string | undefined, flag: string, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const iso = dateCell(value);
  if (!iso) throw new UsageError(lang === 'vi' ? `${flag} cần một ngày như 30/6/2026` : `${flag} needs a date such as 30/6/2026`);
  return iso;
}

/** `file:row: severity message (rule)`, one line per problem, as compilers print them. */
export function formatProblems(problems: readonly FigureProblem[], lang: Lang): string {
  const level = { error: lang === 'vi' ? 'lỗi' : 'error', warning: lang === 'vi' ? 'cảnh báo' : 'warning' };
  return problems.map((p) => `${p.file}${p.row ? `:${p.row}` : ''}: ${level[p.severity]} ${p.message[lang]} (${p.rule})\n`).join('');
}

function printSummary(io: CliIO, result: Extract<Awaited<ReturnType<typeof runProgressReport>>, { ok: true }>, asOf: string, lang: Lang): void {
  const s = result.summary;
  const vi = lang === 'vi';
  const rows = [...s.groups, s.total].map((g) => {
    const fixed = g.change === undefined ? '' : `${g.change >= 0 ? '+' : ''}${g.change.toFixed(1)}`;
    const change = vi ? fixed.replace('.', ',') : fixed;
    return `  ${g.name.padEnd(48)} ${String(g.completed).padStart(7)}/${String(g.staff).padEnd(7)} ${percentVi(g.percent).padStart(7)} ${change.padStart(6)}  ${g.behind}/${g.units}`;
  });
  io.stdout.write(
    [
      vi ? `Tính đến ngày ${dateVi(asOf)}` : `As of ${asOf}`,
      vi ? `Số liệu ngày ${dateVi(s.date)}; cần đạt ${percentVi(s.expected)} để kịp mục tiêu ${s.target.percent}% trước ngày ${dateVi(s.target.by)}` : `Figures of ${s.date}; ${percentVi(s.expected)} needed to reach ${s.target.percent}% by ${s.target.by}`,
      vi ? `  ${'nhóm'.padEnd(48)} hoàn thành/tổng số    tỷ lệ  ±điểm  chậm` : `  ${'group'.padEnd(48)} completed/staff      rate  ±pts  behind`,
      ...rows,
      `${vi ? 'Báo cáo' : 'Report'}: ${relative(io.cwd, result.report)}`,
      `${vi ? 'Công văn đôn đốc' : 'Reminders'}: ${result.reminders.written} → ${relative(io.cwd, result.remindersDir)}/ (${result.reminders.filled} ${vi ? 'điền sẵn' : 'filled'}, ${result.reminders.rendered} ${vi ? 'dựng đủ' : 'laid out in full'})`,
    ].join('\n') + '\n',
  );
}

/** `cascade report --figures FILE --for AGENCY`: the six-monthly report and the reminders to the units behind. */
export const reportCommand: CliCommand = {
  name: 'report',
  register(program, ctx) {
    program
      .command('report')
      .description('báo cáo 6 tháng và công văn đôn đốc từ số liệu các đơn vị / six-monthly report and reminders from the units’ figures')
      .requiredOption('--figures <file>', 'số liệu (.csv, .xlsx) / figures (.csv, .xlsx)')
      .requiredOption('--for <agency>', 'cơ quan báo cáo, vd. gia-lai.ubnd / reporting agency, e.g. gia-lai.ubnd')
      .option('--to <agency>', 'nơi nhận báo cáo (mặc định: cơ quan theo dõi của văn bản cấp trên, vd. bo-nv) / the report’s addressee (default: the follow-up body of the parent document)')
      .option('--previous <file>', 'số liệu kỳ trước / figures of the previous period')
      .option('--date <date>', 'ngày số liệu nếu tệp không có cột ngày / date of the figures if the file has no date column')
      .option('--letter-date <date>', 'ngày của các công văn đôn đốc (mặc định: hôm nay; không sớm hơn ngày số liệu) / date of the reminders (default: today)')
      .option('--number <number>', 'số của các công văn đôn đốc / number of the reminders')
      .option('--previous-date <date>', 'ngày số liệu kỳ trước / date of the previous figures')
      .option('--min <percent>', 'tỷ lệ tối thiểu thay cho tiến độ đều / minimum rate instead of the even pace')
      .option('--expect <group>', 'nhóm đơn vị phải báo cáo / the group that must report (default: the letter’s addressees)')
      .option('--allow-missing', 'chấp nhận đơn vị chưa có số liệu / accept units without figures')
      .option('--units <file>', 'tệp đơn vị hành chính / administrative-units file')
      .option('--out <dir>', 'thư mục ghi / output folder', 'output')
      .option('--force', 'ghi đè / overwrite')
      .option('--threads <n>', 'số luồng / worker threads', '2')
      .option('--templates <dir>', 'thư mục mẫu của người dùng / your own template folder')
      .option('--no-chart', 'không vẽ biểu đồ tỷ lệ của từng đơn vị / leave out the charts of each unit’s rate')
      .option('--in <paths...>', 'tệp hoặc thư mục YAML / YAML files or folders', ['directives/'])
      .addOption(asOfOption())
      .addOption(langOption())
      .action(async (opts: ReportOptions) => {
        const lang = langOf(opts.lang);
        const io = ctx.io;
        const asOf = asOfOf(opts.asOf, lang);
        const minimum = opts.min === undefined ? undefined : Number(opts.min);
        if (minimum !== undefined && !(minimum >= 0 && minimum <= 100)) throw new UsageError(lang === 'vi' ? '--min cần một số từ 0 đến 100' : '--min needs a number from 0 to 100');
        const { cascade } = await loadCascade(opts.in ?? ['directives/'], { cwd: io.cwd, lang });
        const templates = new TemplateSet(await readTemplateFiles(opts.templates));
        const units = await unitsFrom(opts.units, io, lang);
        if (opts.to !== undefined && !cascade.agencies.has(opts.to)) {
          throw new UsageError(lang === 'vi' ? `--to: không có cơ quan \`${opts.to}\` trong danh mục (directives/registry/agencies.yaml)` : `--to: no agency \`${opts.to}\` in the registry (directives/registry/agencies.yaml)`);
        }
        const file = (f: string) => ({ path: resolve(io.cwd, f), name: f });
        const outDir = resolve(io.cwd, opts.out ?? 'output');
        const watch = watchSignals();
        try {
          const result = await runProgressReport({
            cascade,
            templates,
            charts: opts.chart !== false,
            chartTemplate: chartTemplateFile(opts.templates),
            issuer: findAgency(cascade, opts.for, lang),
            to: opts.to === undefined ? undefined : findAgency(cascade, opts.to, lang, '--to'),
            figures: file(opts.figures),
            previous: opts.previous ? file(opts.previous) : undefined,
            date: isoDate(opts.date, '--date', lang),
            previousDate: isoDate(opts.previousDate, '--previous-date', lang),
            letterDate: isoDate(opts.letterDate, '--letter-date', lang),
            asOf,
            number: opts.number,
            minimum,
            expect: opts.expect,
            allowMissing: opts.allowMissing,
            units,
            outDir,
            force: opts.force,
            threads: threadsOf(opts.threads, lang),
            progress: (n) => createProgress(n, 'don-doc', io.stderr, lang),
            signal: watch.signal,
          });
          if (!result.ok) {
            io.stderr.write(formatProblems(result.problems, lang));
            const n = result.problems.filter((p) => p.severity === 'error').length;
            io.stderr.write(lang === 'vi' ? `✖ ${n} lỗi trong số liệu: không ghi tệp nào\n` : `✖ ${n} error(s) in the figures: nothing written\n`);
            ctx.setExitCode(EXIT.findings);
            return;
          }
          if (result.problems.length > 0) io.stderr.write(formatProblems(result.problems, lang));
          printSummary(io, result, asOf, lang);
          ctx.setExitCode(EXIT.ok);
        } catch (e) {
          if (e instanceof ReportSetupError || e instanceof ChartError) throw new UsageError(e.text[lang]);
          if (e instanceof RenderError) {
            io.stderr.write(`cascade: ${e.say(lang)}\n`);
            ctx.setExitCode(EXIT.failure);
            return;
          }
          if (e instanceof BatchTargetsExistError) {
            io.stderr.write(`cascade: ${e.message}\n`);
            ctx.setExitCode(EXIT.findings);
            return;
          }
          const signal = watch.received();
          if (e instanceof BatchInterruptedError && signal) {
            io.stderr.write(e.say(lang, relative(io.cwd, e.outDir) || '.', signal));
            ctx.setExitCode(STOP_SIGNALS[signal]);
            return;
          }
          throw e;
        } finally {
          watch.dispose();
        }
      });
  },
};
