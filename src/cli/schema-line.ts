import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { bundledDirectives } from '../load/discover.js';

/** Where the JSON Schema of a document file is shipped. */
export function documentSchemaPath(): string {
  return join(bundledDirectives(), 'schema', 'document.schema.json');
}

/**
 * The first line of a YAML file the tool drafts: it points VS Code's YAML extension at the model's
 * schema, relative to where the file is written (or to `directives/documents/`, where a printed draft
 * usually goes).
 */
export function schemaLine(cwd: string, out: string | undefined): string {
  const from = out !== undefined ? dirname(resolve(cwd, out)) : existsSync(join(cwd, 'directives', 'documents')) ? join(cwd, 'directives', 'documents') : cwd;
  const path = relative(from, documentSchemaPath()).split('\\').join('/');
  return `# yaml-language-server: $schema=${path}\n`;
}
