import type { ImportContext } from './context.js';
import { matchKey } from '../text/normalize.js';

/**
 * Whom a parent task is given to when the importer of the parent read no lead: the body its
 * opening words name ("Ban cán sự đảng Chính phủ lãnh đạo …", "Ủy quyền cho Giám đốc Sở Công
 * Thương thực hiện …"). Only the opening words count: a body named later is one the task is about.
 */

const OPENING_WORDS = 12;

/** The issuer's names as a task would write them: its name and variants, without "tỉnh Lào Cai". */
export function namesOf(id: string | undefined, ctx: ImportContext): string[] {
  const a = id ? ctx.agencies.get(id) : undefined;
  if (!a) return [];
  const all = [a.name, ...(a.variants ?? [])].map((n) => matchKey(n.replace(/\s+(?:tỉnh|thành phố)\s+\p{Lu}.*$/u, '')));
  return [...new Set(all)].filter((n) => n.split(' ').length >= 2);
}

/** Whether the opening words of a text name one of the bodies (names as `namesOf` gives them). */
export function opensWithName(text: string, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const opening = ` ${matchKey(text).split(/\s+/).slice(0, OPENING_WORDS).join(' ').replace(/[,;:()]/g, ' ')} `;
  return names.some((n) => opening.includes(` ${n} `));
}
