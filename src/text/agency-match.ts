import type { AgencyLevel } from '../model/agency.js';
import { foldTone, isVietnameseSyllable, matchKey, nfc, stripDiacritics } from './normalize.js';
import { editDistance } from './edit-distance.js';
import { slugify } from './slug.js';

/** What the matcher reads of an agency; the registry's `Agency` fits. */
export interface AgencyEntry {
  readonly id: string;
  readonly name: string;
  readonly variants?: readonly string[];
  readonly level?: AgencyLevel;
  readonly province?: string;
}

/** How a name was recognised: the name, a listed variant, a derived abbreviation, or a near miss. */
export type MatchVia = 'exact' | 'variant' | 'abbrev' | 'fuzzy';

/** One recognised agency; `fuzzy` ones are suggestions ("did you mean"), never to be accepted silently. */
export interface AgencyMatch {
  readonly id: string;
  readonly score: number;
  readonly via: MatchVia;
}

/** Where the name was written: "UBND tỉnh" in a Gia Lai letter is Gia Lai's (province slug). */
export interface MatchContext {
  readonly province?: string;
  /** Look for near misses when nothing else matches (default true); a caller that rejects them says false. */
  readonly fuzzy?: boolean;
}

/** Finds registry agencies by any of the names drafters write. */
export interface AgencyMatcher {
  /** The one agency `name` denotes, or undefined when none or several fit equally. */
  match(name: string, ctx?: MatchContext): AgencyMatch | undefined;
  /** Every agency `name` may denote, best first, for "did you mean" messages. */
  candidates(name: string, ctx?: MatchContext, limit?: number): AgencyMatch[];
}

const SCORE = { exact: 1, variant: 0.95, abbrev: 0.9, looseAbbrev: 0.7 } as const;
const LEVEL_WORDS = ['tỉnh', 'thành phố'] as const;
// Abbreviated city names that do not slug to the province: "TP.HCM".
const PROVINCE_ALIASES: Readonly<Record<string, string>> = { hcm: 'ho-chi-minh' };
const LOCALITY = /(?:^|\s)(tỉnh|thành phố|tp)(?=[\s.]|$)/giu;
const MAX_AMBIGUOUS = 4;
const TWO_LETTERS = /\p{L}.*\p{L}/su;
const CACHE_LIMIT = 50_000;

/** One word of a form: its key, or (inside an abbreviation) only its initial. */
interface Unit {
  readonly key?: string;
  readonly initial: string;
}

/** One way of writing an agency's name, as indexed. */
interface Form {
  readonly entry: number;
  readonly via: 'exact' | 'variant';
  /** The text names the agency's province ("… tỉnh Gia Lai"), so no context is needed. */
  readonly explicit: boolean;
  readonly units: readonly Unit[];
}

type Token = { readonly kind: 'word' | 'abbr' | 'either'; readonly text: string };

interface Query {
  /** NFC, tone-folded, single-spaced. */
  readonly text: string;
  readonly key: string;
  readonly province?: string;
}

interface Hit {
  readonly entry: number;
  readonly score: number;
  readonly via: MatchVia;
}

const initials = new Map<string, string>();
/** The first letter of a word without its marks, but `đ` kept: "Ủy" → "u", "Đào" → "đ". */
const initialOf = (word: string): string => {
  const first = word.codePointAt(0);
  if (first === undefined) return '';
  const ch = String.fromCodePoint(first);
  let initial = initials.get(ch);
  if (initial === undefined) {
    initial = ch.normalize('NFD').toLowerCase()[0] ?? '';
    initials.set(ch, initial);
  }
  return initial;
};
const isUpper = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();
const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Splits a name into words and abbreviations. "và" and "&" between words are dropped, so
 * "KH&CN", "KHCN" and "Khoa học và Công nghệ" line up. An upper-case token in mixed-case text is an
 * abbreviation; in all-caps text one that also spells a syllable ("CA", "SYT") may be either.
 */
