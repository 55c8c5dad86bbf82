import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { EACH_KINDS, generateEach, type EachKind } from '../../batch/each.js';
import { BatchTargetsExistError } from '../../batch/generate.js';
import { BatchInterruptedError, STOP_SIGNALS, watchSignals } from '../../batch/interrupt.js';
import { createProgress } from '../../batch/progress.js';
import { expandRecipients } from '../../batch/recipients.js';
import type { Cascade } from '../../load/cascade.js';
import type { Document } from '../../model/document.js';
import type { Lang } from '../../report/diagnostic.js';
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
}

/** Adds `--each`, `--units` and `--threads` to `cascade generate`. */
export function addEachOptions(command: Command): Command {
  return command
    .option('--each <group>', 'một văn bản cho mỗi đơn vị của nhóm, vd. gia-lai.ubnd-xa / one document per member of a group')
    .option('--units <file>', 'tệp đơn vị hành chính thay cho tệp kèm theo / administrative-units file instead of the bundled one')
    .option('--threads <n>', 'số luồng khi dùng --each / worker threads with --each', '2');
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
  const outDir = resolve(io.cwd, opts.out ?? 'output', `${kind}-${slugify(group)}`);
  const watch = watchSignals();
  try {
    const started = performance.now();
    const result = await generateEach({
      kind: kind as EachKind,
      doc,
      recipients,
      cascade,
      templates,
      outDir,
      force: opts.force,
      threads: threadsOf(opts.threads, lang),
      progress: createProgress(recipients.length, kind, io.stderr, lang),
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
