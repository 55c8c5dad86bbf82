import { readAgencies, type AgencyHit } from './agencies.js';
import type { RegistryView } from './context.js';
import type { FieldLine } from './fields.js';
import { isAttachmentNote } from './attachments.js';
import { dutyHolderPhrase, dutyHolders } from './duty-heading.js';
import { looksLikeName } from './task-fields.js';
import { findInlineDeadline } from './inline-deadline.js';
import { chargesWork } from './letter-paragraphs.js';
import { tx } from './notes.js';
import { isBare, type OutlineItem, type YearLabel } from './outline.js';
import type { Text } from '../report/diagnostic.js';

/**
 * What each item of the outline is in the model: a section (a heading over tasks), a task, a goal
 * or a paragraph, with its id.
 *
 * Ids (DOMAIN.md §3) are the document's own numbering where it numbers: `1`, `2.1`, `2.a` (a
 * letter under its number), `II.1` (a number under a Roman part). An unnumbered item ("-", "+", or a
 * paragraph of its own under a heading) gets `<parent>-<n>`, counted among its parent's unnumbered
 * items from 1 (`1-1`, `1-2`); one before any numbered item gets `0-<n>`. An item of a task split
 * by year ("Năm 2026:", "Các năm tiếp theo:") gets `<parent>/<year>` or `<parent>/sau`. A clash
 * gets `-b`, `-c`… appended. The same text always gives the same ids.
 */
export interface Shaped {
  readonly kind: 'section' | 'task' | 'goal' | 'para';
  readonly id: string;
  readonly item: OutlineItem;
  /** A heading printed on its own line (section title, or a task's title above its text). */
  readonly title?: string;
  /** Printed before the text on its line: an agency ("Bộ Giáo dục và Đào tạo") or a year. */
  readonly leadIn?: string;
  /** The agencies of a heading or lead-in. */
  readonly headingLead?: readonly AgencyHit[];
  /** A duty heading's body the registry lacks ("Trách nhiệm của nhà đầu tư"): to be proposed. */
  readonly headingProposal?: string;
  readonly year?: YearLabel;
  /** Paragraphs of text (Markdown). */
  readonly text: readonly string[];
  readonly fields: readonly FieldLine[];
  /** Source lines of the item and of everything folded into it. */
  readonly start: number;
  readonly end: number;
  readonly children: readonly Shaped[];
  /** How the item was printed: `-`, `+`, `` (no marker), or the numbered marker. */
  readonly printed: string;
  /** Why it was read as it was. */
  readonly why: Text;
}

/** What shaping needs to know of the letter. */
export interface ShapeContext {
  readonly view: RegistryView;
  readonly province: string | undefined;
  /** An upward letter (to a higher level) has no tasks: its numbered items are sections of paragraphs. */
  readonly upward: boolean;
}

const PROSE_SECTIONS = /^(?:Mục đích|Yêu cầu|Quan điểm|Căn cứ|Cơ sở|Sự cần thiết|Đánh giá|Kết quả|Tình hình|Phạm vi điều chỉnh|Đối tượng áp dụng|Nguyên tắc|Giải thích từ ngữ)/iu;
// An article that approves, announces or amends: its items are what is decided (a project's name, its capital, a list of communes), not duties.
const DECIDES = /^(?:Chấp thuận|Công bố|Phê duyệt|Điều chỉnh|Sửa đổi|Bổ sung)(?![\p{L}\p{N}])/iu;
const GOALS = /^Mục tiêu/iu;
// An article that only issues an attached text or says when the document takes effect assigns nothing.
// Issuing an attached text, the copies made of the decision, what happens when a cited text changes: provisions, no duty.
const ISSUES = /^(?:Ban hành kèm theo|(?:Quyết định|Nghị quyết|Văn bản) này được lập thành|Trong trường hợp (?:các )?văn bản(?: quy phạm pháp luật)? (?:được )?(?:viện )?dẫn)/iu;
const TAKES_EFFECT = /^(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Văn bản) này có hiệu lực/iu;
const MAX_TITLE_WORDS = 25;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A heading rather than a sentence: short, and no sentence ends inside it. */
function isTitleLike(text: string): boolean {
  const t = text.replace(/\*\*|__/g, '').trim();
  if (words(t) > MAX_TITLE_WORDS) return false;
  if (/[.!?]\s+\S/.test(t)) return false;
  return !/[.;]$/.test(t) || /:$/.test(t);
}

