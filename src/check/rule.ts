import type { Cascade } from '../load/cascade.js';
import type { Severity, Text } from '../report/diagnostic.js';
import type { CascadeIndex } from './facts.js';

/** A model object and, optionally, one of its keys or array items: what a finding points at. */
export interface Pointer {
  readonly node: object;
  readonly key?: string | number;
  readonly index?: number;
}

/** A second place attached to a finding, usually the parent task. */
export interface RelatedPointer extends Pointer {
  readonly message: Text;
}

/** What a rule reports; the engine locates it, applies severity, overrides and waivers. */
export interface Finding extends Pointer {
  readonly message: Text;
  /** The offending text, quoted as written. */
  readonly found?: string;
  readonly expected?: Text;
  readonly related?: readonly RelatedPointer[];
  /**
   * `doc-id#task-id` or `doc-id`: what overrides and waivers match. Derived from `node` when it
   * is a document or a task; give it when pointing inside one (a link, a citation).
   */
  readonly at?: string;
  /**
   * The severity this finding has by its facts (a document not yet due is information, an overdue
   * one an error), in place of the rule's default; a severity set in the configuration still wins.
   */
  readonly severity?: Severity;
}

/** A check the rule could not make: listed apart, never counted as a pass. */
export interface Unevaluated extends Partial<Pointer> {
  readonly reason: Text;
  readonly at?: string;
  readonly related?: readonly RelatedPointer[];
}

/** What a rule sees: the cascade, shared indexes, and the two ways to speak. */
export interface RuleContext {
  readonly cascade: Cascade;
  readonly index: CascadeIndex;
  /** The day the audit speaks of (`--as-of`), ISO `YYYY-MM-DD`: what is overdue is overdue on it. */
  readonly asOf: string;
  /**
   * In a re-check after an edit (`check --watch`), the documents whose findings are made again:
   * the edited ones, their parents and everything below them; the others' findings of the last
   * run are kept. Findings about a document outside it are dropped, so a rule may skip those
   * documents (`inScope`) to save the work; absent, every document is in scope.
   */
  readonly scope?: ReadonlySet<string>;
  report(finding: Finding): void;
  cannotEvaluate(what: Unevaluated): void;
}

/** Are the findings about this document made in this run (see `RuleContext.scope`)? */
export function inScope(ctx: Pick<RuleContext, 'scope'>, docId: string): boolean {
  return ctx.scope === undefined || ctx.scope.has(docId);
}

/** The doc block of a rule; `ok` and `notOk` are YAML documents that the tests run. */
export interface RuleDocs {
  readonly why: Text;
  /** A document that gives no finding of this rule. */
  readonly ok: string;
  /** A document that gives at least one; lines marked `# <-` are where the findings must be. */
  readonly notOk: string;
  /** A parent letter loaded beside both examples, when the rule needs more than the directive above them. */
  readonly parent?: string;
}

/** One audit rule, in the manner of a lint rule: it reports, the engine decides severity. */
export interface Rule {
  /** kebab-case, stable: configuration and waivers name it. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly meta: { readonly description: Text; readonly docs: RuleDocs };
  check(ctx: RuleContext): void;
}
