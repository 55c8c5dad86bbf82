import { formatPercent } from '../matrix/coverage.js';
import type { StatusCounts } from '../matrix/aggregate.js';
import type { Coverage, MatrixCell } from '../matrix/types.js';
import { STATUS_MARK } from './matrix-labels.js';

/** A cell as text: its mark and the local task ids (`✓ 2.1`, `◐ 1-2/2026`, `✗`). */
export function cellText(cell: MatrixCell): string {
  if (cell.tasks.length === 0) return STATUS_MARK[cell.status];
  return `${STATUS_MARK[cell.status]} ${cell.tasks.join(', ')}`;
}

/**
 * A cell summing several documents: `✓` when every counted one is covered, else the number
 * missing and partly covered (`3✗ 1◐`); `↗n` for mirrors; `·` when nothing concerns them. With
 * a single document (`single`), the mark alone.
 */
export function groupCellText(c: StatusCounts, single = false): string {
  const n = (k: number): string => (single ? '' : String(k));
  const parts: string[] = [];
  if (c.missing > 0) parts.push(`${n(c.missing)}${STATUS_MARK.missing}`);
  if (c.partly > 0) parts.push(`${n(c.partly)}${STATUS_MARK.partly}`);
  if (parts.length > 0) return parts.join(' ');
  if (c.covered > 0) return STATUS_MARK.covered;
  if (c.mirrored > 0) return `${STATUS_MARK.mirrored}${n(c.mirrored)}`;
  if (c['not-applicable'] > 0) return STATUS_MARK['not-applicable'];
  if (c.unknown > 0) return `${n(c.unknown)}${STATUS_MARK.unknown}`;
  return STATUS_MARK.none;
}

/** The dominant status of a summed cell, for colouring. */
export function groupCellStatus(c: StatusCounts): keyof StatusCounts {
  if (c.missing > 0) return 'missing';
  if (c.partly > 0) return 'partly';
  if (c.covered > 0) return 'covered';
  if (c.mirrored > 0) return 'mirrored';
  if (c['not-applicable'] > 0) return 'not-applicable';
  if (c.unknown > 0) return 'unknown';
  return 'none';
}

/** `87.5` with the decimal separator of the language. */
export function percentText(cov: Coverage, lang: 'vi' | 'en'): string {
  const p = formatPercent(cov.percent);
  return lang === 'vi' ? p.replace('.', ',') : p;
}

/** A short column title for a province: "Gia Lai", "HC.Minh", "T.Hoá" — at most `width` characters. */
export function abbreviate(name: string, width: number): string {
  const n = name.normalize('NFC');
  if ([...n].length <= width) return n;
  const words = n.split(/\s+/);
  const last = words.pop() ?? n;
  const short = `${words.map((w) => [...w][0] ?? '').join('')}.${last}`;
  return [...short].length <= width ? short : [...short].slice(0, width).join('');
}
