import type { Text } from '../report/diagnostic.js';
import type { Candidate, TargetFacts } from './link-candidates.js';
import { conf, tx } from './notes.js';
import { similarity } from './similarity.js';

/**
 * The score of one pair (a task of the draft, a task of a parent document): how far the task
 * carries the parent task out. Wording is the ground (weighted syllables and pairs, folded tones,
 * against the parent's whole text and each of its numbered parts); agencies and explicit
 * references add to it:
 * - the task names the parent task ("Mục 3 Điều 1 Quyết định số …"): nearly certain;
 * - the task (or the heading it sits under) cites the parent's document;
 * - its lead is the parent task's lead (a ministry carrying its own task down), or that lead's
 *   counterpart in the province (Bộ Công an → Công an tỉnh) for a task addressed to another body;
 * - a recurring report answers a parent's recurring report; the same share by the same year
 *   answers a parent's target.
 * Whether the parent task is addressed to the letter's issuer sets the threshold (links.ts).
 */

/** What the linker knows of a task of the draft. */
export interface ChildFacts {
  readonly bag: ReadonlyMap<string, number>;
  readonly lead: readonly string[];
  /** The provincial counterparts of its leads' ministries. */
  readonly counterparts: ReadonlySet<string>;
  /** A recurring report. */
  readonly reporting: boolean;
  readonly target: TargetFacts | undefined;
  /** Documents its text or its heading cites. */
  readonly citedDocs: ReadonlySet<string>;
  /** Parent tasks it names, as refs (`lao-cai-qd-2338#1.3`). */
  readonly named: ReadonlySet<string>;
}

/** A pair's score and what it rests on. */
export interface Scored {
  readonly score: number;
  readonly why: Text;
  /** The task names this parent task. */
  readonly named: boolean;
  /** The wording alone, before any other evidence. */
  readonly wording: number;
  /** The task (or its heading) cites this parent task's document. */
  readonly cites: boolean;
}

/** The weight of each kind of evidence (tuned on the corpus's tuning groups, docs/import.md). */
export const EVIDENCE = {
  /** One numbered part of a parent ("(2) Đánh giá, xác nhận …") is weaker evidence than its whole text. */
  part: 0.85,
  named: 0.5,
  addressed: 0.15,
  citedDocument: 0.1,
  sameLead: 0.1,
  counterpart: 0.2,
  recurringReport: 0.2,
  sameTarget: 0.15,
} as const;

/** The score of a task of the draft against one parent task. */
export function scorePair(t: ChildFacts, c: Candidate): Scored {
  const whole = similarity(t.bag, c.bag);
  const part = EVIDENCE.part * Math.max(0, ...c.parts.map((p) => similarity(t.bag, p)));
  const wording = Math.max(whole, part);
  let score = wording;
  const why: Text[] = [tx(`lời văn giống ${conf(score)}`, `wording ${conf(score)}`)];
  const add = (w: number, text: Text): void => {
    score += w;
    why.push(text);
  };
  const named = t.named.has(c.ref);
  if (named) add(EVIDENCE.named, tx('văn bản dẫn chiếu đích danh mục này', 'the text names this item'));
  else if (t.citedDocs.has(c.entry.doc.id)) add(EVIDENCE.citedDocument, tx('nhiệm vụ dẫn văn bản cấp trên', "the task cites the parent's document"));
  if (c.implementsKind) add(EVIDENCE.addressed, tx('nhiệm vụ cấp trên giao cho cơ quan ban hành', "the parent task is addressed to the letter's issuer"));
  if (c.lead.some((id) => t.lead.includes(id))) add(EVIDENCE.sameLead, tx('cùng cơ quan chủ trì', 'the same lead'));
  else if (!c.implementsKind && c.lead.some((id) => t.counterparts.has(id))) add(EVIDENCE.counterpart, tx('cơ quan chủ trì là cơ quan tương ứng của bộ', "the lead is the ministry's counterpart"));
  if (t.reporting && c.deadline?.kind === 'recurring') add(EVIDENCE.recurringReport, tx('báo cáo định kỳ như nhiệm vụ cấp trên', 'a recurring report like the parent'));
  if (sameTarget(t.target, c.target)) add(EVIDENCE.sameTarget, tx(`cùng chỉ tiêu ${t.target?.percent}%`, `same ${t.target?.percent}% target`));
  return { score, wording, named, cites: t.citedDocs.has(c.entry.doc.id), why: { vi: why.map((w) => w.vi).join(', '), en: why.map((w) => w.en).join(', ') } };
}

/** The same share of staff by the same year (a "100%" target), the parent's by its year or goal. */
function sameTarget(target: TargetFacts | undefined, parent: TargetFacts | undefined): boolean {
  if (target?.percent === undefined || parent?.percent !== target.percent) return false;
  const sameYear = (target.by === undefined && target.from === undefined) || parent.by === target.by || parent.from === target.from;
  return sameYear && (parent.by ?? parent.from) !== undefined;
}
