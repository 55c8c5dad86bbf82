import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { EACH_KINDS, generateEach, type EachKind, type EachReminder } from '../../batch/each.js';
import { remindersAbout } from '../../render/kinds.js';
import type { ReminderItem } from '../../render/views/reminder-items.js';
import { taskNamed } from '../../render/views/task-ref.js';
import { BatchTargetsExistError } from '../../batch/generate.js';
import { BatchInterruptedError, STOP_SIGNALS, watchSignals } from '../../batch/interrupt.js';
import { createProgress } from '../../batch/progress.js';
import { expandRecipients } from '../../batch/recipients.js';
import type { Cascade } from '../../load/cascade.js';
import type { Document } from '../../model/document.js';
import type { Diagnostic, Lang } from '../../report/diagnostic.js';
import type { TemplateSet } from '../../render/template-set.js';
import { slugify } from '../../text/slug.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { threadsOf, unitsFrom } from './batch-shared.js';

/** The options `--each` brings to `cascade generate`. */
export interface EachOptions {
  readonly each?: string;
  readonly units?: string;
  readonly threads?: string;
  readonly out?: string;
  readonly force?: boolean;
  readonly banner?: string | undefined;
  /** For `don-doc`: the audit's findings, so that `--each` reminds exactly whom the single letter reminds. */
  readonly diagnostics?: readonly Diagnostic[] | undefined;
  readonly letterDate?: string | undefined;
  readonly number?: string | undefined;
}

/** Adds `--each`, `--units` and `--threads` to `cascade generate`. */
export function addEachOptions(command: Command): Command {
  return command
    .option('--each <group>', 'một văn bản cho mỗi đơn vị của nhóm, vd. gia-lai.ubnd-xa / one document per member of a group')
    .option('--units <file>', 'tệp đơn vị hành chính thay cho tệp kèm theo / administrative-units file instead of the bundled one')
    .option('--threads <n>', 'số luồng khi dùng --each / worker threads with --each', '2');
}

// The single letter's items, by addressee: one sentence per item, as the single letter words them.
function remindersFor(cascade: Cascade, diagnostics: readonly Diagnostic[], about: string, lang: Lang): Map<string, EachReminder> {
  const byAgency = new Map<string, ReminderItem[]>();
  for (const item of remindersAbout(cascade, diagnostics, about, lang)) byAgency.set(item.agency, [...(byAgency.get(item.agency) ?? []), item]);
  return new Map([...byAgency].map(([agency, items]) => {
    const first = items[0];
    const problem = [...new Set(items.map((i) => (i.task ? `${taskNamedIn(cascade, i)}: ${i.problem}` : i.problem)))].join('; ');
    return [agency, { problem, sender: first?.sender, document: first?.document }] as const;
  }));
}

function taskNamedIn(cascade: Cascade, item: ReminderItem): string {
  const doc = cascade.documentsById.get(item.document);
  return doc && item.task ? taskNamed(doc, item.task, true) : '';
}

/**
 * `cascade generate <doc> --kind K --each <group>`: one .docx per member of the group into
 * `<out>/<kind>-<group>/`, with a progress bar on a terminal and plain lines otherwise. Returns the exit code.
 */
export async function runEach(kind: string, doc: Document, cascade: Cascade, templates: TemplateSet, opts: EachOptions, io: CliIO, lang: Lang): Promise<number> {
  if (!(EACH_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(lang === 'vi' ? `--each dùng với loại: ${EACH_KINDS.join(', ')}` : `--each works with the kinds: ${EACH_KINDS.join(', ')}`);
  }
  const group = opts.each ?? '';
  const units = await unitsFrom(opts.units, io, lang);
  const { recipients, diagnostics } = expandRecipients(group, cascade, units);
  const problem = diagnostics[0];
  if (problem) throw new UsageError(problem.message[lang]);
  const reminders = kind === 'don-doc' ? remindersFor(cascade, opts.diagnostics ?? [], doc.id, lang) : undefined;
  if (reminders && !recipients.some((r) => reminders.has(r.id))) {
    io.stdout.write(lang === 'vi' ? `Không có nội dung nào cần soạn cho \`${doc.id}\` (không có đơn vị nào của nhóm cần đôn đốc)\n` : `Nothing to write for \`${doc.id}\` (no member of the group to remind)\n`);
    return EXIT.ok;
  }
  const outDir = resolve(io.cwd, opts.out ?? 'output', `${kind}-${slugify(group)}`);
  const watch = watchSignals();
  try {
    const started = performance.now();
    const result = await generateEach({
      kind: kind as EachKind,
      doc,
      recipients,
      group,
      cascade,
      templates,
      outDir,
      force: opts.force,
      threads: threadsOf(opts.threads, lang),
      progress: createProgress(recipients.length, kind, io.stderr, lang),
      banner: opts.banner,
      reminders,
      letterDate: opts.letterDate,
      number: opts.number,
      signal: watch.signal,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const shown = relative(io.cwd, outDir) || '.';
    io.stdout.write(
      lang === 'vi'
        ? `Đã ghi ${result.written} tệp vào ${shown}/ trong ${seconds} giây (${result.filled} điền sẵn từ mẫu đã dựng, ${result.rendered} dựng đầy đủ)\n`
        : `Wrote ${result.written} files to ${shown}/ in ${seconds} s (${result.filled} filled from a compiled template, ${result.rendered} laid out in full)\n`,
    );
    for (const [key, why] of result.notCompiled) io.stdout.write(`  ${lang === 'vi' ? 'lưu ý' : 'note'}: ${key.split('|')[1] ?? key}…: ${why[lang]}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof BatchTargetsExistError) {
      io.stderr.write(`cascade: ${e.message}\n`);
      return EXIT.findings;
    }
    const signal = watch.received();
    if (e instanceof BatchInterruptedError && signal) {
      io.stderr.write(e.say(lang, relative(io.cwd, outDir) || '.', signal));
      return STOP_SIGNALS[signal];
    }
    throw e;
  } finally {
    watch.dispose();
  }
}
