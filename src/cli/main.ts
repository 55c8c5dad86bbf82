import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../load/discover.js';
import type { CommandContext } from './command.js';
import { commandsFor } from './commands/index.js';
import type { CliCommand } from './command.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { commanderInVietnamese } from './commander-vi.js';
import { examplesText } from './examples.js';
import { isLang, LANGS, requestedLang, setDefaultLang } from './options.js';
import type { Lang } from '../report/diagnostic.js';
import { plainFsError } from './fs-error.js';

function version(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
    const v = pkg !== null && typeof pkg === 'object' ? (pkg as Record<string, unknown>)['version'] : undefined;
    return typeof v === 'string' ? v : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The program with the given commands, writing through `io` and never exiting the process. */
function program(ctx: CommandContext, commands: readonly CliCommand[], lang: Lang): Command {
  const say = (s: string): string => (lang === 'vi' ? commanderInVietnamese(s) : s);
  const p = new Command('cascade')
    .description('Mô hình, kiểm tra và soạn văn bản triển khai Chỉ thị 14/CT-TTg / model, audit and draft the cascade of directive 14/CT-TTg')
    .version(version())
    .option('--lang <lang>', `ngôn ngữ thông báo cho mọi lệnh (${LANGS.join(', ')}; hoặc CASCADE_LANG) / language of messages for every command`)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => void ctx.io.stdout.write(say(s)),
      writeErr: (s) => void ctx.io.stderr.write(say(s)),
      outputError: (s, write) => write(`cascade: ${s.replace(/^error: /, '').trimEnd()}\n`),
      ...(ctx.io.columns ? { getOutHelpWidth: () => ctx.io.columns ?? 80, getErrHelpWidth: () => ctx.io.columns ?? 80 } : {}),
    });
  for (const c of commands) c.register(p, ctx);
  // Subcommands share the root's output and error handling, and end their help with examples.
  for (const sub of p.commands) {
    sub.exitOverride().configureOutput(p.configureOutput());
    const examples = examplesText(sub.name(), lang);
    if (examples) sub.addHelpText('after', examples);
  }
  return p;
}

/**
 * The CLI: parses `argv` (without node and the script), runs the command, returns the exit code:
 * 0 clean (warnings allowed), 1 errors found, 2 the tool could not run. Never throws, never exits.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const ctx: CommandContext = { io, setExitCode: (c) => void (code = c) };
  const asked = requestedLang(argv, io.env ?? {});
  if (!isLang(asked)) {
    io.stderr.write(`cascade: ngôn ngữ \`${asked}\` không có; chọn ${LANGS.join(' hoặc ')} (--lang, CASCADE_LANG) / language \`${asked}\` is not available: choose ${LANGS.join(' or ')}\n`);
    return EXIT.failure;
  }
  setDefaultLang(asked);
  const p = program(ctx, await commandsFor(argv), asked);
  if (argv.length === 0) {
    io.stderr.write(p.helpInformation());
    return EXIT.failure;
  }
  try {
    await p.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here too, successfully.
      return e.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    const message = e instanceof UsageError ? e.message : plainFsError(e) ?? `lỗi nội bộ / internal error: ${e instanceof Error ? e.message : String(e)}`;
    io.stderr.write(`cascade: ${message.split('\n')[0]}\n`);
    return EXIT.failure;
  }
}
