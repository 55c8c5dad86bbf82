import type { SignerBlock } from '../../docx/layout-input.js';

// The head and deputy titles by the kind of agency its name starts with.
const TITLES: readonly [RegExp, string, string][] = [
  [/^Bộ\s/u, 'BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
  [/^Sở\s/u, 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
  [/^Ủy ban nhân dân\s/iu, 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  [/^Thủ tướng/u, 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG'],
];

/**
 * The signature block a draft from an agency usually carries: a deputy signing for the head
 * (`KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`), the name left blank to be filled in; blank for an agency
 * whose titles are not known.
 */
export function deputySigner(agencyName: string): SignerBlock {
  const name = agencyName.normalize('NFC');
  const hit = TITLES.find(([re]) => re.test(name));
  // A people's committee signs as a collective body: `TM. ỦY BAN NHÂN DÂN` above the chair's titles.
  const collective = /^Ủy ban nhân dân\s/iu.test(name) ? ['TM. ỦY BAN NHÂN DÂN'] : [];
  return hit ? { lines: [...collective, `KT. ${hit[1]}`, hit[2]] } : { lines: [] };
}

/** What an unsigned block tells the signer to do (the forms of Decree 30). */
export const SIGN_HINT = '(Ký, ghi rõ họ tên, đóng dấu)';

/** The signature block of a document the tool drafts for an agency: the deputy's titles, a blank name and the hint. */
export function draftSigner(agencyName: string): SignerBlock {
  return { ...deputySigner(agencyName), hint: SIGN_HINT };
}
