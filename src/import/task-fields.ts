import type { DeadlineField, TargetField } from '../model/task.js';
import { parseDeadline } from '../text/deadline.js';
import { closesWithAgency, opensWithAgency, ownedBy, readAgencies, type AgencyHit, type AgencyList } from './agencies.js';
import type { RegistryView } from './context.js';
import { dutySubject } from './duty-subject.js';
import type { FieldLine } from './fields.js';
import { findInlineDeadline } from './inline-deadline.js';
import { plain } from './markdown.js';
import { tx } from './notes.js';
import type { Text } from '../report/diagnostic.js';

/** A field of a task as the importer read it: the value, where it came from, how sure it is. */
export interface Read<T> {
  readonly value: T;
  readonly confidence: number;
  readonly from: Text;
}

/** The fields of one task. */
export interface TaskFieldsRead {
  readonly lead?: Read<readonly AgencyHit[]>;
  readonly coordinators?: Read<readonly AgencyHit[]>;
  readonly deadline?: Read<DeadlineField>;
  /** The deadline phrase the parser refused, kept as written. */
  readonly deadlineUnknown?: string;
  readonly target?: Read<TargetField>;
  readonly products?: readonly string[];
  /** Which fields came from the text rather than from a field line. */
  readonly inline: readonly ('lead' | 'coordinators' | 'deadline')[];
}

/** What the task offers to read its fields from. */
export interface TaskSource {
  /** The text of the task (Markdown paragraphs). */
  readonly text: readonly string[];
  readonly fields: readonly FieldLine[];
  /** A year label of a task split by year ("Năm 2026"). */
  readonly yearLabel: string | undefined;
}

// "Sở Nội vụ chủ trì", "giao Sở Tư pháp", "phối hợp với Công an tỉnh".
const CHU_TRI = /([^.;:()]{3,160}?)\s+(?:là cơ quan\s+)?chủ trì(?![\p{L}\p{N}])/u;
// "Ủy quyền cho Giám đốc Sở Công Thương thành lập …", "Phân cấp cho Sở Y tế …": the body given the power does the work.
// Only where the sentence opens with it: "… trên địa bàn quản lý phân cấp cho Ủy ban nhân dân tỉnh" describes powers.
const GIAO = /(?<!được\s|đã\s|đang\s)(?<![\p{L}\p{N}])(?:Giao|giao cho|giao)\s+([^.;:()]{3,160})/u;
const DELEGATES = /^(?:Ủy|Uỷ) quyền cho\s+([^.;:()]{3,160})|^Phân cấp cho\s+([^.;:()]{3,160})/u;
const PHOI_HOP = /(?<![\p{L}\p{N}])phối hợp(?: chặt chẽ)?\s+(?:với|cùng)\s+([^.;:()]{3,200})/u;
// "gửi Sở Nội vụ (để) theo dõi, tổng hợp": the agency that follows the work up helps with it.
const GUI = /(?<![\p{L}\p{N}])gửi\s+(?:về\s+)?([^.;:()*]{3,80}?)\s+(?:để\s+)?(?:theo dõi|tổng hợp)/u;

/**
 * Reads lead, coordinators, deadline, target and products of a task. A name in a field line that
 * the registry lacks is kept as the agency `propose` gives for it.
 */
