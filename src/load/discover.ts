import { existsSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../report/diagnostic.js';

/** One input file: where it is, and its name as diagnostics show it. */
export interface InputFile {
  readonly path: string;
  readonly file: string;
}

const YAML_FILE = /\.ya?ml$/i;

/** The importer's parent links left for review (`x.proposals-links.yaml`): read by people, never loaded (import/link-proposals.ts). */
export const isReviewFile = (name: string): boolean => /\.proposals-links\.ya?ml$/i.test(name);

/** The path as the user knows it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

async function listFolder(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    // Hidden folders (.git) and installed packages are never input.
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    // The audit's configuration sits beside the documents but is not one (src/check/config.ts).
    if (e.name === 'cascade.config.yaml') continue;
    if (isReviewFile(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await listFolder(path, out);
    else if (e.isFile() && YAML_FILE.test(e.name)) out.push(path);
  }
}

/**
 * The files to read: given files as they are, folders searched recursively for `*.yaml` / `*.yml`.
 * A path that does not exist is a finding; the same file reached twice is read once.
 */
export async function discoverInputs(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: InputFile[]; realPaths: Set<string>; diagnostics: Diagnostic[] }> {
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    const abs = resolve(cwd, given);
    try {
      // The real path of what was given, and the files under it by their path from there: one
      // realpath per argument, not per file (a symlink inside a folder may then be read twice).
      const real = await realpath(abs);
      const found = (await stat(real)).isDirectory() ? (await collect(real)).map((p) => join(abs, relative(real, p))) : [abs];
      for (const p of found) {
        if (isReviewFile(p)) continue;
        const key = join(real, relative(abs, p));
        if (seen.has(key)) continue;
        seen.add(key);
        files.push({ path: p, file: displayPath(p, cwd) });
      }
    } catch {
      diagnostics.push({
        rule: 'path-not-found',
        severity: 'error',
        message: { vi: `Không tìm thấy đường dẫn \`${given}\``, en: `No such file or folder: \`${given}\`` },
        place: { file: given, line: 1, column: 1 },
        found: given,
      });
    }
  }
  return { files, realPaths: seen, diagnostics };
}

async function collect(dir: string): Promise<string[]> {
  const out: string[] = [];
  await listFolder(dir, out);
  return out;
}

let root: string | undefined;

/** The folder of this package (the one holding `directives/registry/`), found from this module's place. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'directives', 'registry'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('cascade: cannot find the package folder with directives/registry/');
    dir = up;
  }
}

/**
 * Files of the package's own `directives/<folder>/` (`registry`, `documents`) not already among the
 * inputs (by real path).
 */
export async function packageFiles(folder: 'registry' | 'documents', cwd: string, already: ReadonlySet<string>): Promise<InputFile[]> {
  const dir = join(packageRoot(), 'directives', folder);
  if (!existsSync(dir)) return [];
  const real = await realpath(dir);
  return (await collect(real)).filter((path) => !already.has(path)).map((path) => ({ path, file: displayPath(path, cwd) }));
}

/** The folder of the directives bundled with the package (14/CT-TTg and the sample provinces' letters, the registry). */
export function bundledDirectives(): string {
  return join(packageRoot(), 'directives');
}
