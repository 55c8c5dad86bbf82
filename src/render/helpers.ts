import type { HelperDelegate } from 'handlebars';
import { PartialDate } from '../model/date.js';
import { parseDeadline } from '../text/deadline.js';
import { describeDeadline } from '../text/deadline-describe.js';
import { longDate, shortDate } from './dates.js';
import { escapeMarkdown } from './escape.js';

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text;
  return String(value);
}

function date(value: unknown): PartialDate | undefined {
  const parsed = PartialDate.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The options object Handlebars passes last; the arguments before it are the helper's own. */
function args(all: readonly unknown[]): unknown[] {
  return all.slice(0, -1);
}

/**
 * Helpers every template may use. They only format: choosing what to print is the views' job.
 * Their names end in `Vi` or start with `md` so that they never shadow a data field: Handlebars
 * calls a helper before it looks up a field of the same name (`{{deadline}}` would print nothing).
 * - `mdEscape x`: plain text made safe for Markdown (`Sở KH&CN`, `a_b*c` print as written)
 * - `upperVi x`: Vietnamese upper case (`ỦY BAN NHÂN DÂN`)
 * - `dateVi d`: `ngày 05 tháng 02 năm 2026` (leading zeros as the decree says; blanks for a draft)
 * - `shortDateVi d`: `22/4/2026`, as citations write it
 * - `deadlineVi d`: the deadline phrase as written, capitalised (`Trong tháng 6/2026`)
 * - `deadlineMeaningVi d "en"`: what the phrase means (`by 30/06/2026`), or the phrase if it cannot be read
 * - `joinVi list ", "`: the items of a list joined
 */
export const HELPERS: Readonly<Record<string, HelperDelegate>> = {
  mdEscape: (...all: unknown[]) => escapeMarkdown(text(args(all)[0])),
  upperVi: (...all: unknown[]) => text(args(all)[0]).toLocaleUpperCase('vi'),
  dateVi: (...all: unknown[]) => longDate(date(args(all)[0])),
  shortDateVi: (...all: unknown[]) => shortDate(date(args(all)[0])),
  deadlineVi: (...all: unknown[]) => {
    const phrase = text(args(all)[0]).trim();
    return phrase.charAt(0).toLocaleUpperCase('vi') + phrase.slice(1);
  },
  deadlineMeaningVi: (...all: unknown[]) => {
    const [value, lang] = args(all);
    const phrase = text(value);
    const parsed = parseDeadline(phrase);
    return parsed.ok ? describeDeadline(parsed.value, lang === 'en' ? 'en' : 'vi') : phrase;
  },
  joinVi: (...all: unknown[]) => {
    const [list, sep] = args(all);
    return Array.isArray(list) ? list.map(text).join(typeof sep === 'string' ? sep : ', ') : text(list);
  },
};
