import { dateCell } from '../../figures/cells.js';
import type { Lang } from '../../report/diagnostic.js';
import { UsageError } from '../io.js';

/** A date option (`30/6/2026` or `2026-06-30`) as an ISO date; a value that is not a date is a usage error. */
export function isoDateOption(value: string | undefined, flag: string, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const iso = dateCell(value);
  if (!iso) throw new UsageError(lang === 'vi' ? `${flag} cần một ngày như 30/6/2026` : `${flag} needs a date such as 30/6/2026`);
  return iso;
}