function tokenize(text: string, trusted: boolean): Token[] {
  const hasLower = text !== text.toUpperCase();
  const kindOf = (part: string): Token['kind'] => {
    if (!TWO_LETTERS.test(part) || /\p{N}/u.test(part)) return 'word';
    if (!isVietnameseSyllable(part)) return 'abbr';
    if (!isUpper(part)) return 'word';
    return hasLower || trusted ? 'abbr' : 'either';
  };
  const tokens: Token[] = [];
  for (const raw of text.split(/[^\p{L}\p{M}\p{N}&]+/u)) {
    if (!raw.includes('&')) {
      if (raw && raw.toLowerCase() !== 'và') tokens.push({ kind: kindOf(raw), text: raw });
      continue;
    }
    const parts = raw.split('&').filter((p) => p !== '');
    const kinds = parts.map(kindOf);
    if (parts.length > 1 && kinds.every((k) => k !== 'word')) {
      tokens.push({ kind: 'abbr', text: parts.join('') });
      continue;
    }
    parts.forEach((p, i) => {
      if (p.toLowerCase() !== 'và') tokens.push({ kind: parts.length > 1 ? 'word' : (kinds[i] ?? 'word'), text: p });
    });
  }
  return tokens;
}

/** Each reading of the tokens, `either` taken both ways (for the first few). */
function readings(tokens: readonly Token[]): (readonly Token[])[] {
  if (!tokens.some((t) => t.kind === 'either')) return [tokens];
  let out: Token[][] = [[]];
  let ambiguous = 0;
  for (const t of tokens) {
    const kinds: readonly Token['kind'][] =
      t.kind === 'either' && ambiguous++ < MAX_AMBIGUOUS ? ['word', 'abbr'] : [t.kind === 'abbr' ? 'abbr' : 'word'];
    out = out.flatMap((r) => kinds.map((kind): Token[] => [...r, { kind, text: t.text }]));
  }
  return out;
}

/** Units of a reading: one per word, one per letter of an abbreviation. */
function unitsOf(tokens: readonly Token[]): Unit[] {
  return tokens.flatMap((t): Unit[] => {
    const lower = t.text.toLowerCase();
    if (t.kind !== 'abbr') return [{ key: lower, initial: initialOf(lower) }];
    return [...lower].filter((c) => /\p{L}/u.test(c)).map((c) => ({ initial: initialOf(c) }));
  });
}

const skeleton = (units: readonly Unit[]): string => units.map((u) => u.initial).join('');
const loose = (s: string): string => stripDiacritics(s);

/** Whether the input's units spell the form: words equal, abbreviation letters equal to initials. */
function aligns(input: readonly Unit[], form: readonly Unit[], blind: boolean): boolean {
  if (input.length !== form.length) return false;
  const same = blind ? (a: string, b: string) => loose(a) === loose(b) : (a: string, b: string) => a === b;
  return input.every((u, i) => {
    const f = form[i];
    if (!f) return false;
    if (u.key === undefined) return same(u.initial, f.initial);
    return f.key !== undefined && same(u.key, f.key);
  });
}

/** The text without a trailing "tỉnh X" / "thành phố X" naming a province that `known` accepts. */
function splitLocality(text: string, known: (slug: string) => string | undefined): { base: string; province: string } | undefined {
  const hits = [...text.matchAll(LOCALITY)].reverse();
  for (const m of hits) {
    const rest = text.slice(m.index + m[0].length).replace(/^[\s.]+/, '');
    const slug = slugify(rest);
    const province = known(PROVINCE_ALIASES[slug] ?? slug);
    if (rest && province) return { base: text.slice(0, m.index).trim(), province };
  }
  return undefined;
}

/** Score of a near miss: accents only (`blind`) costs less than a typo. */
function fuzzyScore(distance: number, blind: boolean): number {
  return blind ? 0.8 - 0.02 * Math.min(distance, 15) : 0.6 - 0.1 * (distance - 1);
}

/** One hit per agency, at its best score, best first. */
function bestFirst(hits: readonly Hit[]): Hit[] {
  const best = new Map<number, Hit>();
  for (const h of hits) {
    const seen = best.get(h.entry);
    if (!seen || h.score > seen.score) best.set(h.entry, h);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry - b.entry);
}