/** Agencies a whole heading names ("Sở Khoa học và công nghệ:"), or undefined. */
function headingAgencies(text: string, ctx: ShapeContext): AgencyHit[] | undefined {
  const t = text.replace(/\*\*|__/g, '').replace(/:\s*$/, '').trim();
  if (words(t) > 30 || t === '') return undefined;
  const read = readAgencies(t, ctx.view, { province: ctx.province });
  return read.hits.length > 0 && read.coverage >= 0.9 ? [...read.hits] : undefined;
}

// The investor or owner a decision on a project gives duties to.
const HOLDER = /^(?:nhà đầu tư|chủ đầu tư|chủ dự án)$/iu;

/** The body a duty heading names that the registry lacks ("Trách nhiệm của nhà đầu tư"), or undefined. */
function unregisteredHolder(text: string): string | undefined {
  const phrase = dutyHolderPhrase(text);
  return phrase && (HOLDER.test(phrase) || (looksLikeName(phrase) && !/[,;]/u.test(phrase))) ? phrase : undefined;
}

/** "Bộ Giáo dục và Đào tạo: Phối hợp với …": the agencies before the colon and the text after it. */
function leadIn(text: string, ctx: ShapeContext): { leadIn: string; hits: AgencyHit[]; rest: string } | undefined {
  const m = /^(?:\*\*|__)?([^:]{3,120}?)(?:\*\*|__)?:\s+(\S.*)$/u.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  // "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai và các cơ quan liên quan: Tăng cường …".
  const asked = m[1]
    .replace(/^(?:Đề nghị|Yêu cầu|Giao)\s+/u, '')
    .replace(/\s+(?:và|cùng)\s+các\s+(?:cơ quan|đơn vị)(?:,\s*đơn vị)?\s+(?:có\s+)?liên quan$/u, '');
  const hits = headingAgencies(asked, ctx);
  return hits ? { leadIn: m[1].trim(), hits, rest: m[2] } : undefined;
}

/** Whether a paragraph carries a task of its own: a deadline in it. */
function hasOwnDeadline(item: OutlineItem): boolean {
  const d = findInlineDeadline(item.plain);
  return item.fields.length > 0 || d.due !== undefined || d.rhythm !== undefined;
}

function leafWhy(item: OutlineItem): Text {
  if (!item.marker) return tx('một đoạn riêng dưới tiêu đề', 'a paragraph of its own under a heading');
  if (item.year) return tx(`ý của năm "${item.year.printed}"`, `the item of "${item.year.printed}"`);
  if (item.marker.style === 'dash' || item.marker.style === 'plus') return tx(`một ý "${item.marker.printed}"`, `a "${item.marker.printed}" item`);
  return tx(`mục "${item.marker.printed}"`, `item "${item.marker.printed}"`);
}

interface Counter {
  readonly used: Set<string>;
}

function unique(id: string, c: Counter): string {
  let out = id;
  for (let k = 1; c.used.has(out); k++) out = `${id}-${String.fromCharCode(97 + k)}`;
  c.used.add(out);
  return out;
}

function span(item: OutlineItem, children: readonly Shaped[]): { start: number; end: number } {
  // Paragraphs folded into the item (its text, its field lines) count as its lines too.
  const folded = item.children.flatMap((c) => [c.block.end, ...c.fieldLines]);
  const ends = [item.block.end, ...item.fieldLines, ...folded, ...children.map((c) => c.end)];
  return { start: item.block.start, end: Math.max(...ends) };
}

/** Shapes the outline's items into sections, tasks, goals and paragraphs with ids. */
export function shapeItems(items: readonly OutlineItem[], ctx: ShapeContext): Shaped[] {
  const counter: Counter = { used: new Set() };
  return shapeList(items, { id: undefined, numbered: undefined, roman: undefined }, ctx, counter, 'task');
}

