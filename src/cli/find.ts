import type { Cascade } from '../load/cascade.js';
import { nearest } from '../load/nearest.js';
import type { Lang } from '../report/diagnostic.js';
import { createAgencyMatcher, type AgencyEntry } from '../text/agency-match.js';
import { citationKey } from '../import/citations.js';
import { provinceSlug } from '../text/slug.js';
import { UsageError } from './io.js';

/** What a user typed for a document ("14/CT-TTG", "Số: 5900/UBND-NC") as the importer keys citations. */
function typedCitationKey(text: string): string {
  const [number, ...symbol] = text.replace(/^số:?\s*/iu, '').split('/');
  return citationKey(number, symbol.join('/'));
}

/** An agency or a group of the registry named as a user types it: an id, a province ("Cao Bằng"), a name or variant. */
export function findAgency(cascade: Cascade, text: string, lang: Lang, option = '--for'): string {
  const value = text.trim();
  if (cascade.agencies.has(value) || cascade.groups.has(value)) return value;
  const slug = provinceSlug(value);
  for (const id of [`${value}.ubnd`, `${slug}.ubnd`]) if (cascade.agencies.has(id)) return id;
  const resolved = cascade.resolveAgency?.(value);
  if (resolved !== undefined) return resolved;
  const entries: AgencyEntry[] = [...cascade.agencies.values(), ...[...cascade.groups.values()].map((g) => ({ id: g.id, name: g.name, variants: g.variants }))];
  const suggestions = new Set(createAgencyMatcher(entries).candidates(value, {}, 3).map((c) => c.id));
  const typo = nearest(value, [...cascade.agencies.keys(), ...cascade.groups.keys()]);
  if (typo) suggestions.add(typo);
  const provinces = new Set([...cascade.agencies.values()].flatMap((a) => (a.province ? [a.province] : [])));
  const province = nearest(slug, provinces);
  if (province && cascade.agencies.has(`${province}.ubnd`)) suggestions.add(`${province}.ubnd`);
  throw new UsageError(notFound(lang, option, value, [...suggestions].slice(0, 3).map((id) => `${cascade.nameOf(id) ?? id} (${id})`), 'cascade agencies'));
}

/** A document named as a user types it: its id, or its number and symbol ("14/CT-TTg", any letter case). */
export function findDocumentId(cascade: Cascade, text: string, lang: Lang, option = '--from'): string {
  const value = text.trim();
  if (cascade.documentsById.has(value)) return value;
  const key = typedCitationKey(value);
  const byCitation = cascade.documents.filter((d) => d.number && d.symbol && citationKey(d.number, d.symbol) === key);
  if (byCitation.length === 1 && byCitation[0]) return byCitation[0].id;
  const labels = new Map<string, string>();
  for (const d of cascade.documents) {
    labels.set(d.id, d.id);
    if (d.number && d.symbol) labels.set(`${d.number}/${d.symbol}`, d.id);
  }
  const typo = nearest(value, labels.keys());
  const many = byCitation.map((d) => d.id);
  const suggestions = many.length > 1 ? many : typo ? [labels.get(typo) ?? typo] : [];
  throw new UsageError(notFound(lang, option, value, suggestions.map((id) => `${documentLabel(cascade, id)} (${id})`), 'cascade documents'));
}

/** "Công văn 5900/UBND-NC" style label of a modelled document. */
function documentLabel(cascade: Cascade, id: string): string {
  const d = cascade.documentsById.get(id);
  return d?.number && d.symbol ? `${d.number}/${d.symbol}` : id;
}

function notFound(lang: Lang, option: string, value: string, hints: readonly string[], list: string): string {
  // `generate`'s argument is the document itself; an option is named as typed.
  if (lang === 'vi') {
    const hint = hints.length > 0 ? `; có phải ${hints.join(' hoặc ')}?` : '';
    const what = option === 'document' ? `không tìm thấy văn bản \`${value}\`` : `${option}: không tìm thấy \`${value}\``;
    return `${what}${hint} (xem danh sách: ${list})`;
  }
  const hint = hints.length > 0 ? `; did you mean ${hints.join(' or ')}?` : '';
  const what = option === 'document' ? `no document \`${value}\`` : `${option}: \`${value}\` not found`;
  return `${what}${hint} (see the list: ${list})`;
}