/** "Công an tỉnh" ↔ "Công an thành phố": a city says "thành phố" where a province says "tỉnh". */
function swapLevel(text: string): string | undefined {
  const m = /\s(tỉnh|thành phố)$/iu.exec(text);
  if (!m) return undefined;
  return `${text.slice(0, m.index)} ${m[1]?.toLowerCase() === 'tỉnh' ? 'thành phố' : 'tỉnh'}`;
}

/**
 * Builds the indexes once: every name and variant by its match key, by the initials of its words
 * (so derived abbreviations need no listing), and accent-blind for near misses.
 */
export function createAgencyMatcher(entries: readonly AgencyEntry[]): AgencyMatcher {
  const exact = new Map<string, Form[]>();
  const byInitials = new Map<string, Form[]>();
  const byLooseInitials = new Map<string, Form[]>();
  const byLooseKey = new Map<string, string[]>();
  // Keys by scope (a province, or '' for forms any context accepts) and length, for the typo scan.
  const byScope = new Map<string, Map<number, Set<string>>>();
  const provinces = new Set(entries.flatMap((e) => (e.province ? [e.province] : [])));
  const cache = new Map<string, Hit[]>();

  const scopeOf = (form: Form): string => {
    const e = entries[form.entry];
    return form.explicit || !e?.province || e.level === 'central' ? '' : e.province;
  };

  const addForm = (entry: number, text: string, via: Form['via'], explicit: boolean): void => {
    const key = matchKey(text);
    if (!key) return;
    const units = unitsOf(tokenize(text, true));
    const form: Form = { entry, via, explicit, units };
    if (!exact.has(key)) push(byLooseKey, loose(key), key);
    push(exact, key, form);
    push(byInitials, skeleton(units), form);
    push(byLooseInitials, loose(skeleton(units)), form);
    const scope = byScope.get(scopeOf(form)) ?? new Map<number, Set<string>>();
    byScope.set(scopeOf(form), scope);
    const sameLength = scope.get(key.length) ?? new Set<string>();
    scope.set(key.length, sameLength.add(key));
  };

  entries.forEach((e, i) => {
    const texts: [string, Form['via']][] = [[e.name, 'exact'], ...(e.variants ?? []).map((v): [string, Form['via']] => [v, 'variant'])];
    for (const [text, via] of texts) {
      const normal = foldTone(nfc(text)).replace(/\s+/gu, ' ').trim();
      const local = e.province ? splitLocality(normal, (p) => (p === e.province ? p : undefined)) : undefined;
      addForm(i, normal, via, local !== undefined);
      const swapped = e.province ? swapLevel(normal) : undefined;
      if (swapped) addForm(i, swapped, 'variant', false);
      // "Ủy ban nhân dân tỉnh Gia Lai" is "UBND tỉnh" or "UBND" in a Gia Lai letter.
      if (!local?.base) continue;
      addForm(i, local.base, 'variant', false);
      for (const level of LEVEL_WORDS) addForm(i, `${local.base} ${level}`, 'variant', false);
    }
  });

  /** Whether a form found for a name written in `province` may stand for its agency there. */
  const accepts = (form: Form, province: string | undefined): boolean => {
    const e = entries[form.entry];
    if (!e) return false;
    if (form.explicit || !e.province || e.level === 'central') return true;
    return province === undefined || province === e.province;
  };

  const exactHits = (key: string, province: string | undefined): Hit[] =>
    (exact.get(key) ?? []).filter((f) => accepts(f, province)).map((f) => ({ entry: f.entry, score: SCORE[f.via], via: f.via }));

  const initialsHits = (q: Query): Hit[] =>
    readings(tokenize(q.text, false)).flatMap((reading) => {
      const units = unitsOf(reading);
      const via = reading.some((t) => t.kind === 'abbr') ? 'abbrev' : 'variant';
      return (byInitials.get(skeleton(units)) ?? [])
        .filter((f) => accepts(f, q.province) && aligns(units, f.units, false))
        .map((f) => ({ entry: f.entry, score: SCORE[via], via }));
    });

  const fuzzyHits = (q: Query): Hit[] => {
    const hits: Hit[] = [];
    const add = (forms: readonly Form[] | undefined, score: number): void => {
      for (const form of forms ?? []) if (accepts(form, q.province)) hits.push({ entry: form.entry, score, via: 'fuzzy' });
    };
    for (const other of byLooseKey.get(loose(q.key)) ?? []) {
      add(exact.get(other), fuzzyScore(editDistance(q.key, other, q.key.length), true));
    }
    for (const reading of readings(tokenize(q.text, false))) {
      const units = unitsOf(reading);
      const forms = byLooseInitials.get(loose(skeleton(units))) ?? [];
      add(forms.filter((f) => aligns(units, f.units, true)), SCORE.looseAbbrev);
    }
    if (hits.length > 0 || q.key.length < 4) return hits;
    const max = q.key.length < 12 ? 1 : 2;
    // Without a province, a typo is looked for among names that say where they are (or need not):
    // a province's "UBND tỉnh" is no near miss for a letter from nowhere, and scanning every province is slow.
    const scopes = q.province === undefined ? [byScope.get('')] : [byScope.get(''), byScope.get(q.province)];
    for (const scope of scopes) {
      for (let len = q.key.length - max; len <= q.key.length + max; len++) {
        for (const other of scope?.get(len) ?? []) {
          const d = editDistance(q.key, other, max);
          if (d <= max) add(exact.get(other), fuzzyScore(d, false));
        }
      }
    }
    return hits;
  };

  /** Without a province it names, for a name that names one: "Công an tỉnh Gia Lai" → "Công an tỉnh". */
  const localQueries = (text: string): Query[] => {
    const local = splitLocality(text, (p) => (provinces.has(p) ? p : undefined));
    if (!local?.base) return [];
    return [local.base, ...LEVEL_WORDS.map((level) => `${local.base} ${level}`)].map((t) => ({
      text: t,
      key: matchKey(t),
      province: local.province,
    }));
  };

  /** Hits for `name`, one per agency at its best score, best first; each stage only if the last found none. */
  const rank = (name: string, ctx?: MatchContext): Hit[] => {
    const fuzzy = ctx?.fuzzy !== false;
    const cacheKey = `${ctx?.province ?? ''}\u0000${fuzzy ? 'f' : ''}\u0000${name}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const key = matchKey(name);
    let hits = localFirst(exactHits(key, ctx?.province), ctx?.province);
    if (hits.length === 0) {
      // The text keeps its case: case tells abbreviations from words.
      const text = foldTone(nfc(name)).replace(/\s+/gu, ' ').trim();
      const queries: Query[] = [{ text, key, province: ctx?.province }, ...localQueries(text)];
      hits = queries.slice(1).flatMap((q) => exactHits(q.key, q.province));
      if (hits.length === 0) hits = queries.flatMap(initialsHits);
      if (hits.length === 0 && fuzzy) hits = queries.flatMap(fuzzyHits);
    }
    const ranked = hits.length < 2 ? hits : bestFirst(hits);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, ranked);
    return ranked;
  };

  // In a province's letter, "UBND cấp xã" is that province's communes, not every commune in the country.
  const localFirst = (hits: Hit[], province: string | undefined): Hit[] => {
    if (province === undefined || hits.length < 2) return hits;
    const local = hits.filter((h) => entries[h.entry]?.province === province);
    return local.length > 0 ? local : hits;
  };

  const toMatch = (h: Hit): AgencyMatch => ({ id: entries[h.entry]?.id ?? '', score: Math.round(h.score * 100) / 100, via: h.via });

  return {
    match(name, ctx) {
      const [first, second] = rank(name, ctx);
      if (!first || (second && second.score === first.score)) return undefined;
      return toMatch(first);
    },
    candidates(name, ctx, limit = 5) {
      return rank(name, ctx).slice(0, limit).map(toMatch);
    },
  };
}
