/**
 * The one normalisation from the answer key's task notation to the product's task ids, and the
 * one folding applied to both sides before ids are compared. Documented in
 * `test/fixtures/corpus/IDS.md`; nothing else in the scorer makes ids alike.
 */

/** `PL 5`, `PL5`, `PL-5`, `pl.5` (an appendix row) all print as `PL.5`. */
const APPENDIX = /^(?:PL|Phụ lục)\s*[.\-\s]?\s*(?=\d)/iu;

/**
 * The product id of a key id:
 * - `Đ3.2.a` → `3.2.a` (Điều 3 khoản 2 điểm a: the Điều number leads, as the document numbers it);
 * - `3·2` → `3-2` (2nd dash under item 3: the product's positional child `-n`), `Đ2.2·1` → `2.2-1`;
 * - `1.8·1+2` → `1.8-1-2` (a "+" bullet is a positional child of the dash above it);
 * - `¶4` → `0-4`, `V.¶8` → `V-8`, `¶1.2` → `0-1-2` (an unnumbered paragraph: the positional id
 *   of the body, or of the section, counted as the key counts);
 * - `PL 5` → `PL.5`, `PL 5·1` → `PL.5-1`, `Đ1 PL 3` → `PL.3` (a row of the appendix table);
 * - `II.1.b`, `IV.3`, `2` stay as they are; Vietnamese letters (`đ`) are kept.
 */
export function productId(key: string): string {
  let s = key.normalize('NFC').trim();
  s = s.replace(/^Đ\d+\s+(?=PL\b)/u, ''); // "Đ1 PL 3": the appendix of Điều 1
  s = s.replace(/^Đ(?=\d)/u, '');
  s = s.replace(/^¶/u, '0-').replace(/\.¶/gu, '-');
  if (/^0-\d+\.\d+$/u.test(s)) s = s.replace('.', '-');
  s = s.replace(/[·+]/gu, '-');
  return canonicalId(s);
}

/** The folding applied to the key's id (after `productId`) and to the importer's id alike: NFC, trimmed, one spelling of the appendix prefix. */
export function canonicalId(id: string): string {
  const s = id.normalize('NFC').trim();
  return APPENDIX.test(s) ? s.replace(APPENDIX, 'PL.') : s;
}

/**
 * A key id that names several rows, expanded: `Đ3.2.a–d` → `Đ3.2.a`…`Đ3.2.d`, `3·1–3·4`,
 * `Đ2.2·3–·5`, `Đ4.1–4.7`, `1–5`, `¶1–¶2`. One id is returned as it is.
 */
export function expandRange(key: string): string[] {
  const m = /^(.*?)([0-9]+|[a-zđ])\s*[–-]\s*(?:.*?)([0-9]+|[a-zđ])$/u.exec(key.normalize('NFC').trim());
  if (!m || !/[–]/u.test(key)) return [key];
  const [, head = '', from = '', to = ''] = m;
  if (/^\d+$/u.test(from) && /^\d+$/u.test(to)) {
    const out: string[] = [];
    for (let k = Number(from); k <= Number(to); k++) out.push(`${head}${k}`);
    return out;
  }
  const letters = 'abcdđefghiklmnopqrstuvxy';
  const i = letters.indexOf(from);
  const j = letters.indexOf(to);
  if (i < 0 || j < i) return [key];
  return [...letters.slice(i, j + 1)].map((l) => `${head}${l}`);
}
