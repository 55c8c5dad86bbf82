import type { TaskEntry } from '../load/cascade.js';
import { todayIso } from '../text/today.js';
import type { Goal, Node, Section, Task } from '../model/body.js';
import type { Document, Signer } from '../model/document.js';
import { KIND_TITLES } from '../model/kind.js';
import type { AgencyRef } from '../model/task.js';
import type { Lang } from '../report/diagnostic.js';
import { readAgencies } from './agencies.js';
import { type ImportContext, registryView } from './context.js';
import { documentId } from './doc-id.js';
import { plain } from './markdown.js';
import { deadlinePassed, provincialWording, withoutDeadlineSentence } from './mirror-wording.js';
import { Notebook, tx } from './notes.js';

/**
 * A draft of the letter an agency writes to implement a parent document: every task of the
 * parent addressed to the agency's level is there, with the parent's deadline and target; tasks a
 * ministry leads are offered as optional mirrors to the ministry's counterpart.
 */
export interface ScaffoldResult {
  readonly document: Document;
  readonly notes: Notebook;
}

/** Why a scaffold cannot be made: an unknown document or agency, nothing to cascade. */
export class ScaffoldError extends Error {
  constructor(readonly text: { vi: string; en: string }) {
    super(text.en);
    this.name = 'ScaffoldError';
  }
}

/** Options of `scaffold`. */
export interface ScaffoldOptions {
  readonly lang?: Lang;
}

interface Plan {
  readonly due: TaskEntry[];
  readonly mirrors: { entry: TaskEntry; counterpart: string }[];
}

/** The agency a `--for` value names: an agency id, or a province slug for its People's Committee. */
export function resolveFor(ctx: ImportContext, value: string): string | undefined {
  if (ctx.agencies.has(value)) return value;
  const ubnd = `${value}.ubnd`;
  return ctx.agencies.has(ubnd) ? ubnd : undefined;
}

/** Builds the draft of `agency`'s letter implementing document `from`. */
export function scaffold(ctx: ImportContext, from: string, agency: string, on: string = todayIso()): ScaffoldResult {
  const parent = ctx.documentsById.get(from);
  if (!parent) {
    throw new ScaffoldError(tx(`không có văn bản \`${from}\` (cần một văn bản đã mô hình hóa)`, `no document \`${from}\` (a modelled document is needed)`));
  }
  const issuer = resolveFor(ctx, agency);
  const me = issuer ? ctx.agencies.get(issuer) : undefined;
  if (!issuer || !me) throw new ScaffoldError(tx(`không có cơ quan \`${agency}\` trong danh mục`, `no agency \`${agency}\` in the registry`));
  const plan = planTasks(ctx, from, issuer);
  if (plan.due.length === 0) {
    throw new ScaffoldError(
      tx(`\`${from}\` không giao nhiệm vụ nào cho ${me.name} (hoặc nhóm có cơ quan này)`, `\`${from}\` addresses no task to ${me.name} (or a group it belongs to)`),
    );
  }
  const notes = new Notebook();
  const lead = leadOf(ctx, issuer);
  const goals = goalsSection(ctx, from, notes);
  const body = [...(goals ? [goals] : []), ...buildBody(ctx, plan, lead, notes, goals ? 1 : 0, on)];
  const doc = header(ctx, parent, issuer, lead, notes);
  doc.body = body;
  // The parent's citations its copied texts repeat come along as written, so `check` sees their typos.
  const texts = JSON.stringify(body);
  doc.cites = [...(doc.cites ?? []), ...(parent.cites ?? []).filter((c) => c.as !== undefined && texts.includes(c.as))];
  // The parent's notes that the copied texts refer to come along.
  const used = JSON.stringify(body);
  doc.footnotes = Object.fromEntries(Object.entries(parent.footnotes).filter(([label]) => used.includes(`[^${label}]`)));
  notes.note(doc, tx('bản khung: điền số, ngày, tên người ký; sửa nội dung cho phù hợp', 'a scaffold: fill in the number, the date and the signer; adapt the text'), 'unknown');
  return { document: doc, notes };
}

/** The agency and those above it. */
function chainOf(ctx: ImportContext, id: string): string[] {
  const out: string[] = [];
  for (let a: string | undefined = id; a && !out.includes(a); a = ctx.agencies.get(a)?.superior) out.push(a);
  return out;
}

