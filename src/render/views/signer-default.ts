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
  const hit = TITLES.find(([re]) => re.test(agencyName.normalize('NFC')));
  return hit ? { lines: [`KT. ${hit[1]}`, hit[2]] } : { lines: [] };
}
