import type { CheckResult } from '../check/engine.js';
import type { Cascade } from '../load/cascade.js';
import type { CoverageMatrix } from '../matrix/types.js';
import type { Document } from '../model/document.js';
import type { AgencyRef } from '../model/task.js';
import type { Diagnostic, Lang } from '../report/diagnostic.js';
import { nameAgency } from './agencies.js';
import { RenderError } from './render-error.js';
import { prepareAuditReport } from './views/audit-report.js';
import { prepareReport } from './views/bao-cao.js';
import { prepareForm } from './views/bieu-mau.js';
import { prepareDocument, type Prepared } from './views/document.js';
import { prepareReminder } from './views/don-doc.js';
import type { FiguresFile } from './views/figures.js';
import { preparePlan } from './views/ke-hoach.js';
import { reminderItems, type ReminderItem } from './views/reminder-items.js';
import { safeFileName } from '../text/slug.js';

/** The kinds `cascade generate` writes from a document, each a template of `templates/`. */
export const GENERATE_KINDS = ['cong-van', 'chi-thi', 'de-xuat', 'ke-hoach', 'don-doc', 'bao-cao', 'bieu-mau', 'bao-cao-kiem-tra'] as const;
export type GenerateKind = (typeof GENERATE_KINDS)[number];

/** What some kinds need beyond the document. */
export interface KindExtras {
  /** The audit's findings (for `don-doc`). */
  readonly diagnostics?: readonly Diagnostic[] | undefined;
  /** The audit and its coverage matrix (for `bao-cao-kiem-tra`). */
  readonly check?: CheckResult | undefined;
  readonly matrix?: CoverageMatrix | undefined;
  /** The auditing agency (for `bao-cao-kiem-tra`; default `bo-nv`). */
  readonly auditor?: string | undefined;
  /** Figures for `bao-cao`. */
  readonly figures?: FiguresFile | undefined;
  /** Units for `bieu-mau` (default: the document's addressees). */
  readonly units?: readonly string[] | undefined;
  readonly lang?: Lang | undefined;
  /** The addressee of `bao-cao-kiem-tra` (default: the directive's follow-up body). */
  readonly to?: string | undefined;
  /** The date (ISO) and number of the letter written (`don-doc`, `bao-cao-kiem-tra`); default today and blank. */
  readonly letterDate?: string | undefined;
  readonly number?: string | undefined;
}

/** A document to render and the file it goes to. */
export interface PlannedFile {
  readonly name: string;
  readonly kind: string;
  readonly prepared: Prepared;
}

/** The kind a document prints as by default: an upward letter (to the centre from below) is a proposal. */
export function defaultKind(doc: Document, cascade: Cascade): GenerateKind {
  if (doc.kind === 'chi-thi') return 'chi-thi';
  const issuerLevel = doc.issuer ? cascade.agencies.get(doc.issuer)?.level : undefined;
  const upward = doc.to.length > 0 && issuerLevel !== 'central' &&
    doc.to.every((ref) => cascade.agencies.get(typeof ref === 'string' ? ref : ref.ref)?.level === 'central');
  return upward ? 'de-xuat' : 'cong-van';
}

/** What a reminder about a document covers: findings on it, or on the letters implementing it (the follow-up body's view). */
export function remindersAbout(cascade: Cascade, diagnostics: readonly Diagnostic[], about?: string, lang: Lang = 'vi'): ReminderItem[] {
  const implementsAbout = (id: string) => cascade.documentsById.get(id)?.implements.includes(about ?? '') ?? false;
  return reminderItems(cascade, diagnostics, lang).filter((i) => about === undefined || i.document === about || implementsAbout(i.document));
}

/** The reminder letters built from the audit's findings on a document: one per sender. */
export function planReminders(cascade: Cascade, diagnostics: readonly Diagnostic[], about?: string, lang: Lang = 'vi', extras: Pick<KindExtras, 'letterDate' | 'number'> = {}): PlannedFile[] {
  const items = remindersAbout(cascade, diagnostics, about, lang);
  const senders = [...new Set(items.map((i) => i.sender))];
  return senders.map((sender) => ({
    name: `don-doc.${safeFileName(sender)}.docx`,
    kind: 'don-doc',
    prepared: prepareReminder({ sender, items: items.filter((i) => i.sender === sender), date: extras.letterDate, number: extras.number }, cascade),
  }));
}

/** The files one kind gives for one document (a form gives one per unit). Throws `RenderError`. */
export function planKind(kind: GenerateKind, doc: Document, cascade: Cascade, extras: KindExtras = {}): PlannedFile[] {
  const id = safeFileName(doc.id);
  switch (kind) {
    case 'cong-van':
    case 'chi-thi':
    case 'de-xuat':
      return [{ name: kind === defaultKind(doc, cascade) ? `${id}.docx` : `${id}.${kind}.docx`, kind, prepared: prepareDocument(doc, cascade, kind) }];
    case 'ke-hoach':
      return [{ name: `${id}.ke-hoach.docx`, kind, prepared: preparePlan(doc, cascade) }];
    case 'bao-cao':
      return [{ name: `${id}.bao-cao.docx`, kind, prepared: prepareReport(doc, cascade, extras.figures) }];
    case 'bieu-mau': {
      // The addressees as the letter words them (`as`), so each form carries the name the letter used.
      const units: readonly AgencyRef[] = extras.units ?? doc.to;
      return units.map((unit) => ({
        name: `${id}.bieu-mau.${safeFileName(nameAgency(unit, cascade).id ?? (typeof unit === 'string' ? unit : unit.ref))}.docx`,
        kind,
        prepared: prepareForm(doc, unit, cascade),
      }));
    }
    case 'bao-cao-kiem-tra': {
      if (!extras.check) {
        throw new RenderError({ vi: 'Báo cáo kiểm tra cần kết quả kiểm tra (audit)', en: 'An audit report needs the audit’s result' });
      }
      return [{ name: 'bao-cao-kiem-tra.docx', kind, prepared: prepareAuditReport(cascade, { check: extras.check, matrix: extras.matrix, auditor: extras.auditor, to: extras.to, date: extras.letterDate, number: extras.number }) }];
    }
    case 'don-doc': {
      if (!extras.diagnostics) {
        throw new RenderError({ vi: 'Công văn đôn đốc cần kết quả kiểm tra (audit)', en: 'A reminder letter needs the audit’s findings' });
      }
      return planReminders(cascade, extras.diagnostics, doc.id, extras.lang, extras);
    }
  }
}
