/** The match table: every known deadline form, tried in order against the match key. */
import { DATED_PATTERNS } from './deadline-patterns-dated.js';
import { RELATIVE_PATTERNS } from './deadline-patterns-relative.js';
import { RHYTHM_PATTERNS } from './deadline-patterns-rhythm.js';
import type { Failure, Fields, Pattern, PatternContext } from './deadline-grammar.js';

/** All patterns; the first whose regex matches the whole key decides. */
export const DEADLINE_PATTERNS: readonly Pattern[] = [...RHYTHM_PATTERNS, ...DATED_PATTERNS, ...RELATIVE_PATTERNS];

/** The meaning of a match key, a refusal, or `undefined` when no pattern knows it. */
export function matchDeadline(key: string, ctx: PatternContext): (Fields | Failure) | undefined {
  for (const pattern of DEADLINE_PATTERNS) {
    const m = pattern.re.exec(key);
    if (m) return pattern.build(m.slice(1), ctx);
  }
  return undefined;
}
