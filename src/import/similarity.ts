import { foldTone } from '../text/normalize.js';

/**
 * Wording similarity of task texts: syllables and pairs of syllables (Vietnamese words are mostly
 * two syllables: "kỹ năng", "học liệu"), weighted by how rare they are among the texts compared
 * (IDF), so "trợ lý ảo" counts and "cán bộ, công chức, viên chức" hardly does.
 */

// Function words that say nothing of what a task is about.
const STOP = new Set(
  'và của các cho để trong theo với về được có là những một này đã trên tại từ đến việc sự thì mà nếu khi đó như các cũng đối bảo đảm'
    .split(' '),
);

/** The terms of a text: content syllables and adjacent pairs, lower case, one tone placement. */
export function terms(text: string): string[] {
  const syllables = foldTone(text.normalize('NFC'))
    .toLowerCase()
    .replace(/<[^>]*>|\[\^[^\]]*\]|https?:\/\/\S+/g, ' ')
    // Dates say when a cited document was signed, not what a task is about.
    .replace(/ngày\s+\d{1,2}(?:\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((s) => s !== '' && !/^\d{1,2}$/.test(s));
  const out: string[] = [];
  for (let i = 0; i < syllables.length; i++) {
    const s = syllables[i] as string;
    if (!STOP.has(s)) out.push(s);
    const next = syllables[i + 1];
    if (next !== undefined && !(STOP.has(s) && STOP.has(next))) out.push(`${s} ${next}`);
  }
  return out;
}

/** Weights of terms over a set of texts: rare terms weigh more. */
export class TermWeights {
  private readonly df = new Map<string, number>();
  private docs = 0;

  /** Counts the terms of one more text. */
  add(text: string): void {
    this.docs++;
    for (const t of new Set(terms(text))) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** Weight of a term: log of how many texts over how many have it. */
  weight(term: string): number {
    return Math.max(0.05, Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 0.5)));
  }

  /** The weighted term set of a text. */
  bag(text: string): Map<string, number> {
    const bag = new Map<string, number>();
    for (const t of terms(text)) bag.set(t, this.weight(t));
    return bag;
  }
}

/** Share of `b`'s weight that `a` has too (how much of `b` is said in `a`). */
export function coverage(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [t, w] of b) {
    total += w;
    if (a.has(t)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}

/** Symmetric similarity: the harmonic mean of the two coverages. */
export function similarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const x = coverage(a, b);
  const y = coverage(b, a);
  return x + y === 0 ? 0 : (2 * x * y) / (x + y);
}

/** Word-level similarity of two texts (for "a task is found when its text matches"), 0–1. */
export function textSimilarity(a: string, b: string): number {
  const wa = new Map(terms(a).map((t) => [t, 1]));
  const wb = new Map(terms(b).map((t) => [t, 1]));
  return similarity(wa, wb);
}
