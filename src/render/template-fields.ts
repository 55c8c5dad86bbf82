import Handlebars from 'handlebars';

/** What a template reads: data paths (`body[].text`) and the partials it includes. */
export interface TemplateNeeds {
  readonly fields: readonly string[];
  readonly partials: readonly string[];
}

// Helpers and block helpers are not data.
const NOT_DATA = new Set(['this', 'if', 'unless', 'each', 'with', 'else', 'lookup', 'log']);

type Statement = hbs.AST.Statement;

function pathOf(expr: hbs.AST.Expression, scope: string): string | undefined {
  if (expr.type !== 'PathExpression') return undefined;
  const path = expr as hbs.AST.PathExpression;
  if (path.data || path.parts.length === 0) return path.data ? undefined : scope || undefined;
  const own = path.parts.join('.');
  // `../x` climbs out of the `each`: the path is the parent's.
  const base = path.depth > 0 ? scope.split('.').slice(0, -path.depth).join('.') : scope;
  return base ? `${base}.${own}` : own;
}

function params(node: { params: hbs.AST.Expression[]; hash?: hbs.AST.Hash | undefined }): hbs.AST.Expression[] {
  return [...node.params, ...(node.hash?.pairs.map((p: hbs.AST.HashPair) => p.value) ?? [])];
}

function walk(body: readonly Statement[], scope: string, helpers: ReadonlySet<string>, out: { fields: Set<string>; partials: Set<string> }): void {
  for (const node of body) {
    if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      const head = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '';
      const isHelper = m.params.length > 0 || helpers.has(head);
      const exprs = isHelper ? params(m) : [m.path];
      for (const e of exprs) {
        const p = pathOf(e, scope);
        if (p && !NOT_DATA.has(p)) out.fields.add(p);
      }
    } else if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      const name = b.path.type === 'PathExpression' ? (b.path as hbs.AST.PathExpression).original : '';
      const first = b.params[0];
      const target = first ? pathOf(first, scope) : undefined;
      if (target) out.fields.add(name === 'each' ? `${target}[]` : target);
      const inner = name === 'each' && target ? `${target}[]` : name === 'with' && target ? target : scope;
      walk(b.program.body, inner, helpers, out);
      if (b.inverse) walk(b.inverse.body, scope, helpers, out);
    } else if (node.type === 'PartialStatement') {
      const p = node as hbs.AST.PartialStatement;
      if (p.name.type === 'PathExpression') out.partials.add((p.name as hbs.AST.PathExpression).original);
      // `{{> paragraphs preamble}}` hands the partial `preamble`: the template reads it.
      for (const e of params(p)) {
        const path = pathOf(e, scope);
        if (path && !NOT_DATA.has(path)) out.fields.add(path);
      }
    }
  }
}

/**
 * The data a template needs, read from its syntax tree: every path it prints or tests, with `[]`
 * after each list it loops over (`body[].heading`). For `cascade templates`, so a user writing
 * their own template knows what the view gives.
 */
export function templateNeeds(source: string, helpers: ReadonlySet<string>): TemplateNeeds {
  const out = { fields: new Set<string>(), partials: new Set<string>() };
  walk(Handlebars.parse(source).body, '', helpers, out);
  // A path that is the prefix of another (`body[]` before `body[].text`) says less; keep both, sorted.
  return { fields: [...out.fields].sort(), partials: [...out.partials].sort() };
}