/**
 * The leaf tasks of `from` addressed to a group the issuer belongs to (as the audit's
 * central-task-missing rule reads them); for a department cascading a directive, to a group its
 * superior belongs to. The others led by a ministry with a counterpart here are mirror offers.
 */
function planTasks(ctx: ImportContext, from: string, issuer: string): Plan {
  const entries = [...ctx.tasks.values()].filter((e) => e.doc.id === from);
  const leaves = entries.filter((e) => !entries.some((c) => c.ancestors.includes(e.task)));
  const among = (who: string, e: TaskEntry): boolean => e.lead.some((id) => ctx.groups.has(id) && ctx.members(id).includes(who));
  let due = leaves.filter((e) => among(issuer, e));
  if (due.length === 0) {
    const chain = chainOf(ctx, issuer).slice(1);
    due = leaves.filter((e) => chain.some((c) => among(c, e)));
  }
  const me = ctx.agencies.get(issuer);
  // A People's Committee offers a ministry's task to its province's counterpart; a department only to itself.
  const offered = me?.level === 'province' ? [...ctx.agencies.values()].filter((a) => a.province === me.province) : me ? [me] : [];
  const mirrors: Plan['mirrors'] = [];
  for (const e of leaves) {
    if (due.includes(e)) continue;
    const counterpart = offered.find((a) => a.counterpart !== undefined && e.lead.includes(a.counterpart));
    if (counterpart) mirrors.push({ entry: e, counterpart: counterpart.id });
  }
  return { due, mirrors };
}

/**
 * Who leads the due tasks: for a People's Committee, the province's group with the most members
 * ("Các cơ quan, đơn vị, địa phương"); for a department, the group of units under it, or itself.
 */
function leadOf(ctx: ImportContext, issuer: string): string {
  const me = ctx.agencies.get(issuer);
  const province = me?.province;
  const scoped = [...ctx.groups.values()].filter((g) => (g.rule?.province ?? g.id.split('.')[0]) === province && g.id.startsWith(`${province}.`));
  if (me?.level === 'province') {
    const best = scoped.map((g) => ({ g, n: ctx.members(g.id).length })).sort((a, b) => b.n - a.n)[0];
    return best?.g.id ?? issuer;
  }
  const units = [...ctx.groups.values()].find((g) => g.rule?.superior === issuer);
  return units?.id ?? issuer;
}

const nameOf = (ctx: ImportContext, id: string): string => ctx.nameOf(id) ?? id;

/** Counterparts of the ministries a parent task names ("… của Bộ trưởng Bộ Giáo dục và Đào tạo" → Sở GD&ĐT). */
function namedCounterparts(ctx: ImportContext, text: string, province: string | undefined): string[] {
  const view = registryView(ctx);
  const out: string[] = [];
  for (const m of text.matchAll(/Bộ(?:\s+[\p{Lu}][\p{L}]*|\s+và|\s+[\p{Ll}]+){1,8}/gu)) {
    const read = readAgencies(m[0], view);
    for (const h of read.hits) {
      const local = [...ctx.agencies.values()].find((a) => a.province === province && a.counterpart === h.id);
      if (local && !out.includes(local.id)) out.push(local.id);
    }
  }
  return out;
}

interface CopyContext {
  readonly ctx: ImportContext;
  readonly province: string | undefined;
  readonly notes: Notebook;
  /** The letter's date (today for a scaffold): a deadline already past by then is not copied. */
  readonly on: string;
}

