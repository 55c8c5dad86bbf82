import type { Cascade } from '../../load/cascade.js';
import type { Document } from '../../model/document.js';
import { longDate } from '../dates.js';

/** An agency as a template receives it: its registry id and name. */
export interface StructuredAgency {
  readonly id: string;
  readonly name: string;
}

/** A task as a template of the user's own receives it. */
export interface StructuredTask {
  /** The document's own numbering: `2.1`, `2.b/2026`. */
  readonly id: string;
  /** `gia-lai-5900#2.1`. */
  readonly ref: string;
  /** Its paragraphs joined by a blank line (Markdown). */
  readonly text: string;
  readonly leads: readonly StructuredAgency[];
  readonly coordinators: readonly StructuredAgency[];
  /** The deadline as written, when it has one. */
  readonly deadline?: string | undefined;
  /** Parent tasks it implements and mirrors (`ct-14-ttg#2.b`). */
  readonly implements: readonly string[];
  readonly mirrors: readonly string[];
  /** Titles of the sections it sits in, outermost first. */
  readonly sections: readonly string[];
}

/** The document as data, for a template kind of the user's own (`data` in its view). */
export interface StructuredDocument {
  readonly id: string;
  readonly kind: string;
  readonly number?: string | undefined;
  readonly symbol?: string | undefined;
  /** ISO date (`2026-05-11`), and as printed (`ngày 11 tháng 5 năm 2026`). */
  readonly date?: string | undefined;
  readonly dateText: string;
  readonly place?: string | undefined;
  readonly subject?: string | undefined;
  readonly issuer?: StructuredAgency | undefined;
  readonly to: readonly StructuredAgency[];
  readonly implements: readonly string[];
  readonly tasks: readonly StructuredTask[];
}

/** Every field of `data`, with what it holds: `cascade templates --fields KIND` prints it. */
export const STRUCTURED_FIELDS: readonly (readonly [string, string, string])[] = [
  ['data.id', 'mã văn bản', 'document id'],
  ['data.kind', 'loại văn bản (cong-van, ke-hoach…)', 'kind'],
  ['data.number, data.symbol', 'số, ký hiệu', 'number, symbol'],
  ['data.date, data.dateText', 'ngày (ISO) và ngày như in ("ngày 11 tháng 5 năm 2026")', 'date (ISO) and as printed'],
  ['data.place, data.subject', 'địa danh, trích yếu', 'place, subject'],
  ['data.issuer.id, data.issuer.name', 'cơ quan ban hành', 'issuer'],
  ['data.to[].id, data.to[].name', 'nơi nhận (Kính gửi)', 'addressees'],
  ['data.implements[]', 'văn bản cấp trên được triển khai', 'documents implemented'],
  ['data.tasks[].id, data.tasks[].ref', 'số hiệu nhiệm vụ ("2.1"), và kèm mã văn bản', 'task id, and with the document id'],
  ['data.tasks[].text', 'nội dung nhiệm vụ', 'task text'],
  ['data.tasks[].leads[].id, .name', 'cơ quan chủ trì', 'lead agencies'],
  ['data.tasks[].coordinators[].id, .name', 'cơ quan phối hợp', 'coordinating agencies'],
  ['data.tasks[].deadline', 'thời hạn như viết', 'deadline as written'],
  ['data.tasks[].implements[], data.tasks[].mirrors[]', 'nhiệm vụ cấp trên được thực hiện / phản chiếu', 'parent tasks implemented / mirrored'],
  ['data.tasks[].sections[]', 'tiêu đề các mục chứa nhiệm vụ', 'titles of the enclosing sections'],
];

/** The document with its tasks, leads, deadlines and links, as plain data for a template. */
export function structuredDocument(doc: Document, cascade: Cascade): StructuredDocument {
  const agency = (id: string): StructuredAgency => ({ id, name: cascade.nameOf(id) ?? id });
  const tasks: StructuredTask[] = [];
  for (const entry of cascade.tasks.values()) {
    if (entry.doc !== doc) continue;
    tasks.push({
      id: entry.task.task,
      ref: entry.ref,
      text: ([] as string[]).concat(entry.task.text ?? []).join('\n\n'),
      leads: entry.lead.map(agency),
      coordinators: entry.coordinators.map(agency),
      deadline: entry.task.deadline === undefined ? undefined : typeof entry.task.deadline === 'string' ? entry.task.deadline : entry.task.deadline.text,
      implements: entry.implements,
      mirrors: entry.mirrors,
      sections: entry.ancestors.flatMap((a) => ('section' in a && a.title ? [a.title] : [])),
    });
  }
  const to = doc.to.map((ref) => (typeof ref === 'string' ? ref : ref.ref)).map((ref) => cascade.resolveAgency?.(ref, doc) ?? ref);
  return {
    id: doc.id,
    kind: doc.kind,
    number: doc.number,
    symbol: doc.symbol,
    date: doc.date === undefined ? undefined : String(doc.date),
    dateText: longDate(doc.date),
    place: doc.place,
    subject: doc.subject,
    issuer: doc.issuer ? agency(doc.issuer) : undefined,
    to: to.map(agency),
    implements: doc.implements,
    tasks,
  };
}