interface Parent {
  /** Id of the parent node, for positional ids. */
  readonly id: string | undefined;
  /** Id of the nearest numbered ancestor, for letters. */
  readonly numbered: string | undefined;
  /** The Roman part the items are in. */
  readonly roman: string | undefined;
  /** Whether the items are clauses of an article (a decision's Điều). */
  readonly inArticle?: boolean;
}

/** Whether an item or one below it hands out work: a deadline of its own (a schedule inside what a decision approves), a body charged, a part on duties. */
function workBelow(item: OutlineItem): boolean {
  return hasOwnDeadline(item) || SCHEDULE.test(item.plain) || chargesWork(item.plain) || DUTIES.test(item.plain) || item.children.some(workBelow);
}

// "Tên dự án: …", "Tổng vốn đầu tư: 2.185.000.000.000 đồng", "Địa bàn có điều kiện … khó khăn: 61 xã": a label and its value.
const LABEL_VALUE = /^[^:;.]{2,90}:(?:\s+\S|\s*$)/u;

/** Whether an item, or one below it, describes what is decided as a label and its value. */
function describesBelow(item: OutlineItem): boolean {
  return LABEL_VALUE.test(item.plain) || item.children.some(describesBelow);
}

// The parts of an approved plan that hand out work ("Nhiệm vụ và giải pháp", "Tổ chức thực hiện", "Trách nhiệm của …").
const DUTIES = /^(?:Nhiệm vụ|Các nhiệm vụ|Giải pháp|Tổ chức thực hiện|Trách nhiệm|Phân công)(?![\p{L}\p{N}])/iu;

// A schedule's line even where OCR broke its quarters ("Tiến độ thực hiện dự án: …", "Từ quý II⁄2026 đến quý IV/2026").
const SCHEDULE = /^Tiến độ(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:từ|đến|đên)\s+quý\s+\S{1,4}\s*[/⁄]+\s*\d{4}/iu;

function shapeList(items: readonly OutlineItem[], parent: Parent, ctx: ShapeContext, c: Counter, mode: 'task' | 'goal' | 'para' | 'decided'): Shaped[] {
  let positional = 0;
  return items.map((item) => {
    const as = mode === 'decided' ? (!workBelow(item) && describesBelow(item) ? 'para' : 'task') : mode;
    const numbered = item.marker && !['dash', 'plus'].includes(item.marker.style) && !item.year;
    const id = numbered ? numberedId(item, parent) : item.year ? `${parent.id ?? '0'}/${item.year.key}` : `${parent.id ?? '0'}-${++positional}`;
    return shapeOne(item, unique(id, c), parent, ctx, c, as);
  });
}

function numberedId(item: OutlineItem, parent: Parent): string {
  const m = item.marker;
  if (!m) return '';
  if (m.style === 'letter') return parent.numbered ? `${parent.numbered}.${m.label}` : m.label;
  if (m.style === 'roman' || m.style === 'article' || m.style === 'appendix') return m.label;
  return parent.roman ? `${parent.roman}.${m.label}` : m.label;
}

function childParent(id: string, item: OutlineItem, parent: Parent): Parent {
  const style = item.marker?.style;
  const numbered = style && style !== 'dash' && style !== 'plus' && style !== 'roman' && style !== 'appendix' && !item.year ? id : parent.numbered;
  // Items under a Roman part, an article ("Điều 3" → `3.1`) or an appendix (`PL.5`) carry its id first.
  const prefix = style === 'roman' || style === 'article' || style === 'appendix';
  return { id, numbered, roman: prefix ? id : parent.roman, inArticle: style === 'article' };
}

function printedOf(item: OutlineItem): string {
  if (!item.marker) return '';
  return item.marker.printed;
}

/** A heading without the bold that wraps all of it ("**Công tác tuyên truyền**"). */
function titleOf(text: string): string {
  const m = /^(\*\*|__)([^*_]+)\1(:?)$/u.exec(text.trim());
  return m ? `${m[2] ?? ''}${m[3] ?? ''}` : text;
}

function base(item: OutlineItem, id: string, children: Shaped[]): Pick<Shaped, 'id' | 'item' | 'fields' | 'children' | 'printed' | 'start' | 'end'> {
  return { id, item, fields: item.fields, children, printed: printedOf(item), ...span(item, children) };
}

