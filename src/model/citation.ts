import { z } from 'zod';
import { AgencyId } from './agency.js';
import { DocumentKind } from './kind.js';
import { PartialDate } from './date.js';

/** Document ids: `ct-14-ttg`, `gia-lai-5900`. */
export const DocumentId = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'một mã văn bản dạng `gia-lai-5900`');
export type DocumentId = z.infer<typeof DocumentId>;

/** A document that is known only by its citation (number, date, issuer, subject), not modelled. */
export const KnownDocument = z.strictObject({
  id: DocumentId,
  kind: DocumentKind,
  number: z.string().optional(),
  symbol: z.string().optional(),
  date: PartialDate.optional(),
  issuer: AgencyId.optional(),
  /** Signed by, when it matters ("Bộ trưởng Bộ Giáo dục và Đào tạo"). */
  signer: z.string().optional(),
  subject: z.string().optional(),
  /** Documents this one implements (ids of modelled or known documents). */
  implements: z.array(DocumentId).optional(),
});
export type KnownDocument = z.infer<typeof KnownDocument>;

/** The known-documents file (`directives/registry/documents.yaml`). */
export const KnownDocumentsFile = z.strictObject({ documents: z.array(KnownDocument) });
export type KnownDocumentsFile = z.infer<typeof KnownDocumentsFile>;

/**
 * One citation inside a document, as written there: `757/QĐ-BKHHCN ngày 29/4/2025`.
 * `ref` names the document meant; the audit compares what is written with it.
 */
export const Citation = z.strictObject({
  ref: DocumentId,
  /** Number and symbol exactly as printed (`757/QĐ-BKHHCN`, `14 /CT-TTg`). */
  as: z.string().optional(),
  /** Date as printed, as a date. */
  date: PartialDate.optional(),
});
export type Citation = z.infer<typeof Citation>;
