import type { Slot } from './sentinel.js';

/** Field values of one recipient, by field name. */
export type FieldValues = Readonly<Record<string, string>>;

/** One zip entry that holds fields: its text cut at the holes, and which field fills each hole. */
export interface HoledEntry {
  readonly name: string;
  /** One more than `slots`. */
  readonly parts: readonly string[];
  /** The field filling each hole (an index into the template's `fields`) and its case. */
  readonly slots: readonly Slot[];
}

/**
 * A document compiled once for many recipients: the packed .docx with sentinels where the fields go,
 * and the entries to fill. Plain data (structured-cloneable), so it can be sent to worker threads.
 */
export interface DocxTemplate {
  readonly fields: readonly string[];
  readonly packed: Uint8Array;
  readonly holes: readonly HoledEntry[];
}
