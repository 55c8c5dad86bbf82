import type { MatchVia } from '../text/agency-match.js';
import type { RegistryView } from './context.js';

/** An agency or group recognised in a phrase, with the words that name it. */
export interface AgencyHit {
  readonly id: string;
  /** The words as written. */
  readonly as: string;
  readonly via: MatchVia;
  readonly score: number;
}

/** A phrase read as a list of agencies: those recognised, and the words that named none. */
export interface AgencyList {
  readonly hits: readonly AgencyHit[];
  /** Runs of words that named no known agency, as written. */
  readonly rest: readonly string[];
  /** Share of the phrase's words that the hits (and the role words before them) cover. */
  readonly coverage: number;
}

/** Options of `readAgencies`. */
export interface ReadAgencyOptions {
  readonly province?: string | undefined;
  /** Accept near misses (typos): only where every word is meant to be an agency (a field list). */
  readonly fuzzy?: boolean;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

// The head of an agency is not the agency: "Thủ trưởng các sở", "Chủ tịch UBND các xã".
// "Chánh Văn phòng Ủy ban nhân dân tỉnh" is the head of the Office, "Chánh Thanh tra tỉnh" of the
// Inspectorate: "chánh" alone is the title, the body's name follows whole. "Trưởng Thuế tỉnh" likewise.
const ROLES = ['thủ trưởng', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'hiệu trưởng', 'lãnh đạo', 'người đứng đầu', 'bộ trưởng', 'tổng giám đốc', 'chánh án', 'chánh', 'cục trưởng', 'trưởng ban', 'trưởng'];
const MAX_SPAN = 24;
// Words that join names; a name never starts with them.
const JOINERS = /^(?:và|cùng|với)$/iu;
const FUZZY_MIN = 0.75;
// Short tokens that name no agency: a table's "TT"/"STT" (số thứ tự), signing authorities, kind codes.
const AMBIGUOUS = /^(?:TT|STT|TM|KT|TL|TUQ|Q|QĐ|CV|NQ|TB|KH|BC|CT|TTr|ND|NĐ)$/u;

/** A token too short or too common to be read as an agency: never an initials match of three letters or fewer. */
function isAmbiguous(text: string, via: MatchVia): boolean {
  const t = text.trim();
  return AMBIGUOUS.test(t) || (via === 'abbrev' && t.replace(/[^\p{L}]/gu, '').length <= 3);
}

function tokens(phrase: string): Token[] {
  return [...phrase.matchAll(/[\p{L}\p{M}\p{N}&./'’-]+|[,;:()]/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    word: /[\p{L}\p{N}]/u.test(m[0]),
  }));
}

interface Best {
  readonly cov: number;
  readonly seg: number;
  readonly score: number;
  readonly hits: readonly { hit: AgencyHit; from: number; to: number }[];
}

/**
 * Reads a phrase as agencies: "Công an tỉnh, Sở Giáo dục và Đào tạo, Sở Nội vụ và các cơ quan, đơn
 * vị, địa phương". The split that names the most words with the fewest agencies wins, so names
 * with commas and "và" inside them stay whole; role words ("Thủ trưởng") before a name count as
 * covered.
 */
export function readAgencies(phrase: string, view: RegistryView, opts: ReadAgencyOptions = {}): AgencyList {
  // Near misses only for a phrase the registry's own names do not cover: the typo scan is costly.
  if (opts.fuzzy === true) {
    const exact = readAgencies(phrase, view, { ...opts, fuzzy: false });
    if (exact.coverage >= 0.99) return exact;
  }
  const toks = tokens(phrase);
  const n = toks.length;
  const cache = new Map<string, AgencyHit | null>();
  const matchSpan = (i: number, j: number): AgencyHit | undefined => {
    const text = phrase.slice(toks[i]?.start ?? 0, toks[j]?.end ?? 0).replace(/[.]+$/, '');
    let hit = cache.get(text);
    if (hit === undefined) {
      // Near misses are looked for only where they are accepted, and not across a list's separators:
      // the typo scan is the costly stage, and a span over a comma is a list, not a misspelt name.
      const fuzzy = opts.fuzzy === true && !/[,;()]/.test(text);
      const m = view.matcher.match(text, { ...(opts.province ? { province: opts.province } : {}), fuzzy });
      const ok = m && !isAmbiguous(text, m.via) && (m.via !== 'fuzzy' || (opts.fuzzy === true && m.score >= FUZZY_MIN));
      hit = ok ? { id: m.id, as: text, via: m.via, score: m.score } : null;
      cache.set(text, hit);
    }
    return hit ?? undefined;
  };
  const words = (i: number, j: number): number => toks.slice(i, j + 1).filter((t) => t.word && !JOINERS.test(t.text)).length;
  const best: Best[] = new Array<Best>(n + 1);
  best[n] = { cov: 0, seg: 0, score: 0, hits: [] };
  const better = (a: Best, b: Best | undefined): boolean =>
    !b || a.cov > b.cov || (a.cov === b.cov && (a.seg < b.seg || (a.seg === b.seg && a.score > b.score)));
  for (let i = n - 1; i >= 0; i--) {
    let pick: Best = best[i + 1] as Best;
    if (!toks[i]?.word || JOINERS.test(toks[i]?.text ?? '')) {
      best[i] = pick;
      continue;
    }
    const role = roleLength(toks, i);
    for (const from of role > 0 ? [i, i + role] : [i]) {
      for (let j = from; j < Math.min(n, from + MAX_SPAN); j++) {
        if (!toks[j]?.word || JOINERS.test(toks[j]?.text ?? '')) continue;
        const hit = matchSpan(from, j);
        const next = best[j + 1] as Best;
        if (!hit) continue;
        const cand: Best = {
          cov: words(i, j) + next.cov,
          seg: 1 + next.seg,
          score: hit.score + next.score,
          hits: [{ hit, from, to: j }, ...next.hits],
        };
        if (better(cand, pick)) pick = cand;
      }
    }
    best[i] = pick;
  }
  const result = ownedHitsDropped(best[0] as Best, toks, words);
  const total = words(0, n - 1);
  return { hits: result.hits.map((h) => h.hit), rest: unmatched(phrase, toks, result), coverage: total === 0 ? 0 : result.cov / total };
}

/**
 * Whether an agency (or a role before one: "Chủ tịch UBND …") may open the phrase: the spans
 * `readAgencies` would try at its first word. A phrase read entirely as agencies must pass; most
 * sentences (a verb first) fail at once, without reading every span of every prefix.
 */
export function opensWithAgency(phrase: string, view: RegistryView, opts: ReadAgencyOptions = {}): boolean {
  const toks = tokens(phrase);
  const i = toks.findIndex((t) => t.word);
  if (i < 0 || JOINERS.test(toks[i]?.text ?? '')) return false;
  const role = roleLength(toks, i);
  const ctx = { ...(opts.province ? { province: opts.province } : {}), fuzzy: opts.fuzzy === true };
  for (const from of role > 0 ? [i, i + role] : [i]) {
    for (let j = from; j < Math.min(toks.length, from + MAX_SPAN); j++) {
      if (!toks[j]?.word || JOINERS.test(toks[j]?.text ?? '')) continue;
      const text = phrase.slice(toks[from]?.start ?? 0, toks[j]?.end ?? 0).replace(/[.]+$/, '');
      const m = view.matcher.match(text, ctx);
      if (m && (m.via !== 'fuzzy' || (opts.fuzzy === true && m.score >= FUZZY_MIN))) return true;
    }
  }
  return false;
}

/** Whether an agency may close the phrase: the spans `readAgencies` would try that end at its last word. */
export function closesWithAgency(phrase: string, view: RegistryView, opts: ReadAgencyOptions = {}): boolean {
  const toks = tokens(phrase.replace(/[,;:]\s*$/, ''));
  let j = toks.length - 1;
  while (j >= 0 && !toks[j]?.word) j--;
  if (j < 0 || JOINERS.test(toks[j]?.text ?? '')) return false;
  const ctx = { ...(opts.province ? { province: opts.province } : {}), fuzzy: opts.fuzzy === true };
  const text = phrase.replace(/[,;:]\s*$/, '');
  for (let i = j; i >= Math.max(0, j - MAX_SPAN + 1); i--) {
    if (!toks[i]?.word || JOINERS.test(toks[i]?.text ?? '')) continue;
    const m = view.matcher.match(text.slice(toks[i]?.start ?? 0, toks[j]?.end ?? 0).replace(/[.]+$/, ''), ctx);
    if (m && (m.via !== 'fuzzy' || (opts.fuzzy === true && m.score >= FUZZY_MIN))) return true;
  }
  return false;
}

// "các đơn vị trực thuộc Sở Y tế" names the units, not the department: an agency right after
// these words belongs to an unknown name.
const OWNED_BY = /^(?:trực thuộc|thuộc|của|tại|trong)$/iu;
// "Ban cán sự đảng Bộ Tài nguyên và Môi trường", "Đảng đoàn Quốc hội", "Công đoàn Sở Y tế": a Party
// or mass body inside an agency is not that agency.
const BODY_INSIDE = /^(?:(?:cán sự )?đảng|Đảng (?:đoàn|ủy|uỷ|bộ)|Công đoàn|Chi bộ|Đoàn Thanh niên)$/iu;

/** Whether the words before a name make it the owner of another body ("Ban cán sự đảng Bộ …"). */
export function ownedBy(before: string): boolean {
  const w = before.trim().split(/\s+/u);
  const last1 = w.slice(-1).join(' ');
  const last2 = w.slice(-2).join(' ');
  return OWNED_BY.test(last1) || OWNED_BY.test(last2) || BODY_INSIDE.test(last1) || BODY_INSIDE.test(last2);
}

function ownedHitsDropped(result: Best, toks: readonly Token[], words: (i: number, j: number) => number): Best {
  const hits = result.hits.filter((h) => {
    const before = [toks[h.from - 2], toks[h.from - 1]].filter((t): t is Token => t !== undefined);
    const prev = before.map((t) => t.text).join(' ');
    const last = before[before.length - 1]?.text ?? '';
    return !(OWNED_BY.test(prev) || OWNED_BY.test(last) || BODY_INSIDE.test(prev) || BODY_INSIDE.test(last)) || h.from === 0;
  });
  if (hits.length === result.hits.length) return result;
  const cov = hits.reduce((c, h) => c + words(h.from, h.to), 0);
  return { ...result, hits, cov };
}

/** A name without the head's title before it: "Giám đốc Trung tâm Phục vụ Hành chính công tỉnh" → "Trung tâm …". */
export function withoutRoleWords(name: string): string {
  const toks = tokens(name);
  const i = toks.findIndex((t) => t.word);
  const n = i < 0 ? 0 : roleLength(toks, i);
  const next = toks[i + n];
  return n > 0 && next ? name.slice(next.start).trim() : name.trim();
}

function roleLength(toks: readonly Token[], i: number): number {
  for (const role of ROLES) {
    const parts = role.split(' ');
    if (parts.every((p, k) => toks[i + k]?.text.toLowerCase() === p)) {
      // "Hiệu trưởng, thủ trưởng các cơ sở": the comma after a role belongs to it.
      const next = toks[i + parts.length];
      return next && next.text === ',' ? parts.length + 1 + roleLength(toks, i + parts.length + 1) : parts.length;
    }
  }
  return 0;
}

/** The runs of words outside every hit, split at separators, as written. */
function unmatched(phrase: string, toks: readonly Token[], result: Best): string[] {
  const covered = new Array<boolean>(toks.length).fill(false);
  for (const h of result.hits) for (let k = h.from; k <= h.to; k++) covered[k] = true;
  const runs: string[] = [];
  let start = -1;
  const flush = (end: number): void => {
    if (start >= 0) runs.push(phrase.slice(toks[start]?.start ?? 0, toks[end]?.end ?? 0));
    start = -1;
  };
  toks.forEach((t, k) => {
    const separator = !t.word || JOINERS.test(t.text);
    if (covered[k] || separator) {
      flush(k - 1);
      return;
    }
    if (start < 0) start = k;
  });
  flush(toks.length - 1);
  return runs.map((r) => r.trim()).filter((r) => r !== '' && !ROLES.includes(r.toLowerCase()));
}
