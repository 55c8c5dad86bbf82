import type { Rng } from './prng.js';

/** The kinds of defect the generator seeds, each one an audit rule must find. */
export const GAP_KINDS = [
  'missing-task',
  'later-deadline',
  'missing-lead',
  'missing-deadline',
  'weaker-target',
  'rarer-report',
  'citation-variant',
  'no-document',
] as const;
/** A kind of seeded defect. */
export type GapKind = (typeof GAP_KINDS)[number];

/** Levels of synthetic document a gap can be seeded in. */
export type SynthLevel = 'province' | 'department' | 'commune' | 'ministry';

/** One defect written on purpose, with where it is: the answer key of the audit. */
export interface SeededGap {
  readonly kind: GapKind;
  readonly level: SynthLevel;
  /** Path of the YAML file, relative to the cascade's root. */
  readonly file: string;
  readonly doc: string;
  /** The local task touched (`doc#id`); absent when the gap is a task left out or a citation. */
  readonly task?: string;
  /** The parent task involved: the one left unimplemented, or the one the local task falls short of. */
  readonly parent?: string;
  /** For citation variants: the document cited. */
  readonly cited?: string;
  /** For a body that issued nothing: its agency id (`ha-noi.ubnd`, a commune's People's Committee). */
  readonly addressee?: string;
  /** What was changed, in words, for a test failure message. */
  readonly detail: string;
}

/**
 * How many gaps of each kind to seed; a number means that many of every kind but `no-document`,
 * which is asked for by name (it removes whole letters: the benchmark's cascade keeps its size).
 */
export type GapCounts = number | Partial<Record<GapKind, number>>;

/** Where each kind may go: a later deadline fits every level, a rarer report only where a report task exists. */
const LEVELS: Readonly<Record<GapKind, readonly SynthLevel[]>> = {
  'missing-task': ['province', 'commune', 'commune'],
  'later-deadline': ['province', 'department', 'commune', 'commune'],
  'missing-lead': ['province', 'department', 'commune', 'commune'],
  'missing-deadline': ['department', 'commune', 'commune'],
  'weaker-target': ['province', 'commune', 'commune'],
  'rarer-report': ['department', 'commune', 'commune'],
  'citation-variant': ['province', 'department', 'commune', 'commune'],
  // A province that issued nothing (nor anything below it), a commune that issued nothing.
  'no-document': ['province', 'ministry', 'commune'],
};

/** A gap to write: kind, and the variant to use (picks the task or citation it touches). */
export interface GapOrder {
  readonly kind: GapKind;
  readonly variant: number;
}

/** A document the plan may put a gap in. */
export interface GapCandidate {
  readonly id: string;
  readonly level: SynthLevel;
  /** Province slug: lower letters of a province whose own letter has a gap get none. */
  readonly province: string;
}

/**
 * Assigns gaps to documents, at most one per document. Provincial gaps go first; letters below a
 * province with a gap get none, since a gap above can hide one below (a commune's 2027 deadline is
 * not late under a province that already wrote 2027). Returns document id → order.
 */
export function planGaps(rng: Rng, counts: GapCounts, candidates: readonly GapCandidate[]): Map<string, GapOrder> {
  const wanted: { kind: GapKind; level: SynthLevel }[] = [];
  // At most half the provinces get a gap of their own, so that the levels below keep room for theirs.
  let provinceRoom = Math.floor(new Set(candidates.filter((c) => c.level !== 'ministry').map((c) => c.province)).size / 2);
  // A province that issued nothing is planned first, so that the provinces' room has a place for it.
  for (const kind of ['no-document' as const, ...GAP_KINDS.filter((k) => k !== 'no-document')]) {
    const n = typeof counts === 'number' ? (kind === 'no-document' ? 0 : counts) : (counts[kind] ?? 0);
    const levels = LEVELS[kind];
    for (let i = 0; i < n; i++) {
      let level = levels[i % levels.length] ?? 'commune';
      if (level === 'province' && provinceRoom-- <= 0) level = levels.find((l) => l !== 'province') ?? 'commune';
      wanted.push({ kind, level });
    }
  }
  const plan = new Map<string, GapOrder>();
  const gapped = new Set<string>();
  for (const level of ['province', 'department', 'commune', 'ministry'] as const) {
    const free = rng.sample(
      candidates.filter((c) => c.level === level && !gapped.has(c.province)),
      candidates.length,
    );
    for (const w of wanted.filter((x) => x.level === level)) {
      const doc = free.pop();
      if (!doc) break;
      plan.set(doc.id, { kind: w.kind, variant: rng.int(1000) });
      if (level === 'province') gapped.add(doc.province);
    }
  }
  return plan;
}
