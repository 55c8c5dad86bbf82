import { nfc } from '../text/normalize.js';
import { segment } from './blocks.js';
import { splitFootnotes } from './footnotes.js';
import { relocate, unfoldLayout } from './layout.js';
import { rejoin } from './rejoin.js';
import { readHeader } from './zone-head.js';

/** The date a letter prints in its header (ISO, partial in a draft), without reading its body. */
export function headerDate(source: string): string | undefined {
  const laid = unfoldLayout(nfc(source).split('\n'));
  const blocks = rejoin(relocate(segment(splitFootnotes(laid.lines).lines), laid.origin));
  return readHeader(blocks).parts.placeDate?.date;
}

/**
 * Letters in the order they were issued: by the date in their header (a draft's partial date
 * sorts before the full dates of its year), undated ones last in the order given.
 */
export function inDateOrder<T extends { readonly date: string | undefined }>(items: readonly T[]): T[] {
  return items
    .map((item, k) => ({ item, k }))
    .sort((a, b) => {
      const x = a.item.date;
      const y = b.item.date;
      if (x === undefined || y === undefined) return x === y ? a.k - b.k : x === undefined ? 1 : -1;
      return x < y ? -1 : x > y ? 1 : a.k - b.k;
    })
    .map((e) => e.item);
}
