import { nfc, stripDiacritics } from './normalize.js';

const MAX_FILE_NAME = 80;
const FALLBACK_FILE_NAME = 'van-ban';
// Names Windows refuses whatever their extension.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Lowercase ASCII words joined by `-`: "Tỉnh Gia Lai" → "tinh-gia-lai". */
export function slugify(s: string): string {
  return stripDiacritics(nfc(s))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of a province's name without "Tỉnh" / "Thành phố": "Thành phố Hồ Chí Minh" → "ho-chi-minh". */
export function provinceSlug(name: string): string {
  return slugify(name).replace(/^(?:tinh|thanh-pho|tp)-(?=.)/, '');
}

/**
 * A file name safe on every system: ASCII letters, digits, `.`, `_` and `-`, no path separators,
 * no "..", at most 80 characters with the extension kept, never empty.
 */
export function safeFileName(name: string): string {
  const ascii = stripDiacritics(nfc(name))
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    // Any run of dots and dashes with a dot in it becomes one dot: no "..", no "-.-".
    .replace(/[-.]*\.[-.]*/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const ext = /.(\.[A-Za-z0-9]{1,8})$/.exec(ascii)?.[1] ?? '';
  let stem = ascii
    .slice(0, ascii.length - ext.length)
    .slice(0, MAX_FILE_NAME - ext.length)
    .replace(/[-.]+$/, '');
  if (!stem) stem = FALLBACK_FILE_NAME;
  if (RESERVED.test(stem.split('.')[0] ?? '')) stem = `_${stem}`.slice(0, MAX_FILE_NAME - ext.length);
  return stem + ext;
}
