import type { CliCommand } from '../command.js';
import { approveCommand } from './approve.js';
import { checkCommand } from './check.js';
import { validateCommand } from './validate.js';

/** Every subcommand of `cascade`, in the order `--help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, checkCommand, approveCommand];
