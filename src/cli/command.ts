import type { Command } from 'commander';
import type { CliIO } from './io.js';

/** What a command's action gets: the IO, and where to put its exit code. */
export interface CommandContext {
  readonly io: CliIO;
  setExitCode(code: number): void;
}

/** One subcommand of `cascade` (validate, check, matrix, …): one file under commands/, listed in commands/index.ts. */
export interface CliCommand {
  readonly name: string;
  /** Adds the subcommand, its arguments, options and action to the program. */
  register(program: Command, ctx: CommandContext): void;
}
