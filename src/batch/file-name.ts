import { basename } from 'node:path';
import { safeFileName, slugify } from '../text/slug.js';

// A name with no letter or digit at all ("..", "/") still gets a readable file.
const FALLBACK = 'don-vi';

/**
 * The file name of one recipient's document: the ASCII slug of the unit's name and its code
 * (`xa-ia-grai-24511.docx`). Both come from data files, so both are slugged: nothing in a name or a
 * code can add a directory, climb out of the output folder or hide the file.
 */
export function recipientFileName(name: string, code: string | undefined, ext = '.docx'): string {
  const stem = [slugify(name), code ? slugify(code) : ''].filter((s) => s !== '').join('-') || FALLBACK;
  const safe = safeFileName(`${stem}${ext}`);
  // safeFileName already strips separators; basename is the last guard against any path.
  return basename(safe);
}

/** Gives every name of a batch its own file: a second `x.docx` becomes `x-2.docx`. */
export function uniqueNames(): (fileName: string) => string {
  const seen = new Map<string, number>();
  return (fileName) => {
    const key = fileName.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n === 1) return fileName;
    const dot = fileName.lastIndexOf('.');
    const next = dot > 0 ? `${fileName.slice(0, dot)}-${n}${fileName.slice(dot)}` : `${fileName}-${n}`;
    seen.set(next.toLowerCase(), 1);
    return next;
  };
}
