import type { Document } from '../../model/document.js';
import { nameAgency } from '../agencies.js';
import { escapeMarkdown } from '../escape.js';
import { citation, type CitationSource } from './cite.js';
import type { Prepared } from './document.js';
import { headerOf, signerOf, type LayoutParts } from './layout.js';
import type { ReminderItem } from './reminder-items.js';
import { findTask, taskGist } from './task-rows.js';

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
  /** Date of the draft (`2026-06`); the day is left blank to be filled in when signed. */
  readonly date?: string | undefined;
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

function shorten(text: string, words = 14): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')}…`;
}

function itemLine(item: ReminderItem, source: CitationSource, oneDocument: boolean): string {
  const doc = source.documentsById.get(item.document);
  const cited = doc ? citation(doc, source, false, item.sender) : item.document;
  if (!item.task || !doc) return `${cited}: ${item.problem}.`;
  const task = findTask(doc.body, item.task);
  const what = task ? ` (“${shorten(taskGist(task))}”)` : '';
  return `Nhiệm vụ ${item.task}${what}${oneDocument ? '' : ` tại ${cited}`}: ${item.problem}.`;
}

/** The document the sender writes from, when it issued one of those the findings are about: its header and signer. */
function senderDocument(input: ReminderInput, source: CitationSource): Document | undefined {
  const ids = new Set(input.items.map((i) => i.document));
  return [...ids].map((id) => source.documentsById.get(id)).find((d) => d?.issuer === input.sender);
}

/**
 * A reminder letter (công văn đôn đốc) from one sender: the agencies whose tasks are missing,
 * late, behind their target or without a lead or deadline, each with its items, grouped by agency
 * in the order they first appear; the agencies are the addressees.
 */
export function prepareReminder(input: ReminderInput, source: CitationSource): Prepared<ReminderView> {
  const own = senderDocument(input, source);
  const groups = [...groupBy(input.items, (i) => i.agency)];
  const senderName = nameAgency(input.sender, source).name;
  const about = [...new Set(input.items.map((i) => i.document))]
    .map((id) => source.documentsById.get(id))
    .filter((d) => d !== undefined)
    .map((d) => citation(d, source, false, input.sender));
  const doc: Document = {
    id: `don-doc-${input.sender}`,
    kind: 'cong-van',
    issuer: input.sender,
    symbol: own?.symbol,
    date: input.date ?? own?.date?.slice(0, 7),
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
      `Qua rà soát việc triển khai ${about.join(', ')}, ${senderName} nhận thấy một số nhiệm vụ chưa được triển khai đầy đủ, chưa bảo đảm thời hạn hoặc chỉ tiêu cấp trên giao. ${senderName} đề nghị các cơ quan, đơn vị khẩn trương khắc phục các nội dung sau:`,
    ),
    groups: groups.map(([agency, items], i) => ({
      heading: escapeMarkdown(`${i + 1}. ${nameAgency(agency, source).name}`),
      // Two findings can read the same in a letter (the same target missed twice): say it once.
      items: [...new Set(items.map((item) => escapeMarkdown(itemLine(item, source, about.length === 1))))],
    })),
    closing: escapeMarkdown(
      `Đề nghị các cơ quan, đơn vị nêu trên hoàn thành việc khắc phục và báo cáo kết quả về ${senderName} chậm nhất 15 ngày kể từ ngày ký văn bản này./.`,
    ),
  };
  const layout: LayoutParts = {
    header: headerOf(doc, source),
    to: groups.map(([agency]) => nameAgency(agency, source).name),
    bases: [],
    signer: signerOf(doc),
    distribution: doc.distribution,
  };
  return { template: 'don-doc', view, layout };
}
