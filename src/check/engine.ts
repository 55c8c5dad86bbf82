import type { Cascade } from '../load/cascade.js';
import type { Diagnostic, Place, Related, Text } from '../report/diagnostic.js';
import { DEFAULT_CONFIG, settingFor, type CheckConfig, type Waiver } from './config.js';
import { docOfRef, indexCascade, type CascadeIndex } from './facts.js';
import type { Finding, Pointer, RelatedPointer, Rule, Unevaluated } from './rule.js';
import { RULES } from './rules/index.js';
import { todayIso } from './as-of.js';
import { addresseeCoverage, addresseesCached, type AddresseeCoverage } from './addressees.js';
import { affectedDocuments } from './scope.js';

/** A check that could not be made: status `not-evaluated`, listed apart from the findings. */
export interface NotEvaluated {
  readonly rule: string;
  readonly reason: Text;
  readonly place?: Place;
  /** `doc-id#task-id` or `doc-id`, when the check was about one. */
  readonly at?: string;
  readonly related?: readonly Related[];
}

/** The outcome of an audit: located findings (waived ones included) and what was not evaluated. */
export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly notEvaluated: readonly NotEvaluated[];
  /** The day the audit speaks of, ISO. */
  readonly asOf: string;
  /** Coverage over addressees: how many of the bodies each document addresses have a document, by level. */
  readonly addressees: readonly AddresseeCoverage[];
}

/** Options of `runChecks`. */
export interface CheckOptions {
  /** The rules to run (default: every rule of `rules/index.ts`). */
  readonly rules?: readonly Rule[];
  /** Places of the configuration's waivers, to point at the ones that matched nothing. */
  readonly waiverPlaces?: readonly (Place | undefined)[];
  /** The day the audit speaks of, ISO `YYYY-MM-DD` (default: today, local time). */
  readonly asOf?: string;
}

/** Runs the rules over a loaded cascade, applying severities, overrides and waivers. */
export function runChecks(cascade: Cascade, config: CheckConfig = DEFAULT_CONFIG, options: CheckOptions = {}): CheckResult {
  return runChecksKept(cascade, config, options).result;
}

/**
 * What a kept process (`check --watch`) remembers of one audit to make the next one: the inputs
 * it was made on, its result, and the document each finding is about.
 */
export interface KeptAudit {
  readonly cascade: Cascade;
  readonly config: CheckConfig;
  readonly asOf: string;
  readonly rules: readonly Rule[];
  readonly result: CheckResult;
  /** The document each diagnostic and each unevaluated check is about; undefined when about none. */
  readonly about: ReadonlyMap<object, string | undefined>;
  /** Coverage over addressees, per document that assigns tasks. */
  readonly coverage: ReadonlyMap<string, readonly AddresseeCoverage[]>;
}

/** An audit and what to keep of it; `scoped` is how many documents were audited again, when not all were. */
export interface KeptRun {
  readonly result: CheckResult;
  readonly kept: KeptAudit;
  readonly scoped?: number;
}

/**
 * `runChecks`, given the last audit of the same files: when only documents' bodies changed and the
 * registry, configuration, day and rules are the same, the rules make again only the findings
 * about the documents an edit can reach (`affectedDocuments`: the edited ones, their parents,
 * everything below them) and the others are the last audit's. Tested against a full audit after
 * random edits (`src/check/scope.test.ts`).
 */
