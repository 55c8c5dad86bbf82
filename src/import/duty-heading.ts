import { readAgencies, type AgencyHit } from './agencies.js';
import type { RegistryView } from './context.js';

// A heading that gives duties to named bodies: "Trách nhiệm của Sở Y tế, Sở Công Thương:",
// "Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau", "Ủy quyền cho Giám đốc Sở
// Công Thương …", "Nhiệm vụ, quyền hạn của Ủy ban nhân dân cấp xã". The bodies it names lead
// the items under it; the duty words around them are no agency.
const OF = /^(?:Trách nhiệm|Nhiệm vụ)(?:,?\s+(?:quyền hạn|nhiệm vụ|trách nhiệm))?(?:\s+và\s+quyền hạn)?\s+của\s+(.+)$/iu;
const TO = /^(?:Phân cấp|Ủy quyền|Uỷ quyền|Giao(?:\s+nhiệm vụ)?)\s+(?:cho\s+)?(.+?)(?:\s+(?:thực hiện|tổ chức thực hiện|chủ trì|quản lý|triển khai|giải quyết|có trách nhiệm)(?![\p{L}\p{N}]).*)?$/iu;
const HOLDS = /^(.+?)\s+(?:có trách nhiệm|chịu trách nhiệm)(?:\s+(?:thực hiện|tổ chức thực hiện))?(?:\s+(?:các|những))?(?:\s+nhiệm vụ)?(?:\s+sau(?:\s+đây)?)?$/iu;

/** The words of a duty heading that name its bodies, or undefined when it is no duty heading. */
export function dutyHolderPhrase(heading: string): string | undefined {
  const t = heading.replace(/\*\*|__/g, '').replace(/[:.]\s*$/u, '').trim();
  for (const re of [OF, TO, HOLDS]) {
    const m = re.exec(t);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** The bodies a duty heading names, when its phrase reads entirely as agencies. */
export function dutyHolders(heading: string, view: RegistryView, province: string | undefined): AgencyHit[] | undefined {
  const phrase = dutyHolderPhrase(heading);
  if (!phrase) return undefined;
  const read = readAgencies(phrase, view, { province });
  return read.hits.length > 0 && read.coverage >= 0.9 ? [...read.hits] : undefined;
}