function shapeOne(item: OutlineItem, id: string, parent: Parent, ctx: ShapeContext, c: Counter, as: 'task' | 'goal' | 'para'): Shaped {
  const next = childParent(id, item, parent);
  const marked = item.children.filter((ch) => !isBare(ch));
  const bare = item.children.filter(isBare);
  const title = isTitleLike(item.text);

  if (isBare(item) && as !== 'task') return { kind: 'para', ...base(item, id, []), text: [item.text], why: tx('đoạn văn', 'paragraph') };
  if (item.marker?.style === 'appendix' && marked.length === 0) {
    const kids = shapeList(item.children, next, ctx, c, 'para');
    return { kind: 'section', ...base(item, id, kids), title: titleOf(item.text), text: [], why: tx('phụ lục, văn bản kèm theo không có mục đánh số', 'appendix or attached text without numbered items') };
  }
  // An article that says when the document takes effect is a provision; a numbered clause saying it is a duty with its date (as the key reads Điều 4 khoản 1).
  if (item.marker && item.children.length === 0 && (ISSUES.test(item.plain) || (item.marker.style === 'article' && TAKES_EFFECT.test(item.plain)))) {
    return { kind: 'para', ...base(item, id, []), text: [`${item.marker.printed} ${item.text}`], why: tx('điều khoản về hiệu lực, ban hành: không giao nhiệm vụ', 'a provision on entry into force or issue: no task') };
  }
  if (item.children.length === 0 && isAttachmentNote(item.plain)) {
    return { kind: 'para', ...base(item, id, []), text: [`${item.marker ? `${item.marker.printed} ` : ''}${item.text}`], why: tx('ghi chú về tài liệu gửi kèm', 'a note on an attachment') };
  }
  if (item.marker?.style === 'article' && item.children.length > 0 && as === 'task' && DECIDES.test(item.plain)) {
    const kids = shapeList(item.children, next, ctx, c, 'decided');
    return { kind: 'task', ...base(item, id, kids), text: [item.text], why: tx('điều phê duyệt, chấp thuận: các nội dung là điều được quyết định, không phải nhiệm vụ', 'an article that approves: its items are what is decided, not duties') };
  }
  if (as === 'goal') return { kind: 'goal', ...base(item, id, []), text: [item.text], why: tx('mục tiêu dưới tiêu đề "Mục tiêu"', 'goal under a "Mục tiêu" heading') };

  if (GOALS.test(item.plain) && title && item.children.length > 0) {
    const kids = [...shapeList(marked, next, ctx, c, 'goal'), ...shapeList(bare, next, ctx, c, 'para')];
    return { kind: 'section', ...base(item, id, kids), title: titleOf(item.text), text: [], why: tx('tiêu đề "Mục tiêu": các ý là mục tiêu', '"Mục tiêu" heading: its items are goals') };
  }
  if (ctx.upward || as === 'para' || (PROSE_SECTIONS.test(item.plain) && title)) {
    const kids = shapeList(item.children, next, ctx, c, 'para');
    return { kind: 'section', ...base(item, id, kids), title: titleOf(item.text), text: [], why: ctx.upward ? tx('văn bản gửi cấp trên: không giao nhiệm vụ', 'letter to a higher level: it assigns no tasks') : tx('phần nêu mục đích, yêu cầu', 'purpose and requirements') };
  }

  const heading =
    title && item.children.length > 0 && !item.year ? (headingAgencies(item.text, ctx) ?? dutyHolders(item.text, ctx.view, ctx.province)) : undefined;
  // A decision's clause "5. Bộ Kế hoạch và Đầu tư" over one paragraph: one task of that body, numbered as the clause
  // (a letter's heading keeps its paragraph as a task of its own, `II.2-1`, as the seeds are modelled).
  if (heading && parent.inArticle === true && marked.length === 0 && bare.length === 1) {
    const only = bare[0] as OutlineItem;
    return { kind: 'task', ...base(item, id, []), fields: [...item.fields, ...only.fields], title: titleOf(item.text), headingLead: heading, text: [only.text], why: tx('tiêu đề là tên cơ quan, một đoạn nhiệm vụ bên dưới', 'the heading names the agency over one paragraph of duties') };
  }
  const stranger = title && item.children.length > 0 && !item.year && !heading ? unregisteredHolder(item.text) : undefined;
  if (stranger) {
    const kids = shapeList(item.children, next, ctx, c, 'task');
    return { kind: 'section', ...base(item, id, kids), title: titleOf(item.text), headingProposal: stranger, text: [], why: tx('tiêu đề giao trách nhiệm cho một cơ quan chưa có trong danh mục: đề xuất', 'the heading gives duties to a body the registry lacks: proposed') };
  }
  if (heading) {
    const kids = shapeList(item.children, next, ctx, c, 'task');
    return { kind: 'section', ...base(item, id, kids), title: titleOf(item.text), headingLead: heading, text: [], why: tx('tiêu đề là tên cơ quan: cơ quan chủ trì của các nhiệm vụ bên dưới', 'the heading names agencies: they lead the tasks under it') };
  }

  const li = item.year ? undefined : leadIn(item.text, ctx);
  const text = li ? li.rest : item.text;
  const withLead = li ? { leadIn: li.leadIn, headingLead: li.hits } : item.year ? { leadIn: item.year.printed, year: item.year } : {};

  const years = marked.filter((ch) => ch.year);
  if (years.length > 0 && years.length === marked.length) {
    const kids = shapeList(item.children, next, ctx, c, 'task');
    return { kind: 'task', ...base(item, id, kids), ...withLead, text: [text], why: tx('nhiệm vụ chia theo năm', 'task split by year') };
  }
  if (marked.length > 0) {
    // Paragraphs before the first marked child belong to the item's own text.
    const firstMarked = item.children.findIndex((ch) => !isBare(ch));
    const lead = item.children.slice(0, firstMarked).map((ch) => ch.text);
    const rest = item.children.slice(firstMarked);
    const kids = shapeList(rest, next, ctx, c, 'task');
    // A heading over items; an item with its own fields (a table row with its lead and deadline) is a task.
    if (title && !li && item.fields.length === 0) return { kind: 'section', ...base(item, id, kids), title: titleOf(item.text), text: lead, why: tx('tiêu đề có các mục con', 'heading over numbered items') };
    return { kind: 'task', ...base(item, id, kids), ...withLead, text: [text, ...lead], why: tx('nhiệm vụ có các ý con', 'task with items') };
  }
  if (bare.length > 0) {
    if (title && !li && (bare.length === 1 || item.fields.length > 0 || bare.every((b) => !hasOwnDeadline(b)))) {
      const fields = [...item.fields, ...bare.flatMap((b) => b.fields)];
      // A "title" whose next paragraph starts in lower case or with a digit is a sentence cut by a line break.
      if (/^[\p{Ll}\d]/u.test(bare[0]?.text ?? '') && !/[.:;]$/u.test(item.text.trim())) {
        const joined = [`${item.text} ${bare[0]?.text ?? ''}`, ...bare.slice(1).map((b) => b.text)];
        return { kind: 'task', ...base(item, id, []), fields, text: joined, why: tx('một câu ngắt dòng', 'a sentence broken across lines') };
      }
      return { kind: 'task', ...base(item, id, []), fields, title: titleOf(item.text), text: bare.map((b) => b.text), why: tx('tiêu đề và nội dung của một nhiệm vụ', 'title and text of one task') };
    }
    if (bare.length === 1 && !hasOwnDeadline(bare[0] as OutlineItem)) {
      const only = bare[0] as OutlineItem;
      return { kind: 'task', ...base(item, id, []), fields: [...item.fields, ...only.fields], ...withLead, text: [text, only.text], why: tx('nhiệm vụ hai đoạn', 'task of two paragraphs') };
    }
    const kids = shapeList(bare, next, ctx, c, 'task');
    return { kind: 'task', ...base(item, id, kids), ...withLead, text: [text], why: tx('nhiệm vụ có các đoạn con, mỗi đoạn một nhiệm vụ', 'task whose paragraphs are tasks of their own') };
  }
  return { kind: 'task', ...base(item, id, []), ...withLead, text: [text], why: leafWhy(item) };
}
