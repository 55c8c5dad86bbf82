import type { Agency, Group } from '../model/agency.js';
import type { Diagnostic, Place } from '../report/diagnostic.js';
import { createAgencyMatcher, type AgencyEntry, type AgencyMatcher } from '../text/agency-match.js';
import { nearest } from './nearest.js';

/** An agency reference resolved to an id of the registry, or why not (with suggestions). */
export type Resolution =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly suggestions: readonly string[] };

/** Resolves what documents write for an agency: an id of the registry, or a name the registry knows. */
export interface AgencyResolver {
  resolve(ref: string, province?: string): Resolution;
  /** The finding for a reference that did not resolve. */
  unknown(ref: string, failed: Resolution & { ok: false }, place: Place | undefined): Diagnostic;
}

function provinceOfGroup(id: string, provinces: ReadonlySet<string>): string | undefined {
  const dot = id.indexOf('.');
  const prefix = dot > 0 ? id.slice(0, dot) : undefined;
  return prefix !== undefined && provinces.has(prefix) ? prefix : undefined;
}

// The district level (huyện, quận, thị xã, thành phố thuộc tỉnh) ended on 1 July 2025.
const DISTRICT = /(?:^|\s)(?:huyện|quận|thị xã)\s/iu;
const DISTRICT_HINT = {
  vi: ': cấp huyện đã kết thúc hoạt động từ ngày 01/7/2025; giao cho Ủy ban nhân dân xã, phường (hoặc một sở) thay thế',
  en: ': the district level ended on 1 July 2025; give the task to the commune or ward committee (or a department) instead',
} as const;

/** Builds the name matcher once over every agency and group; results are cached per (province, text). */
export function createAgencyResolver(agencies: ReadonlyMap<string, Agency>, groups: ReadonlyMap<string, Group>): AgencyResolver {
  const provinces = new Set<string>();
  for (const a of agencies.values()) if (a.province) provinces.add(a.province);
  const entries: AgencyEntry[] = [...agencies.values()];
  for (const g of groups.values()) {
    const province = provinceOfGroup(g.id, provinces);
    entries.push({ id: g.id, name: g.name, variants: g.variants, ...(province ? { province } : {}) });
  }
  // Building the name index costs far more than loading a cascade written with ids: build it on the
  // first reference that is not an id.
  let built: AgencyMatcher | undefined;
  const matcher = (): AgencyMatcher => (built ??= createAgencyMatcher(entries));
  const cache = new Map<string, Resolution>();
  const nameOf = (id: string): string => agencies.get(id)?.name ?? groups.get(id)?.name ?? id;

  const resolveUncached = (ref: string, province: string | undefined): Resolution => {
    if (agencies.has(ref) || groups.has(ref)) return { ok: true, id: ref };
    const ctx = province ? { province } : {};
    const hit = matcher().match(ref, ctx);
    // A near miss is only a suggestion: a wrong agency is worse than an error.
    if (hit && hit.via !== 'fuzzy') return { ok: true, id: hit.id };
    const suggestions = new Set<string>();
    if (hit) suggestions.add(hit.id);
    for (const c of matcher().candidates(ref, ctx, 3)) suggestions.add(c.id);
    if (/^[a-z0-9.-]+$/.test(ref)) {
      const dot = ref.indexOf('.');
      const scope = dot > 0 ? `${ref.slice(0, dot)}.` : '';
      const ids = [...agencies.keys(), ...groups.keys()].filter((id) => (scope ? id.startsWith(scope) : !id.includes('.')));
      const guess = nearest(ref, ids);
      if (guess) suggestions.add(guess);
    }
    return { ok: false, suggestions: [...suggestions].slice(0, 3) };
  };

  return {
    resolve(ref, province) {
      const key = `${province ?? ''}\u0000${ref}`;
      let r = cache.get(key);
      if (!r) {
        r = resolveUncached(ref, province);
        cache.set(key, r);
      }
      return r;
    },
    unknown(ref, failed, place) {
      const hints = failed.suggestions.map((id) => `\`${nameOf(id)}\` (\`${id}\`)`);
      const district = DISTRICT.test(ref);
      const vi = district ? DISTRICT_HINT.vi : hints.length > 0 ? ` (có phải ${hints.join(' hoặc ')}?)` : '';
      const en = district ? DISTRICT_HINT.en : hints.length > 0 ? ` (did you mean ${hints.join(' or ')}?)` : '';
      return {
        rule: 'unknown-agency',
        severity: 'error',
        message: {
          vi: `Không tìm thấy cơ quan \`${ref}\` trong danh mục${vi}`,
          en: `No agency \`${ref}\` in the registry${en}`,
        },
        ...(place ? { place } : {}),
        found: ref,
        expected: {
          vi: 'một mã hoặc tên cơ quan có trong danh mục (directives/registry/agencies.yaml)',
          en: 'an id or a name of the agency registry (directives/registry/agencies.yaml)',
        },
      };
    },
  };
}
