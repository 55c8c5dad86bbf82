import type { Agency, Group } from '../model/agency.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { expandCommunes, provinceInfo } from '../load/expand-registry.js';
import { createMembers } from '../load/members.js';
import { nearest } from '../load/nearest.js';
import type { UnitProvince } from '../load/units.js';
import { recipientFileName } from './file-name.js';
import { nameClash } from './name-clash.js';

/** One addressee of a batch: an agency, with the unit's own name and code for communes. */
export interface Recipient {
  /** Agency id (`gia-lai.xa-ia-grai`). */
  readonly id: string;
  /** The agency's name as a letter addresses it: "Ủy ban nhân dân xã Ia Grai". */
  readonly name: string;
  /** The unit's own name: "Xã Ia Grai" (for other agencies, the agency's name). */
  readonly unit: string;
  /** Code of the commune or ward in the units file. */
  readonly code?: string | undefined;
  readonly province?: string | undefined;
  /** Safe, unique file name in the batch: `xa-ia-grai-24511.docx`. */
  readonly fileName: string;
  /** The agency as the registry (or the units file given) describes it. */
  readonly agency: Agency;
}

/** What recipients are expanded from: the registry of a loaded cascade (a `Cascade` fits). */
export interface RecipientRegistry {
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly groups: ReadonlyMap<string, Group>;
}

/** Recipients of a group, or the diagnostics saying why there are none. */
export interface RecipientsResult {
  readonly recipients: readonly Recipient[];
  readonly diagnostics: readonly Diagnostic[];
}

interface Commune {
  readonly agency: Agency;
  readonly unit: string;
  readonly code: string;
}

/** Every commune and ward of the units file as the registry names them (same ids as the loader's). */
export function communesOf(units: readonly UnitProvince[]): Commune[] {
  return units.flatMap((p) => {
    const agencies = expandCommunes(p, provinceInfo(p));
    return agencies.map((agency, i) => {
      const ward = p.Wards[i];
      return { agency, unit: (ward?.FullName ?? agency.name).normalize('NFC'), code: ward?.Code ?? '' };
    });
  });
}

function unknownGroup(id: string, registry: RecipientRegistry): Diagnostic {
  const guess = nearest(id, registry.groups.keys());
  const hint = guess ? { vi: ` (có phải \`${guess}\`?)`, en: ` (did you mean \`${guess}\`?)` } : { vi: '', en: '' };
  return {
    rule: 'recipients-unknown-group',
    severity: 'error',
    message: { vi: `Không có nhóm hoặc cơ quan \`${id}\` trong danh mục${hint.vi}`, en: `No group or agency \`${id}\` in the registry${hint.en}` },
    found: id,
    expected: { vi: 'một mã nhóm như `gia-lai.ubnd-xa`', en: 'a group id such as `gia-lai.ubnd-xa`' },
  };
}

function emptyGroup(id: string): Diagnostic {
  return {
    rule: 'recipients-empty-group',
    severity: 'error',
    message: { vi: `Nhóm \`${id}\` không có đơn vị nào (kiểm tra tệp đơn vị hành chính)`, en: `The group \`${id}\` has no members (check the administrative-units file)` },
    found: id,
  };
}

/**
 * The recipients of a group (`gia-lai.ubnd-xa` → its 135 communes) or of one agency, in the order of
 * the units file and then of the registry. Communes and wards come from `units` — the bundled file or
 * the one given with `--units` — so a newer file changes the recipients without touching the registry.
 */
export function expandRecipients(id: string, registry: RecipientRegistry, units: readonly UnitProvince[]): RecipientsResult {
  const communes = communesOf(units);
  const agencies = new Map<string, Agency>();
  for (const a of registry.agencies.values()) if (a.level !== 'commune') agencies.set(a.id, a);
  for (const c of communes) agencies.set(c.agency.id, c.agency);
  if (!agencies.has(id) && !registry.groups.has(id)) return { recipients: [], diagnostics: [unknownGroup(id, registry)] };
  const byId = new Map(communes.map((c) => [c.agency.id, c] as const));
  const recipients = createMembers(agencies, registry.groups)(id).flatMap((member): Recipient[] => {
    const agency = agencies.get(member);
    if (!agency) return [];
    const commune = byId.get(member);
    const unit = commune?.unit ?? agency.name;
    const code = commune?.code;
    return [{ id: agency.id, name: agency.name, unit, code, province: agency.province, fileName: recipientFileName(unit, code ?? agency.id), agency }];
  });
  const clash = nameClash(recipients);
  if (clash) return { recipients: [], diagnostics: [clash] };
  return { recipients, diagnostics: recipients.length === 0 ? [emptyGroup(id)] : [] };
}

/** Recipients for given agency ids (units behind target, say), with commune codes from the units file; check them with `nameClash`. */
export function recipientsOf(ids: readonly string[], registry: RecipientRegistry, units: readonly UnitProvince[]): Recipient[] {
  const communes = new Map(communesOf(units).map((c) => [c.agency.id, c] as const));
  return ids.flatMap((id): Recipient[] => {
    const commune = communes.get(id);
    const agency = commune?.agency ?? registry.agencies.get(id);
    if (!agency) return [];
    const unit = commune?.unit ?? agency.name;
    const code = commune?.code;
    return [{ id, name: agency.name, unit, code, province: agency.province, fileName: recipientFileName(unit, code ?? id), agency }];
  });
}
