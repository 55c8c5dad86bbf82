import type { CliCommand } from '../command.js';
import { validateCommand } from './validate.js';

/** Every subcommand of `cascade`, in the order `--help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [validateCommand];
