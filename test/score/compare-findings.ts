/**
 * The key's audit findings (`findings:` in the expected files) against the findings `cascade check`
 * makes on the imported drafts. Documented in `docs/check-score.md`.
 *
 * - **Scored**: a key finding that rests on explicit citations (`explicit: true`) and whose rule is
 *   one the audit has (the audit issue's rules); the key's other rule ids are proposals for rules that
 *   do not exist yet, and Judgement / UNCERTAIN findings are not scored.
 * - **Found**: an audit finding of an accepted rule whose document, or one of whose related places
 *   (the parent task), is the key's document, and, when the key names a task, whose task or related
 *   task is that task (`productId`, the one id normalisation of the import scorer). Key findings
 *   about a whole document are made one for one: one audit finding makes at most one of them.
 * - **Errors the key calls wrong**: an error where the key says there is none: a task "missing" from
 *   a document the key reads as an amendment or a supersession that restates the parent (rules
 *   `amends-not-implements`, `supersedes`: "must not be reported missing", "none missing"); an error
 *   of a rule the key gives, for that document, as information only.
 * - **Other errors**: the remaining errors, listed for review (the key neither expects nor forbids them).
 */
import { canonicalId, productId } from './ids.js';
import type { Expected } from './expected.js';

type KeyFinding = Expected['findings'][number];

/** A finding of the audit, mapped back to the corpus: the document and task it is about, and its related places. */
export interface AuditFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  /** Corpus file of the document the finding is placed in (undefined: not a corpus document). */
  readonly document: string | undefined;
  /** Product task id, when placed at a task. */
  readonly task: string | undefined;
  readonly related: readonly { file?: string; task?: string }[];
  readonly message: string;
  readonly found?: string;
  readonly line?: number;
}

export interface GroupScore {
  readonly scored: readonly KeyFinding[];
  readonly found: readonly { expected: KeyFinding; by: AuditFinding }[];
  readonly missed: readonly KeyFinding[];
  readonly wrong: readonly { finding: AuditFinding; why: string }[];
  readonly otherErrors: readonly AuditFinding[];
  /** Key findings not scored: a rule the audit does not have, or a Judgement. */
  readonly unscored: readonly KeyFinding[];
}

/**
 * Product rules that make the key's finding. The key's conventions: "late compares the child's
 * deadline (or, for a response, its issue date) with the parent's deadline", so its
 * `deadline-later-than-parent` is made by either rule; its `task-not-passed-on` (a parent task
 * assigned to no unit of the child) is what `central-task-missing` reports.
 */
const MADE_BY: Readonly<Record<string, readonly string[]>> = {
  'deadline-later-than-parent': ['deadline-later-than-parent', 'take-up-late'],
  'task-not-passed-on': ['central-task-missing'],
};

/** The rule the key means: the one its note names as "proposed rule: x", else its `rule`. */
export function keyRule(f: KeyFinding): string {
  return /proposed rule: ([a-z][a-z-]+)/u.exec(f.note)?.[1] ?? f.rule;
}

/** The product rules that count for a key finding. */
export function rulesFor(f: KeyFinding): readonly string[] {
  const r = keyRule(f);
  return MADE_BY[r] ?? [r];
}

/**
 * The key findings about a group's documents, from every expected file of the same part (a finding
 * may be written under the parent's group: g02's key speaks of g03's QĐ 334). A finding at a task
 * written in two files (QĐ 334's lateness against NQ 88 PL 5, in g02's and g03's) is counted once;
 * findings about a whole document are all kept, being about different things (QĐ 2867's typo and its
 * overlap with QĐ 1883 are both `citation-inconsistent` at QĐ 2867).
 */
export function expectedFindings(every: readonly Expected[], group: string): KeyFinding[] {
  const files = new Set(every.filter((e) => e.group === group).map((e) => e.file));
  const part = every.find((e) => e.group === group)?.part;
  const out: KeyFinding[] = [];
  const seen = new Set<string>();
  for (const e of every) {
    if (e.part !== part) continue;
    for (const f of e.findings) {
      if (!files.has(f.document)) continue;
      if (f.task !== undefined) {
        const key = `${rulesFor(f).join('|')}\u0000${f.document}\u0000${productId(f.task)}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      out.push(f);
    }
  }
  return out;
}

/** Does the audit finding make the key finding? */
export function makes(a: AuditFinding, f: KeyFinding): boolean {
  if (!rulesFor(f).includes(a.rule)) return false;
  const places = [{ file: a.document, task: a.task }, ...a.related];
  if (!places.some((p) => p.file === f.document)) return false;
  if (f.task === undefined) return true;
  const want = productId(f.task);
  return places.some((p) => p.task !== undefined && canonicalId(p.task) === want);
}

/** Why the key calls an error wrong, or undefined when it does not. */
export function calledWrong(a: AuditFinding, key: readonly KeyFinding[]): string | undefined {
  if (a.severity !== 'error') return undefined;
  const here = key.filter((f) => f.explicit && f.document === a.document);
  if (a.rule === 'central-task-missing') {
    const restated = here.find((f) => ['amends-not-implements', 'supersedes'].includes(keyRule(f)));
    if (restated) return `the key reads ${restated.document} as ${keyRule(restated)}: nothing it restates is missing`;
  }
  const info = here.find((f) => f.severity === 'info' && rulesFor(f).includes(a.rule) && (f.task === undefined || makes(a, f)));
  if (info) return `the key gives ${info.rule} here as information`;
  return undefined;
}

/** Scores one group's audit findings against the key's. */
export function compareFindings(key: readonly KeyFinding[], audit: readonly AuditFinding[], ruleIds: ReadonlySet<string>): GroupScore {
  const scored = key.filter((f) => f.explicit && rulesFor(f).some((r) => ruleIds.has(r)));
  const unscored = key.filter((f) => !scored.includes(f));
  const found: { expected: KeyFinding; by: AuditFinding }[] = [];
  const missed: KeyFinding[] = [];
  // A finding about a whole document is made by an audit finding no other such key finding took;
  // one that quotes what the key's note quotes ("05/2025/QĐ-UNBD") is paired with that note first.
  const taken = new Set<AuditFinding>();
  const quoted = (a: AuditFinding, f: KeyFinding) => a.found !== undefined && f.note.includes(a.found);
  const byOf = new Map<KeyFinding, AuditFinding>();
  for (const pass of [true, false]) {
    for (const f of scored) {
      if (byOf.has(f)) continue;
      const by = audit.find((a) => makes(a, f) && (f.task !== undefined || (!taken.has(a) && (!pass || quoted(a, f)))));
      if (!by) continue;
      if (f.task === undefined) taken.add(by);
      byOf.set(f, by);
    }
  }
  for (const f of scored) {
    const by = byOf.get(f);
    if (by) found.push({ expected: f, by });
    else missed.push(f);
  }
  const wrong: { finding: AuditFinding; why: string }[] = [];
  const otherErrors: AuditFinding[] = [];
  for (const a of audit) {
    const why = calledWrong(a, key);
    if (why) wrong.push({ finding: a, why });
    else if (a.severity === 'error' && !scored.some((f) => makes(a, f))) otherErrors.push(a);
  }
  return { scored, found, missed, wrong, otherErrors, unscored };
}
