import { RenderError } from '../render-error.js';
import { shortDate } from '../dates.js';

import { todayIso } from '../../text/today.js';
export { todayIso };

// A partial date (`2026-05`, `2026`) counts from its first day: a letter of 20/5 may cite one of May.
function firstDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/**
 * The date a letter the tool writes carries: the one asked for (`--letter-date`), else today; never
 * earlier than the facts it cites (`facts`: ISO dates of the figures or documents). A date asked for that
 * is earlier is an error; today earlier than a fact (a clock set wrong) gives the latest fact's date.
 */
export function letterDate(asked: string | undefined, facts: readonly (string | undefined)[], today: string = todayIso()): string {
  const known = facts.filter((f): f is string => f !== undefined && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(f));
  const exact = known.map(firstDay).sort().at(-1);
  if (asked !== undefined) {
    if (exact !== undefined && asked < exact) {
      throw new RenderError({
        vi: `Ngày của văn bản (${shortDate(asked)}) sớm hơn ngày của số liệu, văn bản được viện dẫn (${shortDate(exact)})`,
        en: `The letter’s date (${asked}) is earlier than the facts it cites (${exact})`,
      });
    }
    return asked;
  }
  return exact !== undefined && today < exact ? exact : today;
}