export function readTaskFields(
  src: TaskSource,
  view: RegistryView,
  province: string | undefined,
  propose: (name: string) => AgencyHit,
): TaskFieldsRead {
  const inline: ('lead' | 'coordinators' | 'deadline')[] = [];
  const out: { -readonly [K in keyof TaskFieldsRead]?: TaskFieldsRead[K] } = {};
  const text = src.text.map(plain).join(' ');
  const list = (value: string): AgencyList => {
    const read = readAgencies(value, view, { province, fuzzy: true });
    const strangers = read.rest.filter((r) => looksLikeName(r) || read.hits.length === 0).map(propose);
    return strangers.length === 0 ? read : { ...read, hits: [...read.hits, ...strangers] };
  };

  for (const f of src.fields) {
    if (f.kind === 'lead' && !out.lead) {
      const r = list(f.value);
      if (r.hits.length > 0) out.lead = { value: r.hits, confidence: confidenceOf(r), from: tx(`dòng "${f.label}"`, `line "${f.label}"`) };
    } else if (f.kind === 'coordinators' && !out.coordinators) {
      const r = list(f.value);
      if (r.hits.length > 0) out.coordinators = { value: r.hits, confidence: confidenceOf(r), from: tx(`dòng "${f.label}"`, `line "${f.label}"`) };
    } else if (f.kind === 'deadline' && !out.deadline) {
      const phrase = readablePart(f.value);
      if (phrase !== undefined) out.deadline = { value: phrase, confidence: phrase === f.value ? 0.95 : 0.85, from: tx(`dòng "${f.label}"`, `line "${f.label}"`) };
      else out.deadlineUnknown = f.value;
    } else if (f.kind === 'products') {
      out.products = [...(out.products ?? []), f.value];
    }
  }

  if (!out.lead) {
    const lead =
      inlineAgencies(text, CHU_TRI, view, province, 'end') ??
      inlineAgencies(text, GIAO, view, province, 'start') ??
      delegatedTo(text, view, province) ??
      askedAtStart(text, view, province) ??
      dutySubject(text, view, province, propose, looksLikeName) ??
      leadingAgencies(text.replace(OPENING_TIME, ''), view, province);
    if (lead) {
      out.lead = { value: lead.hits, confidence: 0.7, from: tx(`câu "… ${lead.phrase} …"`, `sentence "… ${lead.phrase} …"`) };
      inline.push('lead');
    } else {
      const name = subjectName(text);
      if (name) {
        out.lead = { value: [propose(name)], confidence: 0.5, from: tx(`chủ ngữ "${name}" (chưa có trong danh mục: đề xuất)`, `subject "${name}" (not in the registry: proposed)`) };
        inline.push('lead');
      }
    }
  }
  if (!out.coordinators) {
    const co = inlineAgencies(text, PHOI_HOP, view, province, 'start');
    const follow = inlineAgencies(text, GUI, view, province, 'start');
    const hits = [...(co?.hits ?? []), ...(follow?.hits ?? [])].filter((h, i, all) => all.findIndex((x) => x.id === h.id) === i);
    if (hits.length > 0) {
      const from = [co ? `"phối hợp với ${co.phrase}"` : '', follow ? `"gửi ${follow.phrase} theo dõi"` : ''].filter(Boolean).join(', ');
      out.coordinators = { value: hits, confidence: co ? 0.7 : 0.6, from: tx(`câu ${from}`, `sentence ${from}`) };
      inline.push('coordinators');
    }
  }
  if (!out.deadline) {
    const d = inlineDeadline(text);
    if (d) {
      out.deadline = d;
      inline.push('deadline');
    } else if (src.yearLabel && parseDeadline(src.yearLabel).ok) {
      out.deadline = { value: src.yearLabel, confidence: 0.85, from: tx(`năm ghi đầu ý "${src.yearLabel}:"`, `year heading the item "${src.yearLabel}:"`) };
      inline.push('deadline');
    }
  }
  // A target's year is the one the sentence gives; a deadline from a field line or a year heading
  // is the task's, not the target's (the parent's goal says which: see links.ts).
  const target = readTarget(text, inline.includes('deadline') && !src.yearLabel ? out.deadline?.value : undefined);
  if (target) out.target = target;
  return { ...out, inline };
}

function confidenceOf(r: AgencyList): number {
  const worst = Math.min(...r.hits.map((h) => h.score));
  return Math.round(Math.min(worst, 0.5 + r.coverage / 2) * 100) / 100;
}

