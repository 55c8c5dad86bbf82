/** Patterns for deadlines counted from an event: "trong vòng 30 ngày kể từ ngày ký". */
import { addDays, addMonths } from './deadline-calendar.js';
import { countOf, DATE, dayOf, whole } from './deadline-grammar.js';
import type { Failure, Fields, Pattern, PatternContext } from './deadline-grammar.js';
import type { RelativeFrom, RelativeTerm } from './deadline-types.js';

const PAPERS = '(?:văn\\s+bản|công\\s+văn|kế\\s+hoạch|chỉ\\s+thị|quyết\\s+định|nghị\\s+định|nghị\\s+quyết|thông\\s+tư|luật|chương\\s+trình|đề\\s+án)';
const PAPER = `(?:\\s+${PAPERS})?(?:\\s+này)?`;
const EVENTS: readonly (readonly [RegExp, RelativeFrom])[] = [
  [whole(`(?:ký|kí)(?:\\s+ban\\s+hành)?${PAPER}`), 'signing'],
  [whole(`ban\\s+hành${PAPER}`), 'issuing'],
  [whole(`(?:nhận\\s+được|tiếp\\s+nhận)${PAPER}`), 'receipt'],
  [whole(`(?:${PAPERS}(?:\\s+này)?\\s+)?(?:được\\s+ban\\s+hành\\s+và\\s+)?có\\s+hiệu\\s+lực(?:\\s+thi\\s+hành)?`), 'effect'],
];

function eventOf(words: string): RelativeFrom | undefined {
  return EVENTS.find(([re]) => re.test(words))?.[1];
}

// Units as written: a year counts as twelve months.
const MONTHS_IN: Readonly<Record<string, number>> = { tháng: 1, năm: 12 };

function relative(n: string | undefined, unit: string | undefined, event: string | undefined, ctx: PatternContext): Fields | Failure {
  const count = countOf(n);
  const words = (event ?? '').trim();
  if (!Number.isInteger(count) || count < 1 || words === '') {
    return { failure: 'unknown-phrase', vi: `không rõ mốc tính “${words}”`, en: `unknown starting event “${words}”` };
  }
  // Another event ("Luật được thông qua") is kept as written: the deadline stands, unresolved.
  const from = eventOf(words) ?? 'event';
  const named = from === 'event' ? { event: words } : {};
  const months = unit === undefined ? undefined : MONTHS_IN[unit];
  const term: RelativeTerm =
    months !== undefined ? { months: count * months, from, ...named } : unit === 'ngày' ? { days: count, from, ...named } : { workingDays: count, from, ...named };
  // The period starts the day after the event (BLDS 2015, art. 147): 30 days from 1/5 ends on 31/5.
  // Working days need the holiday calendar, so they stay without a date.
  const anchor = from === 'signing' || from === 'issuing' ? ctx.signedOn : from === 'effect' ? ctx.effectiveOn : undefined;
  const latest =
    anchor === undefined || term.workingDays !== undefined ? undefined
      : term.months !== undefined ? addMonths(anchor, term.months)
        : addDays(anchor, term.days ?? 0);
  return latest === undefined ? { kind: 'relative', relative: term } : { kind: 'relative', latest, relative: term };
}

/**
 * "kể từ ngày ký ban hành", "từ ngày Quyết định này có hiệu lực": in force from the event on, with no
 * end; the start is known once the event's date is.
 */
function fromEventOn(event: string | undefined, ctx: PatternContext): Fields | Failure {
  const from = eventOf((event ?? '').trim());
  const anchor = from === 'signing' || from === 'issuing' ? ctx.signedOn : from === 'effect' ? ctx.effectiveOn : undefined;
  return anchor === undefined ? { kind: 'continuous' } : { kind: 'continuous', start: anchor };
}

/** Relative patterns. */
export const RELATIVE_PATTERNS: readonly Pattern[] = [
  // "kể từ ngày 20 tháng 8 năm 2026", "từ ngày 20/11/2025": from that day on.
  {
    id: 'from-day-on',
    re: whole(`(?:kể\\s+)?từ\\s+ngày\\s+${DATE}`),
    build: ([blob]) => {
      const day = dayOf(blob);
      return typeof day === 'string' ? { kind: 'continuous', start: day } : day ?? { failure: 'unknown-phrase', vi: `ngày “${blob}” không đọc được`, en: `the day “${blob}” does not read` };
    },
  },
  {
    id: 'from-event-on',
    re: whole(`(?:kể\\s+)?từ\\s+(?:ngày\\s+|khi\\s+)?((?:ký|kí|ban\\s+hành|${PAPERS}|có\\s+hiệu).*)`),
    // Another event ("từ ngày Luật được thông qua") is kept as written, with no start.
    build: ([event], ctx) => fromEventOn(event, ctx),
  },
  {
    id: 'within-n-from-event',
    re: whole(
      '(?:trong\\s+(?:vòng|thời\\s+hạn|thời\\s+gian)\\s+|trong\\s+|không\\s+quá\\s+)?(\\d{1,3}|một|hai|ba|sáu|mười)\\s+(ngày\\s+làm\\s+việc|ngày|tháng|năm)\\s*,?\\s+(?:kể\\s+)?từ\\s+(?:ngày|khi|thời\\s+điểm)\\s+(.+)',
    ),
    build: ([n, unit, event], ctx) => relative(n, unit, event, ctx),
  },
];
