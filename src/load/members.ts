import type { Agency, AgencyLevel, Group } from '../model/agency.js';

/**
 * Members of groups, expanded through `members`, `rule` and `includes` (recursively), memoised. An
 * agency id gives itself; an unknown id gives nothing. A group that includes itself (a cycle,
 * reported by the loader) contributes its members once.
 */
export function createMembers(agencies: ReadonlyMap<string, Agency>, groups: ReadonlyMap<string, Group>): (id: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  const byLevel = new Map<AgencyLevel, Agency[]>();
  for (const a of agencies.values()) {
    const list = byLevel.get(a.level);
    if (list) list.push(a);
    else byLevel.set(a.level, [a]);
  }
  const expanding = new Set<string>();

  const expand = (id: string): readonly string[] => {
    const cached = memo.get(id);
    if (cached) return cached;
    if (agencies.has(id)) return [id];
    const group = groups.get(id);
    if (!group || expanding.has(id)) return [];
    expanding.add(id);
    const out = new Set<string>();
    for (const m of group.members ?? []) for (const x of expand(m)) out.add(x);
    for (const g of group.includes ?? []) for (const x of expand(g)) out.add(x);
    const rule = group.rule;
    if (rule) {
      for (const level of rule.level) {
        for (const a of byLevel.get(level) ?? []) {
          if (rule.province !== undefined && a.province !== rule.province) continue;
          if (rule.superior !== undefined && a.superior !== rule.superior) continue;
          if (rule.key !== undefined && !a.id.endsWith(`.${rule.key}`)) continue;
          // A rule names the bodies of today (not a department merged away in 2025) that the registry lets it take.
          if (rule.key === undefined && (a.merged_into !== undefined || a.in_rules === false)) continue;
          out.add(a.id);
        }
      }
    }
    expanding.delete(id);
    const result = [...out];
    memo.set(id, result);
    return result;
  };
  return expand;
}

/** Edges of the group graph: the groups a group names in `members` and `includes`. */
export function groupEdges(groups: ReadonlyMap<string, Group>): (id: string) => readonly string[] {
  return (id) => {
    const g = groups.get(id);
    if (!g) return [];
    return [...(g.members ?? []), ...(g.includes ?? [])].filter((m) => groups.has(m));
  };
}
