import type { ImportContext } from './context.js';
import { matchKey } from '../text/normalize.js';

/**
 * Whom a parent task is given to when the importer of the parent read no lead: the body its
 * opening words name ("Ban cán sự đảng Chính phủ lãnh đạo …", "Ủy quyền cho Giám đốc Sở Công
 * Thương thực hiện …"). Only the opening words count: a body named later is one the task is about.
 * A longer name that holds the issuer's ("Thủ tướng Chính phủ" for "Chính phủ") is another body.
 */

const OPENING_WORDS = 12;

/** An issuer's names as a task would write them, and the longer names of other bodies that hold one of them. */
export interface IssuerNames {
  readonly names: readonly string[];
  readonly longer: readonly string[];
}

const fold = (n: string): string => matchKey(n.replace(/\s+(?:tỉnh|thành phố)\s+\p{Lu}.*$/u, ''));

/** The issuer's names (its name and variants, without "tỉnh Lào Cai") and the longer names that hold them. */
export function namesOf(id: string | undefined, ctx: ImportContext): IssuerNames {
  const a = id ? ctx.agencies.get(id) : undefined;
  if (!a) return { names: [], longer: [] };
  const names = [...new Set([a.name, ...(a.variants ?? [])].map(fold))].filter((n) => n.split(' ').length >= 2);
  const longer = new Set<string>();
  for (const other of ctx.agencies.values()) {
    if (other.id === a.id) continue;
    for (const n of [other.name, ...(other.variants ?? [])].map(fold)) if (names.some((x) => n !== x && ` ${n} `.includes(` ${x} `))) longer.add(n);
  }
  return { names, longer: [...longer] };
}

/** Whether the opening words of a text name the issuer (and not a longer name holding its name). */
export function opensWithName(text: string, issuer: IssuerNames): boolean {
  if (issuer.names.length === 0) return false;
  let opening = ` ${matchKey(text).split(/\s+/).slice(0, OPENING_WORDS).join(' ').replace(/[,;:()]/g, ' ')} `;
  for (const n of issuer.longer) opening = opening.split(` ${n} `).join(' … ');
  return issuer.names.some((n) => opening.includes(` ${n} `));
}
