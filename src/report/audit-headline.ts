import type { AddresseeCoverage } from '../check/addressees.js';
import { vnDate } from '../check/as-of.js';
import type { Lang } from './diagnostic.js';

const NOUN: Readonly<Record<Lang, Readonly<Record<AddresseeCoverage['level'], readonly [string, string]>>>> = {
  vi: { central: ['Cấp bộ', 'bộ'], province: ['Cấp tỉnh', 'tỉnh'], department: ['Cấp sở, ngành', 'sở, ngành'], commune: ['Cấp xã', 'xã'], unit: ['Cấp đơn vị', 'đơn vị'] },
  en: { central: ['Ministries', 'ministries'], province: ['Provinces', 'provinces'], department: ['Departments', 'departments'], commune: ['Communes', 'communes'], unit: ['Units', 'units'] },
};

/** "Cấp tỉnh: 3/34 tỉnh có văn bản": one level's coverage over its addressees. */
export function coverageText(c: AddresseeCoverage, lang: Lang): string {
  const [level, noun] = NOUN[lang][c.level];
  if (!c.evaluated) {
    return lang === 'vi'
      ? `${level}: chưa đánh giá được (không có văn bản nào trong thư mục; ${c.addressees} ${noun} được giao)`
      : `${level}: not evaluated (no document in the folder; ${c.addressees} ${noun} addressed)`;
  }
  return lang === 'vi' ? `${level}: ${c.withDocument}/${c.addressees} ${noun} có văn bản` : `${level}: ${c.withDocument}/${c.addressees} ${noun} have a document`;
}

/** The levels worth a headline: every evaluated one, and every level of a document that has one evaluated. */
export function headlineCoverage(list: readonly AddresseeCoverage[]): AddresseeCoverage[] {
  const judged = new Set(list.filter((c) => c.evaluated).map((c) => c.parent));
  return list.filter((c) => judged.has(c.parent) && (c.evaluated || c.level === 'central'));
}

/** Lines of the headline: the day the audit speaks of, then coverage over addressees per document. */
export function auditHeadline(asOf: string, coverage: readonly AddresseeCoverage[], lang: Lang): string[] {
  const day = lang === 'vi' ? `Tính đến ngày ${vnDate(asOf)} (--as-of)` : `As of ${asOf} (--as-of)`;
  const byParent = new Map<string, AddresseeCoverage[]>();
  for (const c of headlineCoverage(coverage)) byParent.set(c.parentLabel, [...(byParent.get(c.parentLabel) ?? []), c]);
  const lines = [...byParent].map(([label, levels]) => `${label} — ${levels.map((c) => coverageText(c, lang)).join(' · ')}`);
  return [day, ...lines];
}
