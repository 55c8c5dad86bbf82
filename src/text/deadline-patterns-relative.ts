/** Patterns for deadlines counted from an event: "trong vòng 30 ngày kể từ ngày ký". */
import { addDays, addMonths } from './deadline-calendar.js';
import { countOf, whole } from './deadline-grammar.js';
import type { Failure, Fields, Pattern, PatternContext } from './deadline-grammar.js';
import type { RelativeFrom, RelativeTerm } from './deadline-types.js';

const PAPER = '(?:\\s+(?:văn\\s+bản|công\\s+văn|kế\\s+hoạch|chỉ\\s+thị|quyết\\s+định))?(?:\\s+này)?';
const EVENTS: readonly (readonly [RegExp, RelativeFrom])[] = [
  [whole(`(?:ký|kí)(?:\\s+ban\\s+hành)?${PAPER}`), 'signing'],
  [whole(`ban\\s+hành${PAPER}`), 'issuing'],
  [whole(`(?:nhận\\s+được|tiếp\\s+nhận)${PAPER}`), 'receipt'],
  [whole(`(?:(?:văn\\s+bản|công\\s+văn|kế\\s+hoạch|chỉ\\s+thị|quyết\\s+định)(?:\\s+này)?\\s+)?có\\s+hiệu\\s+lực(?:\\s+thi\\s+hành)?`), 'effect'],
];

function eventOf(words: string): RelativeFrom | undefined {
  return EVENTS.find(([re]) => re.test(words))?.[1];
}

function relative(n: string | undefined, unit: string | undefined, event: string | undefined, ctx: PatternContext): Fields | Failure {
  const count = countOf(n);
  const from = eventOf(event ?? '');
  if (from === undefined || !Number.isInteger(count) || count < 1) {
    return { failure: 'unknown-phrase', vi: `không rõ mốc tính “${event}”`, en: `unknown starting event “${event}”` };
  }
  const term: RelativeTerm =
    unit === 'tháng' ? { months: count, from } : unit === 'ngày' ? { days: count, from } : { workingDays: count, from };
  // The period starts the day after the event (BLDS 2015, art. 147): 30 days from 1/5 ends on 31/5.
  // Working days need the holiday calendar, so they stay without a date.
  const knowsStart = ctx.signedOn !== undefined && (from === 'signing' || from === 'issuing');
  const latest =
    !knowsStart || term.workingDays !== undefined ? undefined
      : term.months !== undefined ? addMonths(ctx.signedOn ?? '', term.months)
        : addDays(ctx.signedOn ?? '', term.days ?? 0);
  return latest === undefined ? { kind: 'relative', relative: term } : { kind: 'relative', latest, relative: term };
}

/** Relative patterns. */
export const RELATIVE_PATTERNS: readonly Pattern[] = [
  {
    id: 'within-n-from-event',
    re: whole(
      '(?:trong\\s+(?:vòng|thời\\s+hạn|thời\\s+gian)\\s+|trong\\s+|không\\s+quá\\s+)?(\\d{1,3}|một|hai|ba|sáu|mười)\\s+(ngày\\s+làm\\s+việc|ngày|tháng)\\s*,?\\s+(?:kể\\s+)?từ\\s+(?:ngày|khi|thời\\s+điểm)\\s+(.+)',
    ),
    build: ([n, unit, event], ctx) => relative(n, unit, event, ctx),
  },
];
