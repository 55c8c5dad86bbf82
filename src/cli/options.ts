import { Option } from 'commander';
import { parseAsOf, todayIso } from '../check/as-of.js';
import { UsageError } from './io.js';
import type { Lang } from '../report/diagnostic.js';

/** The output languages. */
export const LANGS = ['vi', 'en'] as const satisfies readonly Lang[];

/** The language a command line asks for before any command parses it: `--lang` anywhere, then `CASCADE_LANG`, then Vietnamese. */
export function requestedLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--lang' && argv[i + 1] !== undefined) return argv[i + 1] ?? 'vi';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  const fromEnv = env['CASCADE_LANG']?.trim();
  return fromEnv ? fromEnv : 'vi';
}

/** Whether a string names one of the output languages. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

let defaultLang: Lang = 'vi';

/** Sets the default of every command's `--lang` (from a global `--lang` or `CASCADE_LANG`). */
export function setDefaultLang(lang: Lang): void {
  defaultLang = lang;
}

/** `--lang vi|en`, Vietnamese unless `CASCADE_LANG` or a global `--lang` says otherwise: every command takes it. */
export function langOption(): Option {
  return new Option('--lang <lang>', 'ngôn ngữ thông báo / language of messages (CASCADE_LANG)').choices(LANGS).default(defaultLang);
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
