import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { OfficialDocHeader } from '../layout-input.js';
import type { LayoutProfile } from '../profile.js';
import { textWidthPt, type FontWeight } from '../text-width.js';
import { ptToTwip } from '../units.js';
import type { WarningSink } from '../warnings.js';
import { borderlessTable, innerWidth, splitWidth } from './borderless.js';
import { dateLine, numberLine } from './header-text.js';
import { lineParagraph } from './line.js';
import { keepPhrases } from './phrases.js';
import { ruleParagraph } from './rule.js';

/** The national title and motto, fixed by the decree. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

// With the agency unknown, the letterhead keeps two blank bold lines and a rule of this share of the cell.
const BLANK_ISSUER_LINES = 2;
const BLANK_ISSUER_SHARE = 0.6;

function widestTwip(lines: readonly string[], sizePt: number): number {
  return ptToTwip(Math.max(0, ...lines.map((l) => textWidthPt(l, sizePt, 'bold'))));
}

function warnIfWider(lines: readonly string[], sizePt: number, weight: FontWeight, cellTwip: number, warnings: WarningSink): void {
  for (const line of lines) {
    if (ptToTwip(textWidthPt(line, sizePt, weight)) > cellTwip) {
      warnings.add('header-overflow', {
        vi: `Dòng tiêu đề "${line}" rộng hơn cột của nó và sẽ xuống dòng; chỉnh tỷ lệ cột (headerLeft) hoặc cỡ chữ`,
        en: `Header line "${line}" is wider than its column and will wrap; adjust the split (headerLeft) or the size`,
      });
    }
  }
}

function agencyCell(header: OfficialDocHeader, profile: LayoutProfile, cellTwip: number, warnings: WarningSink): Paragraph[] {
  const { superior: superiorSize, issuer: issuerSize } = profile.sizes;
  const superior = (header.superior ?? []).map((l) => lineParagraph(l, { sizePt: superiorSize }, profile));
  const known = header.issuer.filter((l) => l.trim() !== '');
  warnIfWider(header.superior ?? [], superiorSize, 'regular', cellTwip, warnings);
  warnIfWider(known, issuerSize, 'bold', cellTwip, warnings);
  const issuer =
    known.length > 0
      ? known.map((l) => lineParagraph(l, { sizePt: issuerSize, bold: true }, profile))
      : Array.from({ length: BLANK_ISSUER_LINES }, () => lineParagraph('', { sizePt: issuerSize, bold: true }, profile));
  const textTwip = known.length > 0 ? widestTwip(header.ruleUnder ? [header.ruleUnder] : known, issuerSize) : cellTwip * BLANK_ISSUER_SHARE;
  return [...superior, ...issuer, ruleParagraph(Math.round(textTwip * profile.ruleRatio), cellTwip)];
}

function nationalCell(profile: LayoutProfile, cellTwip: number, warnings: WarningSink): Paragraph[] {
  const { nationalTitle, motto } = profile.sizes;
  warnIfWider([NATIONAL_TITLE], nationalTitle, 'bold', cellTwip, warnings);
  return [
    lineParagraph(NATIONAL_TITLE, { sizePt: nationalTitle, bold: true }, profile),
    lineParagraph(MOTTO, { sizePt: motto, bold: true }, profile),
    // The decree: a solid line under the motto as long as the motto.
    ruleParagraph(widestTwip([MOTTO], motto), cellTwip),
  ];
}

const GAP_PT = 6;
/** The dotted blank a công văn's subject prints when it is not known. */
export const BLANK_SUBJECT = '.'.repeat(36);

function numberCell(header: OfficialDocHeader, profile: LayoutProfile): Paragraph[] {
  const number = lineParagraph(numberLine(header.number, header.symbol), { sizePt: profile.sizes.number, beforePt: GAP_PT }, profile);
  // A công văn has no type name: its subject sits under the number, 6 pt below it.
  if (header.kindTitle) return [number];
  // An unknown subject leaves a dotted line to write it in, never a bare `V/v`.
  const text = header.subject.trim() === '' ? BLANK_SUBJECT : keepPhrases(header.subject.trim());
  const subject = lineParagraph(`V/v ${text}`, { sizePt: profile.sizes.letterSubject, beforePt: GAP_PT }, profile);
  return [number, subject];
}

function dateCell(header: OfficialDocHeader, profile: LayoutProfile): Paragraph[] {
  const style = { sizePt: profile.sizes.date, italics: true, beforePt: GAP_PT, alignment: AlignmentType.CENTER };
  return [lineParagraph(dateLine(header.place, header.date), style, profile)];
}

/**
 * The first-page header, a borderless two-column table: agency (superior not bold, issuer bold,
 * a short line under it) beside the national title and motto (with a line as long as the motto);
 * then the number (and a công văn's `V/v` subject) beside the place and date, on one level.
 */
export function headerTable(header: OfficialDocHeader, profile: LayoutProfile, widthTwip: number, warnings: WarningSink): Table {
  const [left, right] = splitWidth(widthTwip, profile.headerLeft);
  return borderlessTable(
    [left, right],
    [
      [agencyCell(header, profile, innerWidth(left), warnings), nationalCell(profile, innerWidth(right), warnings)],
      [numberCell(header, profile), dateCell(header, profile)],
    ],
  );
}