export function runChecksKept(cascade: Cascade, config: CheckConfig = DEFAULT_CONFIG, options: CheckOptions = {}, previous?: KeptAudit): KeptRun {
  const asOf = options.asOf ?? todayIso();
  const rules = options.rules ?? RULES;
  const scope =
    previous && previous.config === config && previous.asOf === asOf && previous.rules === rules && config.waivers.length === 0 && ![...previous.about.values()].includes(undefined)
      ? affectedDocuments(previous.cascade, cascade)
      : undefined;
  const index = indexCascade(cascade);
  const atOf = subjects(cascade, index);
  const diagnostics: Diagnostic[] = [];
  const notEvaluated: NotEvaluated[] = [];
  const about = new Map<object, string | undefined>();
  const used = new Set<Waiver>();
  const outside = (doc: string | undefined): boolean => scope !== undefined && (doc === undefined || !scope.has(doc));
  for (const rule of rules) {
    if (isOffEverywhere(config, rule)) continue;
    // Thousands of findings share a few thousand documents: each document's setting is worked out once.
    const settings = new Map<string, ReturnType<typeof settingFor>>();
    const setting = (at: string | undefined, fallback = rule.defaultSeverity) => {
      const doc = at === undefined ? undefined : docOfRef(at);
      const key = `${doc ?? ''}\u0000${fallback}`;
      let s = settings.get(key);
      if (s === undefined) settings.set(key, (s = settingFor(config, rule.id, doc, fallback)));
      return s;
    };
    const waivers = config.waivers.filter((w) => w.rule === rule.id);
    const report = (f: Finding): void => {
      const at = f.at ?? atOf.get(f.node);
      const doc = at === undefined ? undefined : docOfRef(at);
      // In a scoped re-check, a finding about a document outside the scope is the last audit's.
      if (outside(doc)) return;
      const severity = setting(at, f.severity ?? rule.defaultSeverity);
      if (severity === 'off') return;
      const waiver = at === undefined ? undefined : waivers.find((w) => covers(w.at, at));
      if (waiver) used.add(waiver);
      const d = clean({ rule: rule.id, severity, message: f.message, place: locate(cascade, f), found: f.found, expected: f.expected,
        related: related(cascade, f.related), waived: waiver?.reason });
      diagnostics.push(d);
      about.set(d, doc);
    };
    const cannotEvaluate = (u: Unevaluated): void => {
      const at = u.at ?? (u.node ? atOf.get(u.node) : undefined);
      const doc = at === undefined ? undefined : docOfRef(at);
      if (outside(doc)) return;
      if (setting(at) === 'off') return;
      const place = u.node ? locate(cascade, { node: u.node, key: u.key, index: u.index }) : undefined;
      const n = clean({ rule: rule.id, reason: u.reason, place, at, related: related(cascade, u.related) });
      notEvaluated.push(n);
      about.set(n, doc);
    };
    try {
      rule.check({ cascade, index, asOf, report, cannotEvaluate, ...(scope ? { scope } : {}) });
    } catch (error) {
      // A crashed rule has checked nothing: say so rather than let silence read as a pass.
      const why = error instanceof Error ? error.message : String(error);
      const n: NotEvaluated = { rule: rule.id, reason: { vi: `Quy tắc bị lỗi khi chạy: ${why}`, en: `The rule failed: ${why}` } };
      notEvaluated.push(n);
      about.set(n, undefined);
    }
  }
  config.waivers.forEach((w, i) => {
    if (used.has(w)) return;
    const d = unusedWaiver(w, options.waiverPlaces?.[i]);
    diagnostics.push(d);
    about.set(d, undefined);
  });
  if (scope && previous) {
    // The last audit's findings about the documents the edit cannot reach.
    for (const d of previous.result.diagnostics) {
      const doc = previous.about.get(d);
      if (doc !== undefined && !scope.has(doc)) (diagnostics.push(d), about.set(d, doc));
    }
    for (const n of previous.result.notEvaluated) {
      const doc = previous.about.get(n);
      if (doc !== undefined && !scope.has(doc)) (notEvaluated.push(n), about.set(n, doc));
    }
  }
  const coverage = new Map<string, readonly AddresseeCoverage[]>();
  for (const doc of cascade.documents) {
    if (index.tasksOf(doc.id).length === 0) continue;
    const kept = scope && !scope.has(doc.id) ? previous?.coverage.get(doc.id) : undefined;
    coverage.set(doc.id, kept ?? addresseeCoverage(doc, addresseesCached(cascade, index, doc)));
  }
  const result = { diagnostics: sortByPlace(diagnostics), notEvaluated: sortByPlace(notEvaluated), asOf, addressees: [...coverage.values()].flat() };
  return { result, kept: { cascade, config, asOf, rules, result, about, coverage }, ...(scope ? { scoped: scope.size } : {}) };
}


function subjects(cascade: Cascade, index: CascadeIndex): Map<object, string> {
  const map = new Map<object, string>();
  for (const doc of cascade.documents) {
    map.set(doc, doc.id);
    for (const entry of index.tasksOf(doc.id)) map.set(entry.task, entry.ref);
  }
  return map;
}

function isOffEverywhere(config: CheckConfig, rule: Rule): boolean {
  const base = config.rules[rule.id] ?? rule.defaultSeverity;
  return base === 'off' && !config.overrides.some((o) => (o.rules[rule.id] ?? 'off') !== 'off');
}

/** A waiver at `doc` covers every finding in that document; at `doc#task`, that task only. */
function covers(waiverAt: string, at: string): boolean {
  return waiverAt === at || (!waiverAt.includes('#') && at.split('#')[0] === waiverAt);
}

function locate(cascade: Cascade, p: Pointer): Place | undefined {
  return cascade.locate(p.node, p.key, p.index) ?? cascade.locate(p.node);
}

function related(cascade: Cascade, list: readonly RelatedPointer[] | undefined): Related[] | undefined {
  const out = (list ?? []).flatMap((r) => {
    const place = locate(cascade, r);
    return place ? [{ place, message: r.message }] : [];
  });
  return out.length > 0 ? out : undefined;
}

function unusedWaiver(w: Waiver, place: Place | undefined): Diagnostic {
  return clean({
    rule: 'waiver-unused',
    severity: 'warning',
    message: {
      vi: `Miễn trừ \`${w.rule}\` tại \`${w.at}\` không khớp phát hiện nào: bỏ đi hoặc sửa lại`,
      en: `Waiver of \`${w.rule}\` at \`${w.at}\` matches no finding: remove or correct it`,
    },
    place,
    found: `${w.rule} @ ${w.at}`,
  });
}

/** Drops absent keys, so the JSON output carries only what is known. */
function clean<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * By file (in `localeCompare` order), line and column; what has no place last. Stable. The few
 * thousand file names are ordered once, not compared for every pair of findings.
 */
function sortByPlace<T extends { place?: Place }>(items: T[]): T[] {
  const files = [...new Set(items.flatMap((i) => (i.place ? [i.place.file] : [])))].sort((a, b) => a.localeCompare(b));
  // Names localeCompare holds equal share a rank, as they did when compared pair by pair.
  const rank = new Map<string, number>();
  files.forEach((f, i) => rank.set(f, i > 0 && files[i - 1]?.localeCompare(f) === 0 ? (rank.get(files[i - 1] ?? '') ?? i) : i));
  return items.sort((a, b) => {
    const pa = a.place;
    const pb = b.place;
    if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
    return (rank.get(pa.file) ?? 0) - (rank.get(pb.file) ?? 0) || pa.line - pb.line || pa.column - pb.column;
  });
}
