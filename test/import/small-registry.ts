import type { Cascade } from '../../src/load/cascade.js';
import type { Agency, Group } from '../../src/model/agency.js';

/**
 * A registry small enough to read: the centre's ministries, one province's committee, departments
 * and groups. Enough for the importer's pieces that need agencies, without loading the 34 provinces.
 */
export function smallRegistry(): Pick<Cascade, 'agencies' | 'groups' | 'documentsById' | 'known' | 'tasks' | 'goals' | 'members' | 'nameOf'> {
  const a = (id: string, name: string, level: Agency['level'], extra: Partial<Agency> = {}): Agency => ({ id, name, variants: [], level, ...extra });
  const agencies = new Map<string, Agency>(
    [
      a('bo-nv', 'Bộ Nội vụ', 'central'),
      a('bo-khcn', 'Bộ Khoa học và Công nghệ', 'central', { variants: ['Bộ KH&CN'] }),
      a('bo-ca', 'Bộ Công an', 'central'),
      a('gl.ubnd', 'Ủy ban nhân dân tỉnh Gia Lai', 'province', { variants: ['UBND tỉnh Gia Lai', 'UBND'], province: 'gl' }),
      a('gl.snv', 'Sở Nội vụ', 'department', { province: 'gl', superior: 'gl.ubnd', counterpart: 'bo-nv' }),
      a('gl.skhcn', 'Sở Khoa học và Công nghệ', 'department', { variants: ['Sở KH&CN'], province: 'gl', superior: 'gl.ubnd', counterpart: 'bo-khcn' }),
      a('gl.ca', 'Công an tỉnh', 'department', { province: 'gl', superior: 'gl.ubnd', counterpart: 'bo-ca' }),
      a('gl.stc', 'Sở Tài chính', 'department', { province: 'gl', superior: 'gl.ubnd' }),
    ].map((x) => [x.id, x]),
  );
  const groups = new Map<string, Group>([
    ['gl.cac-so', { id: 'gl.cac-so', name: 'Các sở, ban, ngành tỉnh', variants: [], rule: { level: ['department'], province: 'gl' } }],
    ['gl.ca-so-xa', { id: 'gl.ca-so-xa', name: 'Các cơ quan, đơn vị, địa phương', variants: [], members: ['gl.snv', 'gl.skhcn', 'gl.ca', 'gl.stc'] }],
  ]);
  const members = (id: string): string[] => {
    const g = groups.get(id);
    if (!g) return [];
    if (g.members) return g.members;
    return [...agencies.values()].filter((x) => g.rule?.level.includes(x.level) && x.province === g.rule.province).map((x) => x.id);
  };
  return {
    agencies,
    groups,
    documentsById: new Map(),
    known: new Map(),
    tasks: new Map(),
    goals: new Map(),
    members,
    nameOf: (id) => agencies.get(id)?.name ?? groups.get(id)?.name,
  };
}
