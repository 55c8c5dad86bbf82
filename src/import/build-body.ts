import type { Goal, Node, Para, Section, Task } from '../model/body.js';
import type { AgencyRef } from '../model/task.js';
import type { AgencyHit } from './agencies.js';
import type { ProposalBook } from './describe.js';
import type { Text } from '../report/diagnostic.js';
import type { ImportContext, RegistryView } from './context.js';
import { conf, join, linesLabel, tx, type Notebook } from './notes.js';
import type { Shaped } from './shape.js';
import { readTaskFields, type TaskFieldsRead } from './task-fields.js';

/** A task of the draft with what the importer knows about it, for parent links and scoring. */
export interface BuiltTask {
  readonly task: Task;
  readonly shaped: Shaped;
  readonly fields: TaskFieldsRead;
  /** Lead ids in force (its own, or inherited from the enclosing section or task). */
  readonly lead: readonly string[];
  /** Enclosing tasks, outermost first. */
  readonly parents: readonly Task[];
  /** The node the task sits in (a section or a task), or undefined at the top of the body. */
  readonly container: object | undefined;
}

/** What building the body needs. */
export interface BodyContext {
  readonly ctx: ImportContext;
  readonly view: RegistryView;
  readonly province: string | undefined;
  readonly notes: Notebook;
  /** The addressees: the lead of tasks that name none (a letter that gives every task to them). */
  readonly addressees: readonly AgencyHit[];
  /** Names no registry entry matched: proposed, with an id the draft can use. */
  readonly book: ProposalBook;
}

/** An agency as the draft writes it: the id, with the words printed when they differ from the registry's name. */
export function refOf(hit: AgencyHit, ctx: ImportContext): AgencyRef {
  // A proposed agency has no registry name yet: the words printed go with its id.
  if (ctx.agencies.get(hit.id) === undefined && ctx.groups.get(hit.id) === undefined) return { ref: hit.id, as: hit.as };
  const name = ctx.nameOf(hit.id);
  return name !== undefined && name.normalize('NFC') === hit.as.normalize('NFC') ? hit.id : { ref: hit.id, as: hit.as };
}

const withConf = (t: Text, c: number): Text => tx(`${t.vi} (${conf(c)})`, `${t.en} (${conf(c)})`);

const paragraphs = (text: readonly string[]): string | string[] => (text.length === 1 ? (text[0] ?? '') : [...text]);

/** Builds the body nodes; returns them with every task built. */
export function buildBody(shaped: readonly Shaped[], bc: BodyContext): { body: Node[]; tasks: BuiltTask[] } {
  const tasks: BuiltTask[] = [];
  const body = buildNodes(shaped, bc, tasks, [], [], undefined);
  return { body, tasks };
}

function buildNodes(
  list: readonly Shaped[],
  bc: BodyContext,
  tasks: BuiltTask[],
  inherited: readonly string[],
  parents: readonly Task[],
  container: object | undefined,
): Node[] {
  const out: Node[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    // Consecutive paragraphs are one `p` node with several paragraphs, as a letter prints them.
    if (s.kind === 'para' && prev && 'p' in prev && s.children.length === 0) {
      const p = prev as { p: string | string[] };
      p.p = [...(Array.isArray(p.p) ? p.p : [p.p]), ...s.text];
      continue;
    }
    out.push(buildNode(s, bc, tasks, inherited, parents, container));
  }
  return out;
}

function buildNode(s: Shaped, bc: BodyContext, tasks: BuiltTask[], inherited: readonly string[], parents: readonly Task[], container: object | undefined): Node {
  if (s.kind === 'para') {
    const node: Para = { p: paragraphs(s.text) };
    return node;
  }
  if (s.kind === 'goal') {
    const node: Goal = { goal: s.id, text: paragraphs(s.text) };
    return node;
  }
  if (s.kind === 'section') {
    const hits = s.headingLead ?? (s.headingProposal !== undefined ? [bc.book.agency(s.headingProposal, s.start)] : undefined);
    const lead = hits?.map((h) => refOf(h, bc.ctx));
    const own = hits?.map((h) => h.id) ?? inherited;
    const items: Node[] = [];
    const node: Section = { section: s.id };
    items.push(...buildNodes(s.children, bc, tasks, own, parents, node));
    const leadIn = s.text.length > 0 ? [{ p: paragraphs(s.text) } as Para] : [];
    if (s.title !== undefined) node.title = s.title;
    if (lead) node.lead = lead;
    if (items.length + leadIn.length > 0) node.items = [...leadIn, ...items];
    bc.notes.note(node, join([linesLabel(s.start, s.end), s.why]));
    if (lead) bc.notes.note(node, tx(`từ tiêu đề "${s.title ?? ''}" (${conf(0.9)})`, `from the heading "${s.title ?? ''}" (${conf(0.9)})`), 'lead');
    return node;
  }
  return buildTask(s, bc, tasks, inherited, parents, container);
}

