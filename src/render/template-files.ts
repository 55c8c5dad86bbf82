import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RenderError } from './render-error.js';

/** The ending of a template file. */
export const TEMPLATE_EXT = '.md.hbs';

/** One template file: a document kind's template, or a partial (under `partials/`). */
export interface TemplateFile {
  readonly name: string;
  readonly partial: boolean;
  readonly file: string;
  readonly origin: 'builtin' | 'user';
  readonly source: string;
}

/** The `templates/` folder of the package, found from this module whether it runs from `src/` or `dist/src/`. */
export function builtinTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return join(dir, 'templates');
    dir = dirname(dir);
  }
  throw new RenderError({
    vi: 'Không tìm thấy thư mục templates/ của chương trình',
    en: 'The package folder templates/ was not found',
  });
}

async function readFolder(dir: string, partial: boolean, origin: TemplateFile['origin']): Promise<TemplateFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const files = names.filter((n) => n.endsWith(TEMPLATE_EXT)).sort();
  return Promise.all(
    files.map(async (n) => {
      const file = join(dir, n);
      return { name: n.slice(0, -TEMPLATE_EXT.length), partial, file, origin, source: (await readFile(file, 'utf8')).normalize('NFC') };
    }),
  );
}

/**
 * Reads the templates: the package's own, then the user's folder (`--templates DIR`), whose files
 * add templates or replace those of the same name. Partials live in `partials/` in both.
 */
export async function readTemplateFiles(userDir?: string): Promise<TemplateFile[]> {
  const builtin = builtinTemplatesDir();
  const sets = [
    ...(await readFolder(builtin, false, 'builtin')),
    ...(await readFolder(join(builtin, 'partials'), true, 'builtin')),
  ];
  if (userDir !== undefined) {
    const dir = resolve(userDir);
    if (!existsSync(dir)) {
      throw new RenderError({ vi: `Không có thư mục mẫu ${userDir}`, en: `No template folder ${userDir}` });
    }
    sets.push(...(await readFolder(dir, false, 'user')), ...(await readFolder(join(dir, 'partials'), true, 'user')));
  }
  const byKey = new Map<string, TemplateFile>();
  for (const t of sets) byKey.set(`${t.partial ? 'partial' : 'template'}:${t.name}`, t);
  return [...byKey.values()];
}
