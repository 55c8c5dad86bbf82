import type { CliCommand } from '../command.js';

/** A subcommand's name and how to load it: each command's modules load only when it runs. */
interface CommandEntry {
  readonly name: string;
  load(): Promise<CliCommand>;
}

/** Every subcommand of `cascade`, in the order `--help` lists them. Add new commands here. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'check', load: async () => (await import('./check.js')).checkCommand },
  { name: 'approve', load: async () => (await import('./approve.js')).approveCommand },
  { name: 'matrix', load: async () => (await import('./matrix.js')).matrixCommand },
  { name: 'generate', load: async () => (await import('./generate.js')).generateCommand },
  { name: 'report', load: async () => (await import('./report.js')).reportCommand },
  { name: 'run', load: async () => (await import('./run.js')).runCommand },
  { name: 'templates', load: async () => (await import('./templates.js')).templatesCommand },
  { name: 'import', load: async () => (await import('./import.js')).importCommand },
  { name: 'scaffold', load: async () => (await import('./scaffold.js')).scaffoldCommand },
  { name: 'agencies', load: async () => (await import('./agencies.js')).agenciesCommand },
  { name: 'documents', load: async () => (await import('./documents.js')).documentsCommand },
  { name: 'schema', load: async () => (await import('./schema.js')).schemaCommand },
];

/**
 * The commands a command line needs: only the one it names (a `cascade check` need not load the
 * .docx, XLSX and Word-reading code of the others), or all of them for help and unknown names.
 */
export async function commandsFor(argv: readonly string[]): Promise<CliCommand[]> {
  const named = COMMANDS.find((c) => c.name === commandName(argv));
  return Promise.all((named ? [named] : COMMANDS).map((c) => c.load()));
}

/** The first word of a command line that is not the global `--lang` and its value. */
function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang') i++;
    else if (!arg?.startsWith('--lang=')) return arg;
  }
  return undefined;
}
