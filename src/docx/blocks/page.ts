import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { LayoutProfile } from '../profile.js';
import { A4, mmToTwip, ptToHalfPoints } from '../units.js';

/** Text width in twips of a page: A4 less the left and right margins. */
export function textWidthTwip(profile: LayoutProfile, landscape = false): number {
  const paper = landscape ? A4.height : A4.width;
  return paper - mmToTwip(profile.marginsMm.left) - mmToTwip(profile.marginsMm.right);
}

function pageNumberHeader(profile: LayoutProfile): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: profile.font, size: ptToHalfPoints(profile.sizes.pageNumber) })],
      }),
    ],
  });
}

/**
 * A section's page: A4 (landscape for a wide appendix), the profile's margins, and the page
 * number centred in the top margin from the second page on: the first page gets a header of its
 * own (`titlePage`) that is empty. Numbering restarts at 1, so each appendix counts on its own.
 */
export function pageSetup(profile: LayoutProfile, landscape = false): Pick<ISectionOptions, 'properties' | 'headers'> {
  const m = profile.marginsMm;
  return {
    properties: {
      titlePage: true,
      page: {
        // docx swaps width and height itself for a landscape page.
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: mmToTwip(m.top),
          bottom: mmToTwip(m.bottom),
          left: mmToTwip(m.left),
          right: mmToTwip(m.right),
          header: mmToTwip(profile.pageNumberFromTopMm),
          footer: mmToTwip(10),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: pageNumberHeader(profile), first: new Header({ children: [new Paragraph({})] }) },
  };
}