/** Agencies named right before "chủ trì" (`end`) or right after "giao"/"phối hợp với" (`start`). */
function inlineAgencies(
  text: string,
  re: RegExp,
  view: RegistryView,
  province: string | undefined,
  anchor: 'start' | 'end',
): { hits: AgencyHit[]; phrase: string } | undefined {
  const m = re.exec(text);
  const phrase = m?.[1]?.trim();
  if (!phrase) return undefined;
  const words = phrase.split(/\s+/);
  // Most phrases name no agency at the anchored end: one look at its spans says so.
  const edge = anchor === 'start' ? words.slice(0, 24).join(' ') : words.slice(-24).join(' ');
  if (!(anchor === 'start' ? opensWithAgency(edge, view, { province }) : closesWithAgency(edge, view, { province }))) return undefined;
  // The longest run of words at the anchored end that reads entirely as agencies.
  for (let n = Math.min(words.length, 24); n >= 1; n--) {
    const part = anchor === 'start' ? words.slice(0, n).join(' ') : words.slice(words.length - n).join(' ');
    const read = readAgencies(part.replace(/,$/, ''), view, { province });
    // "Ban cán sự đảng Bộ Tài nguyên và Môi trường chủ trì": the ministry owns the body that leads.
    if (anchor === 'end' && read.hits.length > 0 && ownedBy(words.slice(0, words.length - n).join(' '))) return undefined;
    if (read.hits.length > 0 && read.coverage >= 0.99) return { hits: [...read.hits], phrase: part.replace(/,$/, '') };
  }
  return undefined;
}

/** The body a sentence opening "Ủy quyền cho …" / "Phân cấp cho …" gives the power to. */
function delegatedTo(text: string, view: RegistryView, province: string | undefined): { hits: AgencyHit[]; phrase: string } | undefined {
  const m = DELEGATES.exec(text.trim());
  const phrase = m?.[1] ?? m?.[2];
  return phrase ? inlineAgencies(phrase, /^(.+)$/su, view, province, 'start') : undefined;
}

// "Hàng năm, các địa phương lập kế hoạch …": a time before the subject.
const OPENING_TIME = /^(?:H[ằà]ng (?:năm|quý|tháng)|Định kỳ(?: h[ằà]ng)? (?:năm|quý|tháng)|Trong (?:năm|quý|tháng) [^,]{1,20}|Trước ngày [^,]{1,30}|Từ năm \d{4}),\s+/iu;
// "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành …", "Đề nghị Ủy ban MTTQ …": the bodies asked do the work.
const ASKS = /^(?:(\S.{2,80}?)\s+)?(?:[Yy]êu cầu|[Đđ]ề nghị)\s+(\S.*)$/u;

/** The bodies a sentence opening with a request asks ("[the speaker] yêu cầu / đề nghị …"), or undefined. */
function askedAtStart(text: string, view: RegistryView, province: string | undefined): { hits: AgencyHit[]; phrase: string } | undefined {
  const m = ASKS.exec(text.trim());
  if (!m?.[2]) return undefined;
  if (m[1] !== undefined) {
    const speaker = readAgencies(m[1], view, { province });
    if (speaker.hits.length === 0 || speaker.coverage < 0.99) return undefined;
  }
  return inlineAgencies(m[2], /^(.+)$/su, view, province, 'start');
}

/**
 * The agencies a task's sentence opens with, as its subject: "Các sở, ban, ngành, UBND các xã,
 * phường căn cứ Kế hoạch này xây dựng …". At least two words must follow them.
 */
function leadingAgencies(text: string, view: RegistryView, province: string | undefined): { hits: AgencyHit[]; phrase: string } | undefined {
  const words = text.split(/\s+/);
  if (words.length < 3 || !opensWithAgency(words.slice(0, 30).join(' '), view, { province })) return undefined;
  for (let n = Math.min(words.length - 2, 30); n >= 1; n--) {
    const part = words.slice(0, n).join(' ').replace(/[,;:]$/, '');
    const read = readAgencies(part, view, { province });
    if (read.hits.length > 0 && read.coverage >= 0.99) return { hits: [...read.hits], phrase: part };
  }
  return undefined;
}

/**
 * The deadline a field line gives: all of it when it reads, else its longest opening clause that
 * reads ("Từ ngày 20 tháng 8 năm 2026 đến hết ngày 28 tháng 02 năm 2027, trừ trường hợp …"), else the
 * deadline phrase inside it; undefined when none reads.
 */
