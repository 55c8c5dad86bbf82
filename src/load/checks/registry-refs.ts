import type { Group, ProvincialTemplate } from '../../model/agency.js';
import type { Diagnostic, Place } from '../../report/diagnostic.js';
import { nearest } from '../nearest.js';
import type { Positions } from '../positions.js';
import type { Registry, RegistryInput } from '../registry.js';

function unknownId(id: string, what: { vi: string; en: string }, place: Place | undefined, pool: Iterable<string>): Diagnostic {
  const guess = nearest(id, pool);
  return {
    rule: 'unknown-agency',
    severity: 'error',
    message: {
      vi: `${what.vi} \`${id}\` không có trong danh mục${guess ? ` (có phải \`${guess}\`?)` : ''}`,
      en: `${what.en} \`${id}\` is not in the registry${guess ? ` (did you mean \`${guess}\`?)` : ''}`,
    },
    ...(place ? { place } : {}),
    found: id,
    expected: { vi: 'một mã có trong danh mục cơ quan', en: 'an id of the agency registry' },
  };
}

function unknownKey(key: string, place: Place | undefined, keys: readonly string[]): Diagnostic {
  const guess = nearest(key, keys);
  return {
    rule: 'unknown-template-key',
    severity: 'error',
    message: {
      vi: `Mẫu cấp tỉnh \`${key}\` không có${guess ? ` (có phải \`${guess}\`?)` : ''}`,
      en: `There is no provincial template \`${key}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}`,
    },
    ...(place ? { place } : {}),
    found: key,
    expected: { vi: 'khóa `key` của một mẫu trong `provincial`', en: 'the `key` of a template under `provincial`' },
  };
}

/** Checks that every id the registry files name exists: superiors, counterparts, `merged_into`, members, includes. */
export function checkRegistryRefs(inputs: readonly RegistryInput[], registry: Registry, positions: Positions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { agencies, groups } = registry;
  const anyId = (id: string): boolean => agencies.has(id) || groups.has(id);
  const pool = (): Iterable<string> => [...agencies.keys(), ...groups.keys()];
  const templates = inputs.flatMap((i) => [...(i.data.provincial?.agencies ?? []), ...(i.data.provincial?.groups ?? [])]);
  const agencyKeys = inputs.flatMap((i) => (i.data.provincial?.agencies ?? []).map((t) => t.key));
  const allKeys = templates.map((t) => t.key);
  const SUPERIOR = { vi: 'Cơ quan cấp trên', en: 'The superior agency' };
  const COUNTERPART = { vi: 'Cơ quan tương ứng ở trung ương', en: 'The central counterpart' };
  const MEMBER = { vi: 'Thành viên', en: 'The member' };
  const MERGED = { vi: 'Cơ quan nhận lại nhiệm vụ (`merged_into`)', en: 'The agency it merged into (`merged_into`)' };
  for (const { data } of inputs) {
    for (const a of data.agencies) {
      if (a.superior && !agencies.has(a.superior)) out.push(unknownId(a.superior, SUPERIOR, positions.locate(a, 'superior'), agencies.keys()));
      if (a.counterpart && !agencies.has(a.counterpart)) out.push(unknownId(a.counterpart, COUNTERPART, positions.locate(a, 'counterpart'), agencies.keys()));
      if (a.merged_into && !agencies.has(a.merged_into)) out.push(unknownId(a.merged_into, MERGED, positions.locate(a, 'merged_into'), agencies.keys()));
    }
    for (const g of data.groups) out.push(...checkGroup(g, positions, anyId, (id) => agencies.has(id), pool, MEMBER, SUPERIOR));
  }
  const checkKeys = (t: ProvincialTemplate, key: 'members' | 'includes', keys: readonly string[]): void => {
    (t[key] ?? []).forEach((k, i) => {
      if (!keys.includes(k)) out.push(unknownKey(k, positions.locate(t, key, i), keys));
    });
  };
  for (const t of templates) {
    if (t.counterpart && !agencies.has(t.counterpart)) out.push(unknownId(t.counterpart, COUNTERPART, positions.locate(t, 'counterpart'), agencies.keys()));
    if (t.superior && !agencyKeys.includes(t.superior)) out.push(unknownKey(t.superior, positions.locate(t, 'superior'), agencyKeys));
    if ('merged_into' in t && typeof t.merged_into === 'string' && !agencyKeys.includes(t.merged_into)) out.push(unknownKey(t.merged_into, positions.locate(t, 'merged_into'), agencyKeys));
    if (t.rule?.superior && !agencyKeys.includes(t.rule.superior)) out.push(unknownKey(t.rule.superior, positions.locate(t.rule, 'superior'), agencyKeys));
    checkKeys(t, 'members', allKeys);
    checkKeys(t, 'includes', allKeys);
  }
  return out;
}

function checkGroup(
  g: Group,
  positions: Positions,
  anyId: (id: string) => boolean,
  isAgency: (id: string) => boolean,
  pool: () => Iterable<string>,
  member: { vi: string; en: string },
  superior: { vi: string; en: string },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  (g.members ?? []).forEach((id, i) => {
    if (!anyId(id)) out.push(unknownId(id, member, positions.locate(g, 'members', i), pool()));
  });
  (g.includes ?? []).forEach((id, i) => {
    if (!anyId(id)) out.push(unknownId(id, member, positions.locate(g, 'includes', i), pool()));
  });
  if (g.rule?.superior && !isAgency(g.rule.superior)) out.push(unknownId(g.rule.superior, superior, positions.locate(g.rule, 'superior'), pool()));
  return out;
}
