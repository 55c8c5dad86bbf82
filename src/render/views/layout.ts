import type { OfficialDocHeader, SignerBlock } from '../../docx/layout-input.js';
import type { Document, Signer } from '../../model/document.js';
import { KIND_TITLES } from '../../model/kind.js';
import { nfc } from '../../text/normalize.js';
import { headerLines, nameAgency, type AgencyRegistry } from '../agencies.js';
import { docDate } from '../dates.js';
import { RenderError } from '../render-error.js';
import { SIGN_HINT, draftSigner } from './signer-default.js';

/** The parts of a document the layout prints outside the Markdown body: header, recipients, signature, distribution. */
export interface LayoutParts {
  readonly header: OfficialDocHeader;
  readonly to: readonly string[];
  readonly bases: readonly string[];
  readonly signer: SignerBlock;
  readonly distribution: readonly string[];
}

type Unknown = NonNullable<Document['unknown']>[number];

function isUnknown(doc: Document, part: Unknown): boolean {
  return doc.unknown?.includes(part) ?? false;
}

function agencyName(id: string | undefined, registry: AgencyRegistry): string | undefined {
  return id === undefined ? undefined : nameAgency(id, registry).name;
}

/** The superior printed above the issuer: the document's own, else the registry's superior of the issuer. */
function superiorLines(doc: Document, registry: AgencyRegistry): string[] {
  if (doc.header?.superior) return doc.header.superior.map(nfc);
  const issuer = doc.issuer ? registry.agencies.get(doc.issuer) : undefined;
  const id = doc.superior ?? issuer?.superior;
  const name = agencyName(id, registry);
  return name ? headerLines(name) : [];
}

function issuerLines(doc: Document, registry: AgencyRegistry): string[] {
  if (doc.header?.issuer) return doc.header.issuer.map(nfc);
  if (isUnknown(doc, 'issuer')) return [];
  const name = agencyName(doc.issuer, registry);
  return name ? headerLines(name) : [];
}

// "Ủy ban nhân dân tỉnh Gia Lai" → "Gia Lai"; a city keeps its word ("Thành phố Hồ Chí Minh").
const PROVINCE_OF_UBND = /(?:\btỉnh\s+)(.+)$|\b(thành phố\s+.+)$/iu;

/** The place on the date line: the document's, else the issuer's province as the province's committee names it. */
export function placeOf(doc: Document, registry: AgencyRegistry): string | undefined {
  if (doc.place) return nfc(doc.place);
  if (isUnknown(doc, 'place')) return undefined;
  const issuer = doc.issuer ? registry.agencies.get(doc.issuer) : undefined;
  // The central agencies sit in the capital.
  if (issuer?.level === 'central') return 'Hà Nội';
  const province = issuer?.province;
  const ubnd = province ? registry.agencies.get(`${province}.ubnd`)?.name : undefined;
  const m = ubnd ? PROVINCE_OF_UBND.exec(ubnd) : null;
  const place = m?.[1] ?? m?.[2];
  return place ? place.charAt(0).toLocaleUpperCase('vi') + place.slice(1) : undefined;
}

/** The header of a document from its model and the registry; a draft's and an unknown part's blanks stay blank. */
export function headerOf(doc: Document, registry: AgencyRegistry, subject = doc.subject): OfficialDocHeader {
  const superior = superiorLines(doc, registry);
  return {
    ...(superior.length > 0 ? { superior } : {}),
    issuer: issuerLines(doc, registry),
    number: isUnknown(doc, 'number') ? undefined : doc.number,
    symbol: doc.symbol,
    place: placeOf(doc, registry),
    date: isUnknown(doc, 'date') ? undefined : docDate(doc.date),
    kindTitle: KIND_TITLES[doc.kind],
    subject: isUnknown(doc, 'subject') ? '' : nfc(subject ?? ''),
  };
}

/** `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` and the name; without an authority, the title alone. */
export function signerLines(signer: Signer): string[] {
  const up = (s: string) => nfc(s).trim().toLocaleUpperCase('vi');
  const above = (signer.above ?? []).map(up);
  if (!signer.authority) return [...above, up(signer.title)];
  const head = signer.for ? `${signer.authority}. ${up(signer.for)}` : `${signer.authority}.`;
  return [...above, head, up(signer.title)];
}

/**
 * The signature block. A document without a signer is an error unless it says the signer is not
 * known (`unknown: [signer]`), in which case the block carries the issuer's usual titles for a
 * draft (a deputy signing for the head), a blank name and the hint `(Ký, ghi rõ họ tên, đóng dấu)`.
 */
export function signerOf(doc: Document, registry?: AgencyRegistry): SignerBlock {
  if (doc.signer) return { lines: signerLines(doc.signer), name: doc.signer.name ? nfc(doc.signer.name) : undefined };
  if (isUnknown(doc, 'signer')) {
    const issuer = registry && doc.issuer && !isUnknown(doc, 'issuer') ? agencyName(doc.issuer, registry) : undefined;
    return issuer ? draftSigner(issuer) : { lines: [], hint: SIGN_HINT };
  }
  throw new RenderError({
    vi: `Văn bản \`${doc.id}\` chưa có người ký (\`signer\`): thêm \`signer\`, hoặc ghi \`unknown: [signer]\` để in khoảng trống ký tay`,
    en: `Document \`${doc.id}\` has no signer (\`signer\`): add one, or write \`unknown: [signer]\` to leave the block blank`,
  });
}

/** Everything the layout prints around the body of a modelled document. */
export function layoutOf(doc: Document, registry: AgencyRegistry): LayoutParts {
  return {
    header: headerOf(doc, registry),
    // Each addressee once, however many times the YAML names it.
    to: [...new Set(doc.to.map((ref) => nameAgency(ref, registry).name))],
    bases: (doc.bases ?? []).map(nfc),
    signer: signerOf(doc, registry),
    distribution: doc.distribution.map(nfc),
  };
}
