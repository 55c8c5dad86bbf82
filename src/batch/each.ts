import type { FieldValues } from '../docx/fill/template.js';
import type { OfficialDocInput } from '../docx/layout-input.js';
import type { LayoutProfileInput } from '../docx/profile.js';
import type { Cascade } from '../load/cascade.js';
import type { Document } from '../model/document.js';
import { assemble } from '../render/assemble.js';
import type { TemplateSet } from '../render/template-set.js';
import { prepareForm } from '../render/views/bieu-mau.js';
import { prepareDocument, type Prepared } from '../render/views/document.js';
import { prepareReminder } from '../render/views/don-doc.js';
import type { ReminderItem } from '../render/views/reminder-items.js';
import type { BatchItem } from './compile-keys.js';
import { generateBatch, type BatchResult } from './generate.js';
import { nameShape } from './name-shape.js';
import { withAgencyName } from './overlay.js';
import type { Progress } from './progress.js';
import type { Recipient } from './recipients.js';

/** What `--each` writes for every recipient: the letter itself, the blank form, or a reminder. */
export const EACH_KINDS = ['cong-van', 'chi-thi', 'de-xuat', 'bieu-mau', 'don-doc'] as const;
export type EachKind = (typeof EACH_KINDS)[number];

/** One reminder's subject for one recipient: what the letter asks it to put right. */
export interface EachReminder {
  /** The problem, in words for a letter (`tỷ lệ hoàn thành 45,0%, thấp hơn mức cần đạt 60,0%`). */
  readonly problem: string;
  readonly task?: string | undefined;
  /** The agency that sends it (default: the letter's issuer). */
  readonly sender?: string | undefined;
  /** The document the problem is about (default: the letter). */
  readonly document?: string | undefined;
}

/** A batch over the recipients of a group. */
export interface EachInput {
  readonly kind: EachKind;
  /** The letter the documents come from (its issuer signs them). */
  readonly doc: Document;
  readonly recipients: readonly Recipient[];
  /** The group the recipients are the members of (`--each gia-lai.ubnd-xa`): what the letter names. */
  readonly group?: string | undefined;
  readonly cascade: Cascade;
  readonly templates: TemplateSet;
  readonly profile?: LayoutProfileInput | undefined;
  readonly outDir: string;
  readonly force?: boolean | undefined;
  readonly threads?: number | undefined;
  readonly progress?: Progress | undefined;
  /** For `don-doc`: each recipient's problem, by agency id; a recipient without one is reminded to report. */
  readonly reminders?: ReadonlyMap<string, EachReminder> | undefined;
  /** Printed above every document's header (`DỰ THẢO — CÒN LỖI` with `--allow-errors`). */
  readonly banner?: string | undefined;
  /** A reminder's own date (ISO; default today, never before `facts`) and number. */
  readonly letterDate?: string | undefined;
  readonly number?: string | undefined;
  /** Dates of the facts a reminder cites beyond its letter (the figures' date), ISO. */
  readonly facts?: readonly string[] | undefined;
  /** Stops the batch on SIGINT/SIGTERM (see `BatchInput.signal`). */
  readonly signal?: AbortSignal | undefined;
}

/** The fields a recipient fills in: its own name, and a reminder's problem. */
export const EACH_FIELDS = ['proper', 'problem'] as const;

function prepared(input: EachInput, recipient: Recipient, cascade: Cascade, values: FieldValues): Prepared {
  const { doc } = input;
  switch (input.kind) {
    case 'bieu-mau':
      return prepareForm(doc, recipient.id, cascade, { via: input.group });
    case 'don-doc': {
      // The letter's issuer follows up what it asked of its addressees.
      const own = input.reminders?.get(recipient.id);
      const sender = own?.sender ?? doc.issuer ?? '';
      const item: ReminderItem = {
        agency: recipient.id,
        sender,
        document: own?.document ?? doc.id,
        task: input.reminders?.get(recipient.id)?.task,
        problem: values['problem'] ?? '',
      };
      return prepareReminder({ sender, items: [item], date: input.letterDate, number: input.number, facts: input.facts }, cascade);
    }
    default:
      return prepareDocument({ ...doc, to: [recipient.id] }, cascade, input.kind);
  }
}

/**
 * The single-document pipeline for one recipient, its name cut into the part every recipient of its
 * kind shares and its own part (`values.proper`): the view with that name, the templates, the Markdown.
 */
export function buildFor(input: EachInput, byId: ReadonlyMap<string, Recipient>): (item: BatchItem, values: FieldValues) => OfficialDocInput {
  return (item, values) => {
    const recipient = byId.get(item.id);
    if (!recipient) throw new Error(`unknown recipient ${item.id}`);
    const agency = recipient.agency;
    const name = `${nameShape(agency.name).before}${values['proper'] ?? ''}`;
    const cascade = withAgencyName(input.cascade, agency, name);
    const doc = assemble(prepared(input, recipient, cascade, values), input.templates).input;
    return input.banner ? { ...doc, banner: input.banner } : doc;
  };
}

/** The batch items of the recipients: the key is the kind and the part of the name they share. */
export function eachItems(input: EachInput): BatchItem[] {
  // A reminder goes only to a recipient with something to be reminded of: the same findings as the single letter.
  const recipients = input.kind === 'don-doc' ? input.recipients.filter((r) => input.reminders?.has(r.id)) : input.recipients;
  return recipients.map((r) => {
    const shape = nameShape(r.agency.name);
    const problem = input.kind === 'don-doc' ? (input.reminders?.get(r.id)?.problem ?? '') : '';
    const task = input.reminders?.get(r.id)?.task ?? '';
    return { id: r.id, fileName: r.fileName, key: `${input.kind}|${shape.before}|${task}`, values: { proper: shape.proper, problem } };
  });
}

/**
 * Writes one document of a kind per recipient (`cascade generate <doc> --each <group>`): the letter
 * with the recipient's own Kính gửi, the blank form with its name, or a reminder to it. Recipients
 * must be agencies of the cascade (`expandRecipients` gives them).
 */
export async function generateEach(input: EachInput): Promise<BatchResult> {
  const byId = new Map(input.recipients.map((r) => [r.id, r] as const));
  const fields = input.kind === 'don-doc' ? [...EACH_FIELDS] : ['proper'];
  return generateBatch({
    items: eachItems(input),
    fields,
    build: buildFor(input, byId),
    profile: input.profile,
    outDir: input.outDir,
    force: input.force,
    kind: input.kind,
    threads: input.threads,
    progress: input.progress,
    signal: input.signal,
  });
}
