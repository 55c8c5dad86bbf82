import type { Document } from '../../model/document.js';
import type { AgencyRegistry } from '../agencies.js';
import { cellMarkdown, escapeMarkdown } from '../escape.js';
import { bodyBlocks, type BlockView } from './body.js';
import { citable, citation, numberSymbol, type CitationSource } from './cite.js';
import { footnotesView, type FootnoteView } from './footnotes.js';
import { asPlanBlock, asPlanText } from './self-reference.js';
import type { Prepared } from './document.js';
import { headerOf, signerOf, type LayoutParts } from './layout.js';
import { taskRows, type TaskRow } from './task-rows.js';
import { longDate } from '../dates.js';

/** The data of the `ke-hoach` template: an implementing plan drawn from a letter's tasks. */
export interface PlanView {
  readonly intro: string;
  readonly purposes: readonly string[];
  readonly requirements: readonly string[];
  /**
   * The letter's body as the plan's tasks: every section title, lead-in, task text and paragraph,
   * with the letter's numbering and footnote marks; the field lines (lead, coordinators,
   * deadline) are the annex table's.
   */
  readonly tasks: readonly BlockView[];
  readonly organisation: readonly string[];
  /** The letter's footnotes (Gia Lai 2.1's course links). */
  readonly footnotes: readonly FootnoteView[];
}

/** The data of the `ke-hoach-phu-luc` template: the assignment table. */
export interface PlanAnnexView {
  readonly rows: readonly {
    readonly stt: string;
    readonly task: string;
    readonly lead: string;
    readonly coordinators: string;
    readonly deadline: string;
    readonly products: string;
  }[];
}

/** What a plan needs to know beyond its letter. */
export interface PlanSource extends CitationSource {
  readonly goals: ReadonlyMap<string, { readonly doc: Document; readonly goal: { readonly text: string | readonly string[] } }>;
}

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function parentGoals(doc: Document, source: PlanSource): string[] {
  const parents = new Set(doc.implements);
  return [...source.goals.values()]
    .filter((g) => parents.has(g.doc.id))
    .map((g) => (typeof g.goal.text === 'string' ? g.goal.text : g.goal.text.join(' ')));
}

function issuerName(doc: Document, registry: AgencyRegistry): string {
  return (doc.issuer && registry.agencies.get(doc.issuer)?.name) || 'cơ quan ban hành';
}

function planSubject(doc: Document): string {
  const subject = (doc.subject ?? '').trim();
  return upperFirst(/^triển khai/iu.test(subject) ? subject : `triển khai thực hiện ${subject}`);
}

/** The plan as a document: the letter's issuer and signer, no number yet (a draft), type name KẾ HOẠCH. */
function planDocument(doc: Document): Document {
  const office = (doc.symbol ?? 'UBND').split('-')[0] ?? 'UBND';
  // A new draft: no number, and the day left blank until it is signed.
  const date = doc.date?.slice(0, 7);
  return { ...doc, kind: 'ke-hoach', number: undefined, symbol: `KH-${office}`, date, to: [], subject: planSubject(doc) };
}

function annexRow(r: TaskRow, i: number): PlanAnnexView['rows'][number] {
  return {
    stt: String(i + 1),
    task: cellMarkdown(asPlanText(r.task)),
    lead: cellMarkdown(r.lead),
    coordinators: cellMarkdown(r.coordinators),
    deadline: cellMarkdown(r.deadline),
    products: cellMarkdown(r.products),
  };
}

/**
 * An implementing plan (kế hoạch) from a letter: purpose (the parent's goals), requirements, the
 * tasks, organisation, and the appendix table STT · Nhiệm vụ · Cơ quan chủ trì · Cơ quan phối hợp ·
 * Thời gian · Sản phẩm, on landscape pages (six columns do not fit a portrait page).
 */
export function preparePlan(doc: Document, source: PlanSource): Prepared<PlanView> {
  const plan = planDocument(doc);
  const issuer = issuerName(doc, source);
  const parents = doc.implements.map((id) => citable(id, source)).filter((d) => d !== undefined);
  const cited = parents.map((p) => citation(p, source, true));
  const basis = cited.length > 0 ? cited.join('; ') : escapeMarkdown(`Công văn ${numberSymbol(doc)}`);
  const rows = taskRows(doc, source);
  const follow = doc.issuer ? source.agencies.get(doc.issuer)?.province : undefined;
  const followName = follow ? source.agencies.get(`${follow}.snv`)?.name : undefined;
  const view: PlanView = {
    intro: escapeMarkdown(`Thực hiện ${basis}, ${issuer} ban hành Kế hoạch triển khai thực hiện như sau:`),
    purposes: [
      escapeMarkdown(`Triển khai kịp thời, đầy đủ, hiệu quả các nhiệm vụ được giao tại ${cited[0] ?? basis}.`),
      ...parentGoals(doc, source).map(escapeMarkdown),
    ],
    requirements: [
      'Xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ; thời hạn không muộn hơn thời hạn cấp trên giao.',
      'Các cơ quan, đơn vị, địa phương chủ động tổ chức thực hiện, phối hợp chặt chẽ và báo cáo kết quả theo quy định.',
    ],
    tasks: bodyBlocks(doc.body, source, doc.fields, false).map(asPlanBlock),
    organisation: [
      'Các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại Phụ lục kèm theo Kế hoạch này chủ động xây dựng kế hoạch chi tiết, tổ chức thực hiện bảo đảm chất lượng, đúng thời hạn.',
      escapeMarkdown(`${followName ?? 'Cơ quan được giao theo dõi'} theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo ${issuer} theo quy định.`),
    ],
    footnotes: footnotesView(doc.footnotes),
  };
  const layout: LayoutParts = {
    header: headerOf(plan, source, plan.subject),
    to: [],
    bases: [],
    signer: doc.signer || doc.unknown?.includes('signer') ? signerOf(doc) : { lines: [] },
    distribution: doc.distribution,
  };
  const date = longDate(plan.date);
  return {
    template: 'ke-hoach',
    view,
    layout,
    appendices: [
      {
        template: 'ke-hoach-phu-luc',
        view: { rows: rows.map(annexRow) } satisfies PlanAnnexView,
        title: 'PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN',
        subtitle: `(Kèm theo Kế hoạch ${numberSymbol(plan)} ${date} của ${issuer})`,
        landscape: true,
      },
    ],
  };
}
