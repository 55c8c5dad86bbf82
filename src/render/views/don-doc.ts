import type { Document } from '../../model/document.js';
import { nameAgency } from '../agencies.js';
import { escapeMarkdown } from '../escape.js';
import { citation, type CitationSource } from './cite.js';
import type { Prepared } from './document.js';
import { headerOf, signerOf, type LayoutParts } from './layout.js';
import type { ReminderItem } from './reminder-items.js';
import { letterDate } from './letter-date.js';
import { draftSigner } from './signer-default.js';
import { taskNamed } from './task-ref.js';

/** The data of the `don-doc` template: one group per agency, the items it must put right. */
export interface ReminderView {
  readonly intro: string;
  readonly groups: readonly { readonly heading: string; readonly items: readonly string[] }[];
  readonly closing: string;
}

/** What a reminder is built from: the sender, the findings it passes on, and the registry and documents. */
export interface ReminderInput {
  readonly sender: string;
  readonly items: readonly ReminderItem[];
  /** The letter's own date (ISO, `--letter-date`); default today. Never earlier than the facts it cites. */
  readonly date?: string | undefined;
  /** The letter's number (`--number`); default blank, to be given at issue. */
  readonly number?: string | undefined;
  /** Dates of facts the letter cites beyond its documents (the figures' date), ISO. */
  readonly facts?: readonly string[] | undefined;
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

function sentenceCase(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** The document the sender follows up for an item: its own letter, else the parent the addressee's letter implements. */
function followedUp(doc: Document, sender: string, source: CitationSource): Document {
  if (doc.issuer === sender) return doc;
  const parent = doc.implements.map((id) => source.documentsById.get(id)).find((d) => d !== undefined);
  return parent ?? doc;
}

function itemLine(item: ReminderItem, source: CitationSource): string {
  const doc = source.documentsById.get(item.document);
  // A problem may be a batch's field, filled in per recipient: it is printed as given, after a fixed lead.
  if (!doc || !item.task) return `Kết quả thực hiện: ${item.problem}.`;
  // The sender's own letter needs no citing to its addressees; another's letter is cited by number and date.
  const where = doc.issuer === item.sender ? '' : citation(doc, source);
  return `${sentenceCase(taskNamed(doc, item.task, true, where))}: ${item.problem}.`;
}

/** The document the sender writes from, when it issued one of those the findings are about: its header and signer. */
function senderDocument(input: ReminderInput, source: CitationSource): Document | undefined {
  const ids = new Set(input.items.map((i) => i.document));
  return [...ids].map((id) => source.documentsById.get(id)).find((d) => d?.issuer === input.sender);
}

function abbreviation(id: string, source: CitationSource): string | undefined {
  return source.agencies.get(id)?.variants.find((v) => /^[A-ZĐ]{2,8}$/u.test(v));
}

/**
 * A reminder letter (công văn đôn đốc) from the body that follows a document up to the agencies
 * that owe its tasks: each task named as printed, with its deadline and what is missing or late,
 * grouped by agency in the order they first appear; the agencies are the addressees. Dated today
 * (or the date asked for), never before the facts it cites.
 */
export function prepareReminder(input: ReminderInput, source: CitationSource): Prepared<ReminderView> {
  const own = senderDocument(input, source);
  const groups = [...groupBy(input.items, (i) => i.agency)];
  const senderName = nameAgency(input.sender, source).name;
  const docs = [...new Set(input.items.map((i) => i.document))].map((id) => source.documentsById.get(id)).filter((d) => d !== undefined);
  const followed = [...new Set(docs.map((d) => followedUp(d, input.sender, source)))];
  const about = followed.map((d) => citation(d, source, false, input.sender));
  const facts = [...docs.map((d) => d.date), ...followed.map((d) => d.date), ...(input.facts ?? [])];
  const doc: Document = {
    id: `don-doc-${input.sender}`,
    kind: 'cong-van',
    issuer: input.sender,
    number: input.number,
    symbol: own?.symbol ?? abbreviation(input.sender, source),
    date: letterDate(input.date, facts),
    place: own?.place,
    subject: `đôn đốc triển khai thực hiện ${about.join(', ')}`,
    to: groups.map(([agency]) => agency),
    implements: [],
    cites: [],
    body: [],
    footnotes: {},
    not_applicable: [],
    distribution: ['Như trên', 'Lưu: VT'],
    unknown: own?.signer ? [] : ['signer'],
    ...(own?.signer ? { signer: own.signer } : {}),
  };
  const view: ReminderView = {
    intro: escapeMarkdown(
      `Qua theo dõi việc triển khai thực hiện ${about.join(', ')}, ${senderName} nhận thấy một số nhiệm vụ chưa được triển khai đầy đủ, chưa bảo đảm thời hạn hoặc chỉ tiêu được giao. ${senderName} đề nghị các cơ quan, đơn vị khẩn trương thực hiện các nội dung sau:`,
    ),
    groups: groups.map(([agency, items], i) => ({
      heading: escapeMarkdown(`${i + 1}. ${nameAgency(agency, source).name}`),
      // Two findings can read the same in a letter (the same target missed twice): say it once.
      items: [...new Set(items.map((item) => escapeMarkdown(itemLine(item, source))))],
    })),
    closing: escapeMarkdown(
      `Đề nghị các cơ quan, đơn vị nêu trên khẩn trương thực hiện và báo cáo kết quả về ${senderName} chậm nhất 15 ngày kể từ ngày ký văn bản này./.`,
    ),
  };
  const layout: LayoutParts = {
    header: headerOf(doc, source),
    to: [...new Set(groups.map(([agency]) => nameAgency(agency, source).name))],
    bases: [],
    signer: own?.signer ? signerOf(doc) : draftSigner(senderName),
    distribution: doc.distribution,
  };
  return { template: 'don-doc', view, layout };
}
