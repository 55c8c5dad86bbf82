import Handlebars from 'handlebars';
import type { HelperDelegate, TemplateDelegate } from 'handlebars';
import { HELPERS } from './helpers.js';
import { RenderError } from './render-error.js';
import { templateNeeds, type TemplateNeeds } from './template-fields.js';
import type { TemplateFile } from './template-files.js';

/** A template as `cascade templates` lists it. */
export interface TemplateInfo extends TemplateNeeds {
  readonly name: string;
  readonly partial: boolean;
  readonly file: string;
  readonly origin: TemplateFile['origin'];
}

const COMPILE = { strict: true, noEscape: true } as const;
const STRICT_MISS = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/s;
const PARSE_AT = /^(?:Parse error on line (\d+):)|- (\d+):(\d+)$/m;

interface Located extends Error {
  templateError?: RenderError;
}

/** The full path (`heading.title`) of the expression at a line and column of a template. */
function pathAt(source: string, line: number, column: number): string | undefined {
  let found: string | undefined;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || found) return;
    const n = node as { type?: string; loc?: { start: { line: number; column: number } }; original?: string };
    if (n.type === 'PathExpression' && n.loc?.start.line === line && n.loc.start.column === column) found = n.original;
    for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
  };
  visit(Handlebars.parse(source));
  return found;
}

/** A Handlebars error worded for the user: the template, its file and line, the missing field. */
export function wordError(error: unknown, t: TemplateFile): RenderError {
  const located = error as Located;
  if (located.templateError) return located.templateError;
  const message = error instanceof Error ? error.message : String(error);
  const miss = STRICT_MISS.exec(message);
  if (miss) {
    const line = Number(miss[2]);
    const column = Number(miss[3]);
    const field = pathAt(t.source, line, column) ?? miss[1];
    return new RenderError(
      {
        vi: `Mẫu \`${t.name}\` (${t.file}:${line}) cần trường \`${field}\` nhưng dữ liệu không có`,
        en: `Template \`${t.name}\` (${t.file}:${line}) needs the field \`${field}\`, which the data does not have`,
      },
      { template: t.name, file: t.file, line, column: column + 1, field },
    );
  }
  const at = PARSE_AT.exec(message);
  const line = at ? Number(at[1] ?? at[2]) : undefined;
  const where = line ? `${t.file}:${line}` : t.file;
  return new RenderError(
    { vi: `Mẫu \`${t.name}\` (${where}) bị lỗi: ${message}`, en: `Template \`${t.name}\` (${where}) failed: ${message}` },
    { template: t.name, file: t.file, line },
  );
}

/** Runs a compiled template; an error is re-worded once, at the innermost template, and passed up. */
function guarded(compiled: TemplateDelegate, t: TemplateFile): TemplateDelegate {
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (error) {
      const worded = wordError(error, t);
      const carrier: Located = new Error(worded.message);
      carrier.templateError = worded;
      throw carrier;
    }
  };
}

/**
 * The templates of a run on a private Handlebars instance: strict (a missing field is an error
 * that names the template, its line and the field), no HTML escaping (the views escape for
 * Markdown), the helpers of `helpers.ts`, every partial registered. Each template is compiled once
 * and filled many times.
 */
export class TemplateSet {
  private readonly hb = Handlebars.create();
  private readonly files = new Map<string, TemplateFile>();
  private readonly compiled = new Map<string, TemplateDelegate>();

  constructor(files: readonly TemplateFile[]) {
    for (const [name, helper] of Object.entries(HELPERS)) this.hb.registerHelper(name, helper as HelperDelegate);
    for (const t of files) {
      if (t.partial) this.hb.registerPartial(t.name, this.compile(t));
      else this.files.set(t.name, t);
    }
    this.partialFiles = files.filter((t) => t.partial);
  }

  private readonly partialFiles: readonly TemplateFile[];

  private compile(t: TemplateFile): TemplateDelegate {
    let compiled: TemplateDelegate;
    try {
      // Parsing now surfaces syntax errors at load time, with the file's name.
      Handlebars.parse(t.source);
      compiled = this.hb.compile(t.source, COMPILE);
    } catch (error) {
      throw wordError(error, t);
    }
    return guarded(compiled, t);
  }

  /** Whether a document template of that name exists. */
  has(name: string): boolean {
    return this.files.has(name);
  }

  /** Every template and partial with the data it reads. */
  list(): TemplateInfo[] {
    const helpers = new Set(Object.keys(HELPERS));
    return [...this.files.values(), ...this.partialFiles].map((t) => ({
      name: t.name,
      partial: t.partial,
      file: t.file,
      origin: t.origin,
      ...templateNeeds(t.source, helpers),
    }));
  }

  /** Fills a template with a view; the Markdown it gives. Throws `RenderError`. */
  render(name: string, view: object): string {
    const t = this.files.get(name);
    if (!t) {
      const known = [...this.files.keys()].sort().join(', ');
      throw new RenderError({ vi: `Không có mẫu \`${name}\` (có: ${known})`, en: `No template \`${name}\` (known: ${known})` });
    }
    let run = this.compiled.get(name);
    if (!run) {
      run = this.compile(t);
      this.compiled.set(name, run);
    }
    try {
      return run(view);
    } catch (error) {
      throw wordError(error, t);
    }
  }
}
