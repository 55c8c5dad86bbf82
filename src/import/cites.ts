import type { Citation, KnownDocument } from '../model/citation.js';
import type { DocumentKind } from '../model/kind.js';
import { KIND_CODES } from '../model/kind.js';
import { slugify } from '../text/slug.js';
import { type CitationFound, citationKey } from './citations.js';
import type { ImportContext } from './context.js';
import { tx } from './notes.js';
import type { Text } from '../report/diagnostic.js';

/** A document of the cascade (modelled or known by citation) as citations are matched against it. */
interface Target {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly number: string | undefined;
  readonly symbol: string | undefined;
  readonly date: string | undefined;
}

/** A citation resolved to a document id, how sure that is, and a proposal when the document is new. */
export interface ResolvedCitation {
  readonly found: CitationFound;
  readonly ref: string;
  readonly confidence: number;
  readonly why: Text;
  /** A new known-documents entry to add to the registry. */
  readonly proposal: KnownDocument | undefined;
}

function targets(ctx: ImportContext): Target[] {
  const out: Target[] = [];
  for (const d of ctx.documentsById.values()) out.push({ id: d.id, kind: d.kind, number: d.number, symbol: d.symbol, date: d.date });
  for (const k of ctx.known.values()) out.push({ id: k.id, kind: k.kind, number: k.number, symbol: k.symbol, date: k.date });
  return out;
}

/** Edit distance of two short strings. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * Matches a citation to a document of the cascade by number and symbol (spaces and case ignored);
 * failing that, the same number, kind and date with a symbol one or two letters off (`BKHHCN` for
 * `BKHCN`). An unknown document gets an id (`qd-522-bgddt`) and a proposed registry entry.
 */
export function resolveCitation(found: CitationFound, ctx: ImportContext): ResolvedCitation {
  const all = targets(ctx);
  const key = citationKey(found.number, found.symbol);
  const exact = all.find((t) => citationKey(t.number, t.symbol) === key);
  if (exact) return { found, ref: exact.id, confidence: 0.98, why: tx('trùng số và ký hiệu', 'same number and symbol'), proposal: undefined };
  const near = all.find(
    (t) =>
      t.number === found.number &&
      t.symbol !== undefined &&
      distance(t.symbol.toUpperCase(), found.symbol.toUpperCase()) <= 2 &&
      (found.date === undefined || t.date === found.date) &&
      (found.kind === undefined || t.kind === found.kind),
  );
  if (near) {
    return { found, ref: near.id, confidence: found.date ? 0.85 : 0.6, why: tx(`cùng số${found.date ? ' và ngày' : ''}, ký hiệu gần giống "${near.symbol}"`, `same number${found.date ? ' and date' : ''}, symbol close to "${near.symbol}"`), proposal: undefined };
  }
  const kind = found.kind;
  const id = newId(found);
  const proposal: KnownDocument | undefined = kind
    ? { id, kind, number: found.number, symbol: found.symbol, ...(found.date ? { date: found.date } : {}) }
    : undefined;
  return { found, ref: id, confidence: 0.5, why: tx('văn bản chưa có trong danh mục: đề xuất thêm', 'not in the registry: proposed'), proposal };
}

/** `qd-522-bgddt` for 522/QĐ-BGDĐT, `cv-3978-ubnd-vx` for 3978/UBND-VX. */
function newId(found: CitationFound): string {
  const code = found.kind ? KIND_CODES[found.kind] : undefined;
  const parts = found.symbol.split('-');
  const rest = code && parts[0]?.toUpperCase() === code.toUpperCase() ? parts.slice(1) : parts;
  // Laws, decrees and circulars keep their kind's name (`nghi-dinh-105-2017-nd-cp`, `luat-61-2020-qh14`).
  const prefix = found.kind === 'luat' || found.kind === 'nghi-dinh' || found.kind === 'thong-tu' ? found.kind : (code ?? (found.kind === 'cong-van' ? 'cv' : slugify(found.kindWord ?? 'vb')));
  return slugify([prefix, found.number, ...rest].join('-'));
}

/** The citations of a document, one per document cited, in order of first mention. */
export function citesOf(resolved: readonly ResolvedCitation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const r of resolved) {
    const prev = seen.get(r.ref);
    if (prev) {
      if (!prev.date && r.found.date) seen.set(r.ref, { ...prev, date: r.found.date });
      continue;
    }
    seen.set(r.ref, { ref: r.ref, as: r.found.as.replace(/\s+(?=\/)/, ' '), ...(r.found.date ? { date: r.found.date } : {}) });
  }
  return [...seen.values()];
}
