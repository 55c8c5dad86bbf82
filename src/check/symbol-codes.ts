import type { Cascade } from '../load/cascade.js';
import { KIND_CODES } from '../model/kind.js';

/**
 * The codes a symbol is made of (`QĐ-UBND` → `QĐ`, `UBND`; `2025/QĐ-UNBD` → `QĐ`, `UNBD`), and a
 * code that reads as a known one with two neighbouring letters swapped: "05/2025/QĐ-UNBD" in QĐ
 * 1883 and 2867 of Lào Cai (corpus g01) for the province's own `QĐ-UBND`; or a type code and a
 * code in use written as one ("181/2024/NĐCP" in Lào Cai's 2025 letter for `NĐ-CP`).
 */

/** The codes of a number and symbol as printed: the part after the last "/", split at "-". */
export function codesOf(numberAndSymbol: string): string[] {
  const tail = numberAndSymbol.normalize('NFC').split('/').at(-1) ?? '';
  return tail.split('-').map((c) => c.trim()).filter((c) => c.length > 0);
}

const fold = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

/** The type codes of the kinds of document (`CT`, `QĐ`, `NĐ`, `TTr`), folded to capitals → as written. */
const TYPE_CODES: ReadonlyMap<string, string> = new Map(
  Object.values(KIND_CODES).flatMap((c) => (c === undefined ? [] : [[c.normalize('NFC').toLocaleUpperCase('vi'), c] as const])),
);

/** Codes in use in the cascade, folded to capitals → as written: the type codes, those of the modelled documents' own symbols, and the registry's short names (`UBND`, `SCT`, `VPCP`). */
export function codesInUse(cascade: Cascade): ReadonlyMap<string, string> {
  const codes = new Map<string, string>(TYPE_CODES);
  for (const doc of cascade.documents) for (const c of codesOf(doc.symbol ?? '')) if (!codes.has(fold(c))) codes.set(fold(c), c);
  for (const a of cascade.agencies.values()) {
    for (const v of a.variants) if (/^[\p{Lu}&][\p{L}&]+$/u.test(v) && /^[\p{Lu}&]{2,}/u.test(v) && !codes.has(fold(v))) codes.set(fold(v), v);
  }
  return codes;
}

/** Is `b` `a` with two neighbouring letters swapped? */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === (diff[0] ?? -9) + 1 && a[diff[0] ?? 0] === b[diff[1] ?? 0] && a[diff[1] ?? 0] === b[diff[0] ?? 0];
}

/**
 * A code of the symbol that no document or registry entry uses and that is a code in use with two
 * neighbouring letters swapped (four letters or more: `SCT` and `STC` are two real Sở). Returns the
 * code as printed and the code it is likely meant to be.
 */
export function swappedCode(numberAndSymbol: string, inUse: ReadonlyMap<string, string>): { found: string; likely: string } | undefined {
  for (const code of codesOf(numberAndSymbol)) {
    const c = fold(code);
    if (c.length < 4 || inUse.has(c)) continue;
    for (const [known, written] of inUse) if (swapped(c, known)) return { found: code, likely: written };
  }
  return undefined;
}

/** A code mistyped: as printed, the code it is likely meant to be, and how it went wrong. */
export interface CodeTypo {
  readonly found: string;
  readonly likely: string;
  /** Two neighbouring letters swapped (`UNBD`), or a type code and a code run together (`NĐCP`). */
  readonly how: 'swapped' | 'joined';
}

/**
 * The code of a symbol without hyphens that no document or registry entry uses and that is a type
 * code and a code in use run together (`NĐCP` for `NĐ-CP`, `QĐUBND` for `QĐ-UBND`).
 */
export function joinedCode(numberAndSymbol: string, inUse: ReadonlyMap<string, string>): { found: string; likely: string } | undefined {
  // Only a symbol with no hyphen at all: one that has some was written by someone who uses them
  // (`KHĐT-VP` is the Sở's code, not "KH" and "ĐT").
  const codes = codesOf(numberAndSymbol);
  if (codes.length !== 1) return undefined;
  for (const code of codes) {
    const c = fold(code);
    if (inUse.has(c)) continue;
    for (const [type, written] of TYPE_CODES) {
      const rest = c.startsWith(type) ? c.slice(type.length) : '';
      const second = rest.length >= 2 ? inUse.get(rest) : undefined;
      if (second !== undefined) return { found: code, likely: `${written}-${second}` };
    }
  }
  return undefined;
}

/** A code swapped or run together (see `swappedCode`, `joinedCode`). */
export function mistypedCode(numberAndSymbol: string, inUse: ReadonlyMap<string, string>): CodeTypo | undefined {
  const swap = swappedCode(numberAndSymbol, inUse);
  if (swap) return { ...swap, how: 'swapped' };
  const joined = joinedCode(numberAndSymbol, inUse);
  return joined ? { ...joined, how: 'joined' } : undefined;
}

/** The number and symbol with the swapped code put right (`05/2025/QĐ-UNBD` → `05/2025/QĐ-UBND`). */
export function withCode(numberAndSymbol: string, typo: { found: string; likely: string }): string {
  const cut = numberAndSymbol.lastIndexOf('/');
  return numberAndSymbol.slice(0, cut + 1) + numberAndSymbol.slice(cut + 1).replace(typo.found, typo.likely);
}
