import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { SignerBlock } from '../layout-input.js';
import type { LayoutProfile } from '../profile.js';
import { borderlessTable, splitWidth } from './borderless.js';
import { lineParagraph } from './line.js';
import { punctuateItems } from './punctuation.js';

/** Empty lines left for the signature and the seal between the title and the name. */
const SIGNATURE_ROOM_LINES = 4;
const GAP_PT = 12;

function distributionCell(items: readonly string[], profile: LayoutProfile): Paragraph[] {
  const { distributionLabel, distributionItem } = profile.sizes;
  const left = { alignment: AlignmentType.LEFT } as const;
  return [
    lineParagraph('Nơi nhận:', { ...left, sizePt: distributionLabel, bold: true, italics: true, beforePt: GAP_PT }, profile),
    ...punctuateItems(items).map((item) => lineParagraph(`- ${item}`, { ...left, sizePt: distributionItem }, profile)),
  ];
}

function signerCell(signer: SignerBlock, profile: LayoutProfile): Paragraph[] {
  const style = { sizePt: profile.sizes.signer, bold: true };
  const named = (signer.name ?? '').trim() !== '';
  // Authority and title bold; without a name, the hint in italics under them (Decree 30's forms).
  const lines = [
    ...signer.lines.map((text) => ({ text, style })),
    ...(!named && signer.hint ? [{ text: signer.hint, style: { sizePt: profile.sizes.signer, italics: true } }] : []),
  ];
  const [first, ...rest] = lines.length > 0 ? lines : [{ text: '', style }];
  return [
    lineParagraph(first?.text ?? '', { ...first?.style, sizePt: profile.sizes.signer, beforePt: GAP_PT }, profile),
    ...rest.map((l) => lineParagraph(l.text, l.style, profile)),
    ...Array.from({ length: SIGNATURE_ROOM_LINES }, () => lineParagraph('', style, profile)),
    lineParagraph(signer.name ?? '', style, profile),
  ];
}

/**
 * The bottom block, a borderless two-column table: `Nơi nhận:` (bold italic 12) and its items
 * (11, `- X;` … `- Lưu: VT, C6.`) on the left, level with the signature block on the right
 * (authority and title bold, centred, room for signature and seal, the name bold).
 */
export function signatureTable(distribution: readonly string[], signer: SignerBlock, profile: LayoutProfile, widthTwip: number): Table {
  const [left, right] = splitWidth(widthTwip, profile.bottomLeft);
  return borderlessTable([left, right], [[distributionCell(distribution, profile), signerCell(signer, profile)]]);
}
