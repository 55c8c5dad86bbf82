import type { Document } from '../../model/document.js';
import type { KnownDocument } from '../../model/citation.js';
import type { DocumentKind } from '../../model/kind.js';
import { nfc } from '../../text/normalize.js';
import type { AgencyRegistry } from '../agencies.js';
import { shortDate } from '../dates.js';

/** Kind names in running text ("Chỉ thị số 14/CT-TTg"). */
export const KIND_NAMES: Readonly<Record<DocumentKind, string>> = {
  'chi-thi': 'Chỉ thị',
  'quyet-dinh': 'Quyết định',
  'cong-van': 'Công văn',
  'ke-hoach': 'Kế hoạch',
  'bao-cao': 'Báo cáo',
  'cong-dien': 'Công điện',
  'to-trinh': 'Tờ trình',
  'thong-bao': 'Thông báo',
  'nghi-quyet': 'Nghị quyết',
  luat: 'Luật',
  'nghi-dinh': 'Nghị định',
  'thong-tu': 'Thông tư',
};

/** What a citation reads of a document, modelled or known by citation. */
export type Citable = Pick<Document | KnownDocument, 'kind' | 'number' | 'symbol' | 'date' | 'issuer' | 'subject'>;

/** The registry and the documents a view can cite. */
export interface CitationSource extends AgencyRegistry {
  readonly documentsById: ReadonlyMap<string, Document>;
  readonly known: ReadonlyMap<string, KnownDocument>;
}

/** A document by id, modelled or known. */
export function citable(id: string, source: CitationSource): Citable | undefined {
  return source.documentsById.get(id) ?? source.known.get(id);
}

/** `ngày 22/4/2026`; a draft's partial date `tháng 5/2026`, `năm 2026`. */
function datePhrase(date: string): string {
  if (/^\d{4}$/.test(date)) return `năm ${date}`;
  if (/^\d{4}-\d{2}$/.test(date)) return `tháng ${shortDate(date)}`;
  return `ngày ${shortDate(date)}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** `số 14/CT-TTg` (a draft: `số      /UBND-TH`). */
export function numberSymbol(doc: Pick<Citable, 'number' | 'symbol'>): string {
  const n = doc.number?.trim() ? doc.number.trim() : '     ';
  return doc.symbol ? `số ${n}/${doc.symbol}` : doc.number ? `số ${n}` : '';
}

/**
 * A citation as letters write it: `Chỉ thị số 14/CT-TTg ngày 22/4/2026 của Thủ tướng Chính phủ`,
 * with the subject after it when `withSubject` (`… về đẩy mạnh bồi dưỡng …`). An agency citing its
 * own document (`writer`) leaves out the `của …`.
 */
export function citation(doc: Citable, source: AgencyRegistry, withSubject = false, writer?: string): string {
  const parts = [KIND_NAMES[doc.kind], numberSymbol(doc)];
  if (doc.date) parts.push(datePhrase(doc.date));
  const issuer = doc.issuer && doc.issuer !== writer ? (source.agencies.get(doc.issuer)?.name ?? source.groups.get(doc.issuer)?.name) : undefined;
  if (issuer) parts.push(`của ${issuer}`);
  const text = parts.filter((p) => p !== '').join(' ');
  if (!withSubject || !doc.subject) return nfc(text);
  const subject = lowerFirst(nfc(doc.subject).trim());
  return nfc(`${text} ${/^(về|v\/v)\s/u.test(subject) ? subject.replace(/^v\/v/u, 'về') : `về ${subject}`}`);
}
