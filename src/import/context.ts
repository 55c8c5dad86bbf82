import type { Cascade } from '../load/cascade.js';
import type { AgencyLevel } from '../model/agency.js';
import { type AgencyMatcher, type AgencyEntry, createAgencyMatcher } from '../text/agency-match.js';

/** What the importer reads of a loaded cascade: the registry, the documents, the tasks. */
export type ImportContext = Pick<
  Cascade,
  'agencies' | 'groups' | 'documentsById' | 'known' | 'tasks' | 'goals' | 'members' | 'nameOf'
>;

const LEVEL_RANK: Readonly<Record<AgencyLevel, number>> = { central: 0, province: 1, department: 2, commune: 3, unit: 4 };

/** The registry as the importer asks it: a matcher over agencies and groups, levels, provinces. */
export interface RegistryView {
  readonly matcher: AgencyMatcher;
  /** Whether the id names a group. */
  isGroup(id: string): boolean;
  /** Rank of the highest level an agency or group reaches: 0 central … 4 unit. */
  rank(id: string): number | undefined;
  /** Province slug of an agency or of a group scoped to one. */
  province(id: string): string | undefined;
  /** Province slugs the registry knows. */
  readonly provinces: ReadonlySet<string>;
}

const views = new WeakMap<object, RegistryView>();

/** The registry view of a context, built once per context. */
export function registryView(ctx: ImportContext): RegistryView {
  const cached = views.get(ctx);
  if (cached) return cached;
  const entries: AgencyEntry[] = [];
  const provinces = new Set<string>();
  for (const a of ctx.agencies.values()) {
    entries.push(a);
    if (a.province) provinces.add(a.province);
  }
  for (const g of ctx.groups.values()) {
    const scope = g.rule?.province ?? prefixProvince(g.id, provinces);
    entries.push({ id: g.id, name: g.name, variants: g.variants, ...(scope ? { province: scope } : {}) });
  }
  const rank = (id: string): number | undefined => {
    const a = ctx.agencies.get(id);
    if (a) return LEVEL_RANK[a.level];
    const g = ctx.groups.get(id);
    if (!g) return undefined;
    const fromRule = g.rule?.level.map((l) => LEVEL_RANK[l]);
    const fromMembers = ctx.members(id).flatMap((m) => {
      const level = ctx.agencies.get(m)?.level;
      return level ? [LEVEL_RANK[level]] : [];
    });
    const all = [...(fromRule ?? []), ...fromMembers];
    return all.length > 0 ? Math.min(...all) : undefined;
  };
  const view: RegistryView = {
    matcher: createAgencyMatcher(entries),
    isGroup: (id) => ctx.groups.has(id),
    rank,
    province: (id) => ctx.agencies.get(id)?.province ?? ctx.groups.get(id)?.rule?.province ?? prefixProvince(id, provinces),
    provinces,
  };
  views.set(ctx, view);
  return view;
}

function prefixProvince(id: string, provinces: ReadonlySet<string>): string | undefined {
  const dot = id.indexOf('.');
  const prefix = dot > 0 ? id.slice(0, dot) : undefined;
  return prefix && provinces.has(prefix) ? prefix : undefined;
}
