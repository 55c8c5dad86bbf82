import { Option } from 'commander';
import { parseAsOf, todayIso } from '../check/as-of.js';
import { UsageError } from './io.js';
import type { Lang } from '../report/diagnostic.js';

/** The output languages. */
export const LANGS = ['vi', 'en'] as const satisfies readonly Lang[];

/** `--lang vi|en`, Vietnamese by default: every command takes it. */
export function langOption(): Option {
  return new Option('--lang <lang>', 'ngôn ngữ thông báo / language of messages').choices(LANGS).default('vi');
}

/** Narrows the parsed `--lang` value (commander has already checked the choice). */
export function langOf(value: unknown): Lang {
  return value === 'en' ? 'en' : 'vi';
}

/** `--as-of DATE`: the day the audit speaks of (what is overdue on it), today by default. */
export function asOfOption(): Option {
  return new Option('--as-of <date>', 'ngày tính hạn (mặc định: hôm nay), YYYY-MM-DD / the day deadlines are judged on (default: today)');
}

/** The `--as-of` day as ISO, today when absent; a usage error quoting a day that is not one. */
export function asOfOf(value: unknown, lang: Lang): string {
  if (value === undefined) return todayIso();
  const day = typeof value === 'string' ? parseAsOf(value) : undefined;
  if (day !== undefined) return day;
  throw new UsageError(
    lang === 'vi'
      ? `--as-of cần một ngày có thật dạng YYYY-MM-DD (hoặc D/M/YYYY), không phải \`${String(value)}\``
      : `--as-of needs a real day as YYYY-MM-DD (or D/M/YYYY), not \`${String(value)}\``,
  );
}
