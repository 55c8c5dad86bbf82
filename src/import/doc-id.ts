import { KIND_CODES, type DocumentKind } from '../model/kind.js';
import { slugify } from '../text/slug.js';

/** What the id of an imported document is made of. */
export interface IdParts {
  readonly kind: DocumentKind;
  readonly number: string | undefined;
  readonly symbol: string | undefined;
  readonly date: string | undefined;
  /** Province slug of the issuer. */
  readonly province: string | undefined;
  /** Issuer id (`ho-chi-minh.sgddt`). */
  readonly issuer: string | undefined;
  /** Fallback: the source file's name. */
  readonly fileStem: string | undefined;
}

/**
 * The id of an imported document, as the hand-written ones read: a central typed document by its
 * code, number and issuer (`ct-14-ttg`); a provincial one by its province, the issuing department
 * when not the UBND, and its number (`gia-lai-5900`) or, for a draft, `draft` and its date
 * (`an-giang-draft-2026-05`).
 */
export function documentId(p: IdParts): string {
  const code = KIND_CODES[p.kind];
  const issuerKey = p.issuer?.includes('.') ? p.issuer.split('.').pop() : undefined;
  const local = p.province ? [p.province, ...(issuerKey && issuerKey !== 'ubnd' ? [issuerKey] : [])] : [];
  const number = p.number && p.number !== '' ? p.number : undefined;
  let parts: string[];
  if (local.length === 0 && code && number && p.symbol) parts = [code, number, ...p.symbol.split('-').slice(1)];
  else if (number) parts = [...local, ...(code && p.kind !== 'cong-van' ? [code] : []), number];
  else if (p.date) parts = [...local, ...(code ? [code] : []), 'draft', p.date];
  else parts = [...local, ...(code ? [code] : []), p.fileStem ?? 'van-ban'];
  const id = slugify(parts.join('-'));
  return id === '' ? 'van-ban' : id;
}