function copyTask(cc: CopyContext, e: TaskEntry, id: string, lead: string, kind: 'implements' | 'mirrors'): Task {
  const { ctx, province } = cc;
  const t: Task = { task: id };
  if (e.task.lead_in && kind === 'implements' && e.ref.includes('/')) t.lead_in = e.task.lead_in;
  const source = e.task.text ?? e.task.title;
  // The deadline is printed by its field line: the sentence that repeats it leaves the text.
  const own = source === undefined ? undefined : [source].flat().map((p) => (e.task.deadline ? withoutDeadlineSentence(p, e.task.deadline) : p));
  const ministry = e.lead.map((l) => nameOf(ctx, l))[0] ?? '';
  const text = own === undefined ? undefined : kind === 'mirrors' ? own.map((p) => provincialWording(p, ministry)) : own;
  if (text !== undefined) t.text = text.length === 1 ? (text[0] as string) : text;
  t.lead = [lead];
  const helpers = kind === 'implements' ? namedCounterparts(ctx, [e.task.text ?? ''].flat().map(plain).join(' '), province).filter((c) => c !== lead) : [];
  if (helpers.length > 0) t.coordinators = helpers as AgencyRef[];
  if (e.task.deadline !== undefined && !deadlinePassed(e.task.deadline, cc.on)) {
    t.deadline = e.task.deadline;
    // A rhythm the text opens with ("Định kỳ 6 tháng, tổng hợp …") is not printed again below it.
    const phrase = typeof e.task.deadline === 'string' ? e.task.deadline : e.task.deadline.text;
    if ([t.text ?? ''].flat().some((p) => p.includes(phrase.replace(/\.$/u, '')))) t.fields = { inline: ['deadline'] };
  }
  else if (e.task.deadline !== undefined) {
    const was = typeof e.task.deadline === 'string' ? e.task.deadline : e.task.deadline.text;
    cc.notes.note(t, tx(`thời hạn của cấp trên “${was}” đã qua (${cc.on}): ghi thời hạn của cấp này`, `the parent's deadline “${was}” has passed (${cc.on}): write this level's own`), 'deadline');
  }
  if (e.task.target !== undefined) t.target = e.task.target;
  t[kind] = [e.ref];
  return t;
}

/** The parent's goals restated, with their targets: a letter may repeat them, never weaken them. */
function goalsSection(ctx: ImportContext, from: string, notes: Notebook): Section | undefined {
  const goals = [...ctx.goals.values()].filter((g) => g.doc.id === from);
  if (goals.length === 0) return undefined;
  const items: Goal[] = goals.map((g, k) => ({
    goal: `1.${LETTERS[k] ?? String(k + 1)}`,
    text: g.goal.text,
    ...(g.goal.target !== undefined ? { target: g.goal.target } : {}),
  }));
  const section: Section = { section: '1', title: 'Mục tiêu', items };
  notes.note(section, tx(`nhắc lại mục tiêu của ${from} (không được thấp hơn)`, `the goals of ${from} restated (never weaker)`));
  return section;
}

const LETTERS = 'abcdefghik';

function buildBody(ctx: ImportContext, plan: Plan, lead: string, notes: Notebook, offset: number, on: string): Node[] {
  const province = ctx.agencies.get(lead)?.province ?? lead.split('.')[0];
  const cc: CopyContext = { ctx, province, notes, on };
  // Due tasks in the parent's order; the years of a split task ("2.b/2026", "2.b/2027") together.
  const groups: { split: string | undefined; entries: TaskEntry[] }[] = [];
  for (const e of plan.due) {
    const split = e.ref.includes('/') ? e.ref.slice(0, e.ref.lastIndexOf('/')) : undefined;
    const same = split ? groups.find((g) => g.split === split) : undefined;
    if (same) same.entries.push(e);
    else groups.push({ split, entries: [e] });
  }
  const body: Node[] = groups.map((g, k) => {
    const id = String(offset + k + 1);
    const first = g.entries[0] as TaskEntry;
    if (!g.split) {
      const t = copyTask(cc, first, id, lead, 'implements');
      notes.note(t, tx(`bắt buộc: thực hiện ${first.ref}, giao cho cấp này`, `required: carries ${first.ref}, addressed to this level`));
      return t;
    }
    const head = ctx.tasks.get(g.split);
    const title = plain([head?.task.text ?? head?.task.title ?? g.split].flat().join(' ')).replace(/:$/, '');
    const items = g.entries.map((e, i) => {
      const t = copyTask(cc, e, `${id}.${i + 1}`, lead, 'implements');
      notes.note(t, tx(`bắt buộc: thực hiện ${e.ref}`, `required: carries ${e.ref}`));
      return t;
    });
    const section: Section = { section: id, title, items };
    notes.note(section, tx(`thực hiện từng năm của ${g.split}`, `carries each year of ${g.split}`));
    return section;
  });
  if (plan.mirrors.length > 0) {
    const id = String(offset + groups.length + 1);
    const items = plan.mirrors.map((m, k) => {
      const t = copyTask(cc, m.entry, `${id}.${k + 1}`, m.counterpart, 'mirrors');
      const leads = m.entry.lead.map((l) => nameOf(ctx, l)).join(', ');
      notes.note(
        t,
        tx(
          `TÙY CHỌN: ${nameOf(ctx, m.counterpart)} làm theo nhiệm vụ ${m.entry.ref} của ${leads}; xóa nếu không cần`,
          `OPTIONAL: ${nameOf(ctx, m.counterpart)} mirrors ${m.entry.ref} of ${leads}; delete it if not needed`,
        ),
      );
      return t;
    });
    const section: Section = { section: id, title: 'Nhiệm vụ tương ứng với nhiệm vụ của các bộ', items };
    notes.note(section, tx('các nhiệm vụ dưới đây là tùy chọn', 'the tasks below are optional'));
    body.push(section);
  }
  return body;
}

