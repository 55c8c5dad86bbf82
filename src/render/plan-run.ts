import type { CheckResult } from '../check/engine.js';
import type { Cascade } from '../load/cascade.js';
import type { CoverageMatrix } from '../matrix/types.js';
import type { Document } from '../model/document.js';
import type { Lang } from '../report/diagnostic.js';
import { defaultKind, planKind, planReminders, type PlannedFile } from './kinds.js';
import { prepareAuditReport } from './views/audit-report.js';

/** A letter that cascades a parent to its own agencies from a province (not a ministry's, not a department's). */
export function isProvincialLetter(doc: Document, cascade: Cascade): boolean {
  const level = doc.issuer ? cascade.agencies.get(doc.issuer)?.level : undefined;
  return level === 'province' && doc.implements.length > 0 && doc.kind === 'cong-van';
}

/** A letter that sends a summary form for its addressees to fill in (`attachments: [Biểu mẫu tổng hợp]`). */
export function asksForForm(doc: Document): boolean {
  return (doc.attachments ?? []).some((a) => /biểu mẫu/iu.test(a));
}

/**
 * Every document of the main job, planned in memory: each modelled document in its own kind, a
 * plan for each provincial letter, the reminder letters from the audit's findings, the blank forms
 * for the addressees of a letter that asks for one, and the audit report with its matrix.
 */
export function planRun(cascade: Cascade, check: CheckResult, matrix: CoverageMatrix | undefined, lang: Lang = 'vi'): PlannedFile[] {
  const out: PlannedFile[] = [];
  for (const doc of cascade.documents) out.push(...planKind(defaultKind(doc, cascade), doc, cascade));
  for (const doc of cascade.documents) if (isProvincialLetter(doc, cascade)) out.push(...planKind('ke-hoach', doc, cascade));
  out.push(...planReminders(cascade, check.diagnostics, undefined, lang));
  for (const doc of cascade.documents) if (asksForForm(doc)) out.push(...planKind('bieu-mau', doc, cascade));
  const root = matrix ? cascade.documentsById.get(matrix.root.doc) : undefined;
  if (root) out.push(...planKind('bao-cao-kiem-tra', root, cascade, { check, matrix }));
  else out.push({ name: 'bao-cao-kiem-tra.docx', kind: 'bao-cao-kiem-tra', prepared: prepareAuditReport(cascade, { check, matrix }) });
  return out;
}
