import { z } from 'zod';
import { AgencyId } from './agency.js';
import { DocumentKind } from './kind.js';
import { PartialDate } from './date.js';
import { Citation, DocumentId } from './citation.js';
import { Node, Paragraphs, FieldsPrint } from './body.js';
import { AgencyRef, TaskRef } from './task.js';

/** Signing authority prefixes (thẩm quyền ký). */
export const SIGN_AUTHORITIES = ['KT', 'TM', 'TL', 'TUQ', 'Q'] as const;
export const SignAuthority = z.enum(SIGN_AUTHORITIES);

/** The signature block: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / name. */
export const Signer = z.strictObject({
  /** Authority lines printed above the signer's own, as written: `TM. ỦY BAN NHÂN DÂN` above `KT. CHỦ TỊCH`. */
  above: z.array(z.string().min(1)).optional(),
  authority: SignAuthority.optional(),
  /** The head on whose behalf one signs (`CHỦ TỊCH`), after the authority. */
  for: z.string().optional(),
  title: z.string().min(1),
  name: z.string().optional(),
});
export type Signer = z.infer<typeof Signer>;

/** A task declared not applicable at this level, with the reason shown instead of a gap. */
export const NotApplicable = z.strictObject({ task: TaskRef, reason: z.string().min(1) });
export type NotApplicable = z.infer<typeof NotApplicable>;

/** One document of the cascade. */
export const Document = z.strictObject({
  id: DocumentId,
  kind: DocumentKind,
  /** Number as issued; absent or empty in a draft (`Số:      /UBND-TH`). */
  number: z.string().optional(),
  symbol: z.string().optional(),
  issuer: AgencyId.optional(),
  /** The superior agency printed above the issuer, when it differs from the registry's. */
  superior: AgencyId.optional(),
  /** Header lines as printed, when the registry's names are not what the document prints. */
  header: z.strictObject({ superior: z.array(z.string()).optional(), issuer: z.array(z.string()).optional() }).optional(),
  place: z.string().optional(),
  date: PartialDate.optional(),
  subject: z.string().optional(),
  /** The body the document names to follow up its implementation (theo dõi, đôn đốc): 14/CT-TTg's 6 names
   * Bộ Nội vụ. Reminders are sent from it and reports go to it. */
  follow_up: AgencyId.optional(),
  /** Addressees (Kính gửi), in order. */
  to: z.array(AgencyRef).default([]),
  /** Documents this one implements: modelled or known only by citation. */
  implements: z.array(DocumentId).default([]),
  /** Every citation of another document in the text, as written. */
  cites: z.array(Citation).default([]),
  /** Legal bases (căn cứ), one per line, printed in italics. */
  bases: z.array(z.string()).optional(),
  /** Paragraphs before the numbered body. */
  preamble: Paragraphs.optional(),
  body: z.array(Node).default([]),
  /** Paragraphs after the numbered body (the closing request). */
  closing: Paragraphs.optional(),
  /** Footnotes by label, referenced as `[^label]` in any text. */
  footnotes: z.record(z.string(), z.string()).default({}),
  /** Default print style of the task fields. */
  fields: FieldsPrint.optional(),
  not_applicable: z.array(NotApplicable).default([]),
  signer: Signer.optional(),
  /** Distribution list (Nơi nhận) as written, without the leading `-` and trailing `;`. */
  distribution: z.array(z.string()).default([]),
  /** Attachments named in the text (biểu mẫu). */
  attachments: z.array(z.string()).optional(),
  /** Parts of the header or signature that the source text did not contain. */
  unknown: z.array(z.enum(['number', 'date', 'place', 'issuer', 'signer', 'subject'])).optional(),
});
export type Document = z.infer<typeof Document>;
