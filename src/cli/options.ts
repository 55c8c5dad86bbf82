import { Option } from 'commander';
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