function readablePart(value: string): string | undefined {
  if (parseDeadline(value).ok) return value;
  const cuts = [...value.matchAll(/[,;(]/gu)].map((m) => m.index ?? 0).reverse();
  for (const at of cuts) {
    const head = value.slice(0, at).trim();
    if (head !== '' && parseDeadline(head).ok) return head;
  }
  const found = findInlineDeadline(value);
  return (found.due ?? found.rhythm)?.text;
}

function inlineDeadline(text: string): Read<DeadlineField> | undefined {
  const found = findInlineDeadline(text);
  if (found.due && found.rhythm) {
    const by = found.due.value.latest;
    return {
      value: { text: found.due.text, ...(by ? { by } : {}), every: found.rhythm.text },
      confidence: 0.75,
      from: tx('thời hạn và định kỳ ghi trong câu', 'date and rhythm written in the sentence'),
    };
  }
  const one = found.due ?? found.rhythm;
  return one ? { value: one.text, confidence: 0.8, from: tx(`cụm "${one.text}" trong câu`, `"${one.text}" in the sentence`) } : undefined;
}

const TARGET = /(\d{1,3}(?:[.,]\d+)?)\s*%\s+((?:[^.;:()“”"]|\([^)]*\)){3,140}?)(?=[.;:(“"]|\s+(?:trước|chậm nhất|đến hết|trong năm|hoàn thành|được|có|theo)(?![\p{L}\p{N}])|$)/u;

/** "100% cán bộ, công chức, viên chức …": the share and whom it counts, and by when. */
function readTarget(text: string, deadline: DeadlineField | undefined): Read<TargetField> | undefined {
  const m = TARGET.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const percent = Number(m[1].replace(',', '.'));
  if (!(percent >= 0 && percent <= 100)) return undefined;
  const phrase = `${m[1]}% ${m[2].trim().replace(/,$/, '')}`;
  const dl = typeof deadline === 'string' ? deadline : deadline?.text;
  const parsed = dl ? parseDeadline(dl) : undefined;
  const value = parsed?.ok ? parsed.value : undefined;
  const byYear = value?.latest ? Number(value.latest.slice(0, 4)) : undefined;
  const fromYear = value?.kind === 'from-year-on' && value.start ? Number(value.start.slice(0, 4)) : undefined;
  const from = /từ năm (\d{4})/u.exec(text)?.[1];
  const target: TargetField = {
    text: phrase,
    percent,
    ...(fromYear ? { from: fromYear } : from ? { from: Number(from) } : byYear ? { by: byYear } : {}),
  };
  return { value: target, confidence: 0.6, from: tx('tỷ lệ phần trăm trong câu', 'percentage in the sentence') };
}

/** Words that name an agency nobody registered: a name starting with a capital or an agency word. */
export function looksLikeName(s: string): boolean {
  return /^(?:Sở|Ban|Trung tâm|Thuế|Công ty|Tổng công ty|Tập đoàn|Kiểm toán|Đảng đoàn|Phòng|Chi cục|Cục|Văn phòng|Ủy ban|UBND|Công an|Bộ|Thanh tra|Trường|Bệnh viện|Viện|Hội|Đài|Báo|Kho bạc|Ngân hàng|Bảo hiểm|Đoàn|Liên đoàn|Tòa án|Viện kiểm sát|Cảnh sát)(?![\p{L}\p{N}])/u.test(s.trim());
}

// A body the registry lacks, opening the task as its subject: "Ban Tuyên giáo Trung ương chủ trì, …",
// "Đảng đoàn Quốc hội lãnh đạo, chỉ đạo …".
const SUBJECT = /^(\S.{2,90}?)\s+(?:chủ trì|lãnh đạo|chỉ đạo|tổ chức|xây dựng|có trách nhiệm|chịu trách nhiệm|phối hợp|theo dõi|hướng dẫn)(?![\p{L}\p{N}])/u;
const NOT_A_NAME = /^(?:Ban hành|Trường hợp|Phòng (?:ngừa|chống)|Bộ (?:máy|phận)|Hội (?:nghị|thảo)|Văn phòng phẩm)(?![\p{L}\p{N}])/u;

/** The unregistered body a task's sentence opens with, to be proposed; undefined when it opens otherwise. */
export function subjectName(text: string): string | undefined {
  const m = SUBJECT.exec(plain(text).trim());
  const name = m?.[1]?.trim();
  if (!name || /[,;:.()]/u.test(name) || NOT_A_NAME.test(name) || !looksLikeName(name)) return undefined;
  // A name has a proper noun after its first word: "Ban Tuyên giáo", "Ban cán sự đảng Chính phủ".
  return /\s\p{Lu}/u.test(name) ? name : undefined;
}