/** Number and symbol as a citation prints them: `14/CT-TTg`. */
const numberOf = (d: Document): string => `${d.number ?? ''}/${d.symbol ?? ''}`;

function printedDate(iso: string | undefined): string {
  const [y, m, d] = (iso ?? '').split('-');
  return d && m && y ? `${Number(d)}/${Number(m)}/${y}` : (y ?? '');
}

function header(ctx: ImportContext, parent: Document, issuer: string, lead: string, notes: Notebook): Document {
  const me = ctx.agencies.get(issuer);
  const province = me?.province;
  const provinceName = province ? (ctx.agencies.get(`${province}.ubnd`)?.name.replace(/^Ủy ban nhân dân\s+(?:tỉnh|thành phố)\s+/iu, '') ?? province) : undefined;
  const kindWord = (KIND_TITLES[parent.kind] ?? 'Công văn').toLowerCase().replace(/^./, (c) => c.toUpperCase());
  const about = parent.subject ? ` ${parent.subject.replace(/^Về\s/u, 'về ')}` : '';
  const cited = `${kindWord} số ${numberOf(parent)} ngày ${printedDate(parent.date)} của ${parent.issuer ? nameOf(ctx, parent.issuer) : ''}`.replace(/\s+/g, ' ').trim();
  const isUbnd = me?.level === 'province';
  const group = ctx.groups.get(lead);
  const to: AgencyRef[] = group ? [...(group.members ?? []), ...(group.includes ?? [])] : [lead];
  const code = (me?.variants ?? []).find((v) => /^[\p{Lu}Đ&]{2,}$/u.test(v)) ?? 'UBND';
  const speaker = isUbnd ? `Chủ tịch ${me?.name ?? ''}` : (me?.name ?? '');
  const signer: Signer = isUbnd ? { authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' } : { authority: 'KT', for: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC' };
  const doc: Document = {
    id: documentId({ kind: 'cong-van', number: undefined, symbol: code, date: undefined, province, issuer, fileStem: `trien-khai-${parent.id}` }),
    kind: 'cong-van',
    symbol: code,
    issuer,
    ...(me?.superior && me.level !== 'province' ? { superior: me.superior } : {}),
    ...(provinceName ? { place: provinceName } : {}),
    subject: `triển khai thực hiện ${cited}${about}`,
    to,
    implements: [parent.id],
    cites: [{ ref: parent.id, as: numberOf(parent), ...(parent.date ? { date: parent.date } : {}) }],
    preamble: `Thực hiện ${cited}${about}, ${speaker} đề nghị các cơ quan, đơn vị triển khai thực hiện một số nội dung sau:`,
    fields: { style: 'letters', lead: 'Cơ quan thực hiện', coordinators: 'Cơ quan phối hợp', deadline: 'Thời gian thực hiện' },
    body: [],
    closing: 'Thủ trưởng các cơ quan, đơn vị tổ chức triển khai thực hiện./.',
    footnotes: {},
    not_applicable: [],
    signer,
    distribution: ['Như trên', 'Lưu: VT'],
    unknown: ['number', 'date', 'signer'],
  };
  notes.note(doc, tx('thêm mã đơn vị soạn thảo sau dấu gạch (ví dụ UBND-VX)', 'add the drafting unit after a dash (e.g. UBND-VX)'), 'symbol');
  return doc;
}
