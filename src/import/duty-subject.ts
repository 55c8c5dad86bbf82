import { readAgencies, withoutRoleWords, type AgencyHit } from './agencies.js';
import type { RegistryView } from './context.js';

/**
 * The bodies a sentence holds responsible: the subject before "chịu trách nhiệm (thi hành)" or "có
 * trách nhiệm", as a decision's closing article writes it: "Chánh Văn phòng Ủy ban nhân dân tỉnh;
 * Giám đốc các Sở: Tài chính, Xây dựng; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá
 * nhân có liên quan chịu trách nhiệm thi hành Quyết định này." Each part between semicolons is read
 * on its own; a head's title ("Chánh Văn phòng", "Giám đốc") stands for the body; "các cơ quan,
 * tổ chức, cá nhân có liên quan" names nobody; a name the registry lacks is proposed.
 */
const DUTY = /\s(?:chịu trách nhiệm|có trách nhiệm)(?![\p{L}\p{N}])/u;
const CLOSING = /^\s(?:chịu|có) trách nhiệm (?:tổ chức )?thi hành(?![\p{L}\p{N}])/u;
// Whoever else is concerned: no body of its own.
const CONCERNED =
  /(?:^|[,;]?\s*(?:và\s+)?)(?:(?:Thủ trưởng|thủ trưởng|Người đứng đầu|người đứng đầu)\s+)?(?:các\s+)?(?:cơ quan|đơn vị|tổ chức|cá nhân|doanh nghiệp)(?:\s*,\s*(?:các\s+)?(?:cơ quan|đơn vị|tổ chức|cá nhân|doanh nghiệp))*\s+(?:có\s+)?liên quan$/u;
const CLASS = /^(?:Các|Những)\s+(?:tổ chức|doanh nghiệp|cơ sở|nhà đầu tư|chủ đầu tư)(?![\p{L}\p{N}])/u;
// "các Sở: Tài chính, Xây dựng" and "các Sở Y tế, Công Thương": one word of kind for several bodies.
const ELIDED = /^((?:\p{L}+\s+){0,3}?)các\s+(Sở|sở|Bộ|bộ)(\s*:\s*|\s+)(.+)$/u;
// "Thủ trưởng các cơ quan: Bộ Chỉ huy Quân sự tỉnh, …": a label over the list.
const LABEL = /^(?:Thủ trưởng\s+)?các\s+(?:cơ quan|đơn vị)(?:,\s*đơn vị)?\s*:\s*/iu;

/** The words before the duty verb, from the start of their sentence; undefined when the text has none. */
export function dutySubjectPhrase(text: string): string | undefined {
  const m = DUTY.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const ends = [...before.matchAll(/[.!?]\s+(?=\S)/gu)].map((s) => s.index + s[0].length);
  // A later sentence's subject is a side duty ("… Ủy ban nhân dân cấp xã có trách nhiệm chủ động báo
  // cáo"), unless it is the closing formula ("… chịu trách nhiệm thi hành Quyết định này").
  if (ends.length > 0 && !CLOSING.test(text.slice(m.index))) return undefined;
  const start = Math.max(0, ...ends);
  const phrase = before.slice(start).trim();
  return phrase === '' ? undefined : phrase;
}

/** "Giám đốc các Sở: Tài chính, Nông nghiệp và Môi trường" → "Giám đốc Sở Tài chính, Sở Nông nghiệp và Môi trường". */
export function expandElided(part: string, view: RegistryView, province: string | undefined): string {
  const m = ELIDED.exec(part);
  if (!m?.[4] || (!m[3]?.includes(':') && !m[4].includes(','))) return part;
  const kind = (m[2] ?? '').replace(/^s/u, 'S').replace(/^b/u, 'B');
  const names = m[4].split(/\s*,\s*/u).flatMap((item) => {
    const whole = `${kind} ${item.trim()}`;
    if (view.matcher.match(whole, { ...(province ? { province } : {}), fuzzy: false })) return [whole];
    return item.split(/\s+và\s+/u).map((x) => `${kind} ${x.trim()}`);
  });
  return `${m[1] ?? ''}${names.join(', ')}`;
}

/** The bodies named before "chịu trách nhiệm" / "có trách nhiệm", or undefined when they do not all read. */
export function dutySubject(
  text: string,
  view: RegistryView,
  province: string | undefined,
  propose: (name: string) => AgencyHit,
  looksLikeName: (s: string) => boolean,
): { hits: AgencyHit[]; phrase: string } | undefined {
  const phrase = dutySubjectPhrase(text);
  if (!phrase) return undefined;
  // "Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản có trách nhiệm …": a class of
  // bodies named by what they hold, proposed as one entry; "các tổ chức, cá nhân có liên quan" is nobody.
  if (CLASS.test(phrase) && text.trim().startsWith(phrase) && !/liên quan$/u.test(phrase) && phrase.split(/\s+/u).length <= 16) {
    return { hits: [propose(phrase)], phrase };
  }
  const hits: AgencyHit[] = [];
  const parts = phrase.split(/\s*;\s*/u);
  for (const [k, raw] of parts.entries()) {
    const part = expandElided(raw.replace(CONCERNED, '').replace(/\s+(?:có\s+)?liên quan(?=\s*,|$)/gu, '').replace(LABEL, '').trim(), view, province);
    if (part === '') continue;
    // The subject may follow words that are none: "Trên cơ sở …; các nhiệm vụ …, căn cứ …, Bộ trưởng, …".
    const opening = hits.length === 0;
    const tries = opening ? suffixesAfterCommas(part) : [part];
    const read = tries.map((t) => readBodies(t, view, province, looksLikeName)).find((r) => r !== undefined);
    if (!read && opening && k < parts.length - 1) continue;
    if (!read) return undefined;
    hits.push(...read.hits, ...read.strangers.map(propose));
  }
  const unique = hits.filter((h, i) => hits.findIndex((x) => x.id === h.id) === i);
  return unique.length > 0 ? { hits: unique, phrase } : undefined;
}

/** The part, then what follows each of its commas: "A, B, C" → "A, B, C", "B, C", "C". */
function suffixesAfterCommas(part: string): string[] {
  const out = [part];
  for (const m of part.matchAll(/,\s*/gu)) out.push(part.slice(m.index + m[0].length));
  return out;
}

/** A part read as bodies: those the registry knows and names it lacks; undefined when other words are left. */
function readBodies(
  part: string,
  view: RegistryView,
  province: string | undefined,
  looksLikeName: (s: string) => boolean,
): { hits: readonly AgencyHit[]; strangers: readonly string[] } | undefined {
  const read = readAgencies(part, view, { province });
  const strangers = read.rest.map(withoutRoleWords).filter(looksLikeName);
  if (read.hits.length + strangers.length === 0 || strangers.length < read.rest.length) return undefined;
  return { hits: read.hits, strangers };
}
