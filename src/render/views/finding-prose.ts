import type { Cascade } from '../../load/cascade.js';
import type { Document } from '../../model/document.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import type { NotEvaluated } from '../../check/engine.js';
import { RULES } from '../../check/rules/index.js';
import { nfc } from '../../text/normalize.js';
import { citation, KIND_NAMES } from './cite.js';
import { REMINDER_RULES, quotesOf, subjectAt } from './reminder-items.js';
import { taskNamed } from './task-ref.js';

/** What an inspection report asks an agency to do about a kind of finding. */
export const ACTIONS = {
  issue: 'khẩn trương hoàn thiện, ban hành văn bản',
  cascade: 'bổ sung các nhiệm vụ cấp trên giao chưa được triển khai',
  lead: 'xác định cơ quan chủ trì thực hiện các nhiệm vụ nêu trên',
  deadline: 'bổ sung, điều chỉnh thời hạn hoàn thành các nhiệm vụ nêu trên, bảo đảm không muộn hơn thời hạn cấp trên giao',
  target: 'điều chỉnh chỉ tiêu, bảo đảm không thấp hơn chỉ tiêu cấp trên giao',
  report: 'điều chỉnh chế độ báo cáo theo yêu cầu của cấp trên',
  cite: 'đính chính số, ký hiệu, ngày của văn bản được trích dẫn',
  review: 'rà soát lại các nội dung nêu trên',
} as const;
export type Action = keyof typeof ACTIONS;

/** One finding in an inspection report's words: the document it is about, the sentence, what to do. */
export interface ProseFinding {
  readonly doc: Document;
  readonly sentence: string;
  readonly action: Action;
}

const ACTION_OF: Readonly<Record<string, Action>> = {
  'draft-not-issued': 'issue',
  'central-task-missing': 'cascade',
  'task-missing-lead': 'lead',
  'task-missing-deadline': 'deadline',
  'deadline-later-than-parent': 'deadline',
  'target-weaker-than-parent': 'target',
  'target-weaker-than-goal': 'target',
  'report-rarer-than-parent': 'report',
  'citation-inconsistent': 'cite',
};

/** A document as an inspection report names it: its citation, a draft as `dự thảo Công văn … của …`. */
export function auditCitation(doc: Document, cascade: Cascade): string {
  const unknownNumber = doc.unknown?.includes('number') ?? false;
  const draft = !doc.number?.trim() && !unknownNumber;
  if (!draft && !unknownNumber) return citation(doc, cascade);
  const issuer = doc.issuer ? cascade.agencies.get(doc.issuer)?.name : undefined;
  const to = doc.to.map((r) => cascade.nameOf(typeof r === 'string' ? r : r.ref)).filter((n) => n !== undefined);
  const of = issuer ? ` của ${issuer}` : '';
  if (unknownNumber) return nfc(`${KIND_NAMES[doc.kind]}${of}${to.length > 0 ? ` gửi ${to.join(', ')}` : ''} (bản lưu không ghi số, ngày ban hành)`);
  const when = doc.date && /^\d{4}-\d{2}$/.test(doc.date) ? ` tháng ${Number(doc.date.slice(5))}/${doc.date.slice(0, 4)}` : doc.date ? ` năm ${doc.date.slice(0, 4)}` : '';
  return nfc(`dự thảo ${KIND_NAMES[doc.kind]}${doc.symbol ? ` ký hiệu ${doc.symbol}` : ''}${when}${of}`);
}

function ruleDescription(rule: string): string {
  const text = RULES.find((r) => r.id === rule)?.meta.description.vi ?? 'có nội dung cần rà soát';
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function citationSentence(message: string): string {
  const q = quotesOf(message);
  if (/ghi ngày/u.test(message) && q[1] && q[2] && q[3]) return `ghi ngày ban hành của văn bản “${q[2]}” là ${q[1]}, không đúng ngày ban hành ${q[3]}`;
  if (q[1] && q[2]) return `trích dẫn “${q[1]}”, không đúng số, ký hiệu của văn bản được trích dẫn (đúng là “${q[2]}”)`;
  return ruleDescription('citation-inconsistent');
}

function sentenceOf(d: Diagnostic, cascade: Cascade, doc: Document, task: string | undefined): string {
  if (d.rule === 'draft-not-issued') return 'văn bản chưa được ban hành (chưa có số, ngày ban hành)';
  if (d.rule === 'citation-inconsistent') return citationSentence(d.message.vi);
  if (d.rule === 'central-task-missing') {
    const at = d.related?.[0]?.place;
    const parent = at ? subjectAt(cascade, at) : undefined;
    if (parent?.task) return `chưa triển khai ${taskNamed(parent.doc, parent.task.task.task, true)} tại ${citation(parent.doc, cascade)}`;
    return 'chưa triển khai đầy đủ các nhiệm vụ cấp trên giao';
  }
  const wording = REMINDER_RULES[d.rule];
  const what = wording ? wording(quotesOf(d.message.vi), d.found).vi : ruleDescription(d.rule);
  return task ? `${taskNamed(doc, task)}: ${what}` : what;
}

/** A finding of the audit in an inspection report's words; undefined when it is about no document. */
export function proseFinding(d: Diagnostic, cascade: Cascade): ProseFinding | undefined {
  const subject = d.place ? subjectAt(cascade, d.place) : undefined;
  if (!subject) return undefined;
  const task = subject.task?.task.task;
  return { doc: subject.doc, sentence: sentenceOf(d, cascade, subject.doc, task), action: ACTION_OF[d.rule] ?? 'review' };
}

/** What could not be judged, in a report's words: the document and why, with no id or file. */
export function proseNotEvaluated(n: NotEvaluated, cascade: Cascade): { readonly doc: Document | undefined; readonly sentence: string } {
  const [docId, taskId] = (n.at ?? '').split('#');
  const doc = docId ? cascade.documentsById.get(docId) : undefined;
  const q = quotesOf(n.reason.vi).map((s) => (s === undefined || s === 'unknown' || cascade.documentsById.has(s) ? undefined : s));
  const on = doc && taskId ? `${taskNamed(doc, taskId)}: ` : '';
  switch (n.rule) {
    case 'draft-not-issued':
      return { doc, sentence: 'bản lưu không ghi số, ngày ban hành nên chưa xác định được văn bản đã ban hành hay chưa' };
    case 'central-task-missing':
      return { doc, sentence: `chưa có toàn văn ${q[0] ? `văn bản “${q[0]}”` : 'văn bản cấp trên'} để đối chiếu việc triển khai các nhiệm vụ` };
    case 'deadline-later-than-parent':
      return { doc, sentence: `${on}thời hạn${q[0] ? ` “${q[0]}”` : ''} chưa so sánh được với thời hạn${q[1] ? ` “${q[1]}”` : ''} của nhiệm vụ cấp trên` };
    default:
      return { doc, sentence: `${on}chưa đủ thông tin để đánh giá (${ruleDescription(n.rule)})` };
  }
}
