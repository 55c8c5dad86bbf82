import type { CliCommand } from '../command.js';
import { approveCommand } from './approve.js';
import { checkCommand } from './check.js';
import { generateCommand } from './generate.js';
import { importCommand } from './import.js';
import { runCommand } from './run.js';
import { scaffoldCommand } from './scaffold.js';
import { templatesCommand } from './templates.js';
import { matrixCommand } from './matrix.js';
import { reportCommand } from './report.js';
import { validateCommand } from './validate.js';

/** Every subcommand of `cascade`, in the order `--help` lists them. Add new commands here. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, checkCommand, approveCommand, matrixCommand, generateCommand, reportCommand, runCommand, templatesCommand, importCommand, scaffoldCommand];