function buildTask(s: Shaped, bc: BodyContext, tasks: BuiltTask[], inherited: readonly string[], parents: readonly Task[], container: object | undefined): Task {
  const fields = readTaskFields({ text: s.text, fields: s.fields, yearLabel: s.year?.printed }, bc.view, bc.province, (name) => bc.book.agency(name, s.start));
  const node: Task = { task: s.id };
  if (s.title !== undefined) node.title = s.title;
  if (s.leadIn !== undefined) node.lead_in = s.leadIn;
  if (s.printed === '' || s.printed === '-' || s.printed === '+' || s.printed === '•') node.marker = s.printed;
  else if (s.item.marker && !['-', '+'].includes(s.printed) && s.printed !== `${s.item.marker.label}.` && s.item.marker.style !== 'letter') node.marker = s.printed;
  if (s.text.length > 0 && s.text.some((t) => t !== '')) node.text = paragraphs(s.text);

  let lead: readonly string[] = inherited;
  const headingLead = s.headingLead && !s.year ? s.headingLead : undefined;
  if (headingLead) {
    node.lead = headingLead.map((h) => refOf(h, bc.ctx));
    lead = headingLead.map((h) => h.id);
    bc.notes.note(node, tx(`cơ quan ghi đầu câu "${s.leadIn ?? ''}" (${conf(0.9)})`, `agency opening the item "${s.leadIn ?? ''}" (${conf(0.9)})`), 'lead');
  } else if (fields.lead) {
    node.lead = fields.lead.value.map((h) => refOf(h, bc.ctx));
    lead = fields.lead.value.map((h) => h.id);
    bc.notes.note(node, withConf(fields.lead.from, fields.lead.confidence), 'lead');
  } else if (inherited.length === 0 && parents.length === 0 && bc.addressees.length > 0) {
    node.lead = bc.addressees.map((h) => refOf(h, bc.ctx));
    lead = bc.addressees.map((h) => h.id);
    bc.notes.note(node, tx(`không ghi cơ quan chủ trì: giao cho nơi nhận ở "Kính gửi" (${conf(0.6)})`, `no lead written: the addressees ("Kính gửi") (${conf(0.6)})`), 'lead');
  }
  if (fields.coordinators) {
    node.coordinators = fields.coordinators.value.map((h) => refOf(h, bc.ctx));
    bc.notes.note(node, withConf(fields.coordinators.from, fields.coordinators.confidence), 'coordinators');
  }
  if (fields.deadline) {
    node.deadline = fields.deadline.value;
    bc.notes.note(node, withConf(fields.deadline.from, fields.deadline.confidence), 'deadline');
  } else if (fields.deadlineUnknown !== undefined) {
    // Written as a comment, not as the task's deadline: the draft must pass `cascade validate` as it is.
    bc.notes.note(node, tx(`thời hạn "${fields.deadlineUnknown}" chưa đọc được, chưa ghi vào deadline: kiểm tra lại`, `deadline "${fields.deadlineUnknown}" not understood, left out of deadline: check it`));
  }
  if (fields.target) node.target = fields.target.value;
  if (fields.products) node.products = [...fields.products];
  bc.notes.note(node, join([linesLabel(s.start, s.end), s.why]));

  tasks.push({ task: node, shaped: s, fields, lead, parents, container });
  const kids = buildNodes(s.children, bc, tasks, lead, [...parents, node], node);
  if (kids.length > 0) node.items = kids;
  return node;
}
