import type { Signer } from '../model/document.js';
import { SIGN_AUTHORITIES } from '../model/document.js';
import { isUpperLine } from './header.js';

/** The signature block read from its lines, and the lines it did not use. */
export interface SignerRead {
  readonly signer: Signer;
  /** Lines of the block that are not part of the signature (notes, stray lines). */
  readonly extra: readonly string[];
}

// "TM. ỦY BAN NHÂN DÂN", and the Party's way of writing it: "T/M BỘ CHÍNH TRỊ", "K/T", "T/L".
const AUTHORITY = new RegExp(`^(${SIGN_AUTHORITIES.join('|')}|T/M|K/T|T/L)(?:\\.\\s*|(?<=/\\p{Lu})\\s+)(.+)$`, 'u');
const authorityOf = (printed: string): Signer['authority'] => printed.replace('/', '') as Signer['authority'];
// Lines a copy of a signed letter carries in place of the signature.
const SEAL = /^\(?\s*(?:đã ký|ký|ký, đóng dấu|ký tên, đóng dấu|ký và ghi rõ họ tên|đã ký và đóng dấu)\s*\)?$/iu;

/** Reads `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / name, or `CHỦ TỊCH` / name; undefined when it is not one. */
export function readSigner(lines: readonly string[]): SignerRead | undefined {
  const clean = lines.map((l) => l.replace(/\*\*|__/g, '').trim()).filter((l) => l !== '' && !SEAL.test(l));
  const extra: string[] = [];
  const above: string[] = [];
  let authority: Signer['authority'];
  let forWhom: string | undefined;
  let i = 0;
  while (i < clean.length) {
    const m = AUTHORITY.exec(clean[i] ?? '');
    if (!m) break;
    // Two authorities ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"): the last one is the signer's, the others print above it.
    if (authority) above.push(`${authority}. ${forWhom ?? ''}`.trim());
    authority = authorityOf(m[1] ?? '');
    forWhom = m[2]?.trim();
    i++;
  }
  const title = clean[i];
  if (!title || !isUpperLine(title)) return undefined;
  const name = clean.slice(i + 1).find((l) => !isUpperLine(l) && /^\p{Lu}/u.test(l) && l.split(/\s+/).length <= 6);
  // Two columns read one after the other put "T/M BỘ CHÍNH TRỊ" after the title it stands above.
  const late = authority ? undefined : clean.slice(i + 1).map((l) => AUTHORITY.exec(l)).find((m) => m !== null);
  if (late) {
    authority = authorityOf(late[1] ?? '');
    forWhom = late[2]?.trim();
  }
  const rest = clean.slice(i + 1).filter((l) => l !== name && l !== late?.[0]);
  extra.push(...rest);
  const signer: Signer = {
    ...(above.length > 0 ? { above } : {}),
    ...(authority ? { authority } : {}),
    ...(forWhom ? { for: forWhom } : {}),
    title,
    ...(name ? { name } : {}),
  };
  return { signer, extra };
}

/** Whether a line opens a signature block. */
export function opensSignature(line: string): boolean {
  return AUTHORITY.test(line.replace(/\*\*|__/g, '').trim());
}
