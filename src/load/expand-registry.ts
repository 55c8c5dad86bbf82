import type { Agency, Group, ProvincialTemplate } from '../model/agency.js';
import { provinceSlug, slugify } from '../text/slug.js';
import type { UnitProvince } from './units.js';

/** A province as the templates need it. */
export interface ProvinceInfo {
  readonly slug: string;
  readonly code: string;
  /** "Tỉnh Gia Lai", "Thành phố Hồ Chí Minh". */
  readonly fullName: string;
  /** "tỉnh Gia Lai", "thành phố Hồ Chí Minh". */
  readonly inText: string;
  /** "tỉnh" or "thành phố". */
  readonly tier: string;
}

/** One expanded entry and the template it came from (for its place in the YAML). */
export interface Expanded<T> {
  readonly value: T;
  readonly template: ProvincialTemplate;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** Slug, "tỉnh"/"thành phố" and the names of a province of the units file. */
export function provinceInfo(p: UnitProvince): ProvinceInfo {
  const fullName = p.FullName.normalize('NFC');
  const tier = /^thành phố\s/iu.test(fullName) ? 'thành phố' : 'tỉnh';
  return { slug: provinceSlug(fullName), code: p.Code, fullName, inText: lowerFirst(fullName), tier };
}

/** `<tỉnh>` → "tỉnh Gia Lai", `<Tỉnh>` → "Tỉnh Gia Lai", `<cấp>` → "tỉnh" / "thành phố". */
export function fillTemplate(text: string, p: ProvinceInfo): string {
  return text.normalize('NFC').replaceAll('<tỉnh>', p.inText).replaceAll('<Tỉnh>', p.fullName).replaceAll('<cấp>', p.tier);
}

function applies(t: ProvincialTemplate, p: ProvinceInfo): boolean {
  return !t.only || t.only.includes(p.slug);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** The agencies of one template in every province it applies to. */
export function expandAgencyTemplate(t: ProvincialTemplate, provinces: readonly ProvinceInfo[]): Expanded<Agency>[] {
  const out: Expanded<Agency>[] = [];
  for (const p of provinces) {
    if (!applies(t, p)) continue;
    // The province's People's Committee heads the province; everything else sits under it by default.
    const superior = t.superior ?? (t.key === 'ubnd' ? undefined : 'ubnd');
    const value: Agency = {
      id: `${p.slug}.${t.key}`,
      name: fillTemplate(t.name, p),
      variants: unique(t.variants.map((v) => fillTemplate(v, p))),
      level: t.level ?? 'department',
      ...(superior ? { superior: `${p.slug}.${superior}` } : {}),
      ...(t.counterpart ? { counterpart: t.counterpart } : {}),
      ...(t.merged_into ? { merged_into: `${p.slug}.${t.merged_into}` } : {}),
      ...(t.until ? { until: t.until } : {}),
      ...(t.in_rules !== undefined ? { in_rules: t.in_rules } : {}),
      province: p.slug,
    };
    out.push({ value, template: t });
  }
  return out;
}

/** The groups of one template in every province it applies to; their rules are scoped to the province. */
export function expandGroupTemplate(t: ProvincialTemplate, provinces: readonly ProvinceInfo[]): Expanded<Group>[] {
  const out: Expanded<Group>[] = [];
  for (const p of provinces) {
    if (!applies(t, p)) continue;
    const scoped = (k: string): string => `${p.slug}.${k}`;
    const value: Group = {
      id: scoped(t.key),
      name: fillTemplate(t.name, p),
      variants: unique(t.variants.map((v) => fillTemplate(v, p))),
      ...(t.members ? { members: t.members.map(scoped) } : {}),
      ...(t.rule
        ? { rule: { level: t.rule.level, province: p.slug, ...(t.rule.superior ? { superior: scoped(t.rule.superior) } : {}) } }
        : {}),
      ...(t.includes ? { includes: t.includes.map(scoped) } : {}),
    };
    out.push({ value, template: t });
  }
  return out;
}

/**
 * The People's Committee of every commune and ward: `gia-lai.xa-ia-grai` under `gia-lai.ubnd`. Two
 * communes of one province with the same name both get their code appended (`-<Code>`), so an id
 * never depends on the order of the file.
 */
export function expandCommunes(unit: UnitProvince, p: ProvinceInfo): Agency[] {
  const slugs = unit.Wards.map((w) => slugify(w.FullName));
  const count = new Map<string, number>();
  for (const s of slugs) count.set(s, (count.get(s) ?? 0) + 1);
  return unit.Wards.map((w, i) => {
    const slug = slugs[i] ?? '';
    const name = lowerFirst(w.FullName.normalize('NFC'));
    return {
      id: `${p.slug}.${(count.get(slug) ?? 0) > 1 ? `${slug}-${w.Code}` : slug}`,
      name: `Ủy ban nhân dân ${name}`,
      variants: [`UBND ${name}`, w.FullName.normalize('NFC')],
      level: 'commune',
      superior: `${p.slug}.ubnd`,
      province: p.slug,
    };
  });
}
