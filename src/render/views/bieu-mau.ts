import type { OfficialDocHeader } from '../../docx/layout-input.js';
import { dateParts } from '../../model/date.js';
import type { Document } from '../../model/document.js';
import type { AgencyRef } from '../../model/task.js';
import { headerLines, nameAgency, type AgencyRegistry } from '../agencies.js';
import { escapeMarkdown } from '../escape.js';
import { citation, type CitationSource } from './cite.js';
import type { Prepared } from './document.js';
import { figureRows, type FigureRowView } from './figures.js';
import { formRecipient } from './form-recipient.js';
import type { LayoutParts } from './layout.js';

/** The data of the `bieu-mau` template: the blank summary form of one unit. */
export interface FormView {
  /** The unit's name, or a dotted line when the form goes to every unit of a group. */
  readonly unit: string;
  readonly basis: string;
  /** The period's year, printed in the cut-off date line. */
  readonly year: string;
  readonly rows: readonly FigureRowView[];
}

/** What a form needs beyond its letter and unit. */
export interface FormOptions {
  /** The group the unit was addressed through (`--each gia-lai.ubnd-xa`): the letter names the group, not the unit. */
  readonly via?: string | undefined;
}

/** Empty rows under the unit's own, for the units under it. */
const BLANK_ROWS = 8;
const DOTS = '……………………………………………';
export const FORM_SIGNER_HINT = '(Ký, ghi rõ họ tên, đóng dấu)';

/** A unit's letterhead: its superior (the province's committee over a department), then its name. */
function letterhead(id: string | undefined, registry: AgencyRegistry): Pick<OfficialDocHeader, 'superior' | 'issuer' | 'ruleUnder'> {
  const agency = id ? registry.agencies.get(id) : undefined;
  if (!agency) return { issuer: [] };
  // A commune's committee heads its letters alone (Decree 30); a department under its province's committee.
  const superiorId = agency.level === 'commune' ? undefined : (agency.superior ?? (agency.level === 'department' && agency.province ? `${agency.province}.ubnd` : undefined));
  const superior = superiorId ? registry.agencies.get(superiorId)?.name : undefined;
  const issuer = headerLines(agency.name);
  // "ỦY BAN NHÂN DÂN" over "XÃ IA GRAI": the rule follows the first line, the same for every commune.
  const ruleUnder = issuer.length > 1 ? issuer[0] : undefined;
  return { ...(superior ? { superior: headerLines(superior) } : {}), issuer, ...(ruleUnder ? { ruleUnder } : {}) };
}

/** The year the form reports on: the reporting deadline's, else the letter's. */
function periodYear(doc: Document): number | undefined {
  const deadlines = JSON.stringify(doc.body).match(/"by":"(\d{4})-\d{2}-\d{2}"/u);
  if (deadlines?.[1]) return Number(deadlines[1]);
  return doc.date ? dateParts(doc.date).year : undefined;
}

/**
 * The blank summary form (biểu mẫu tổng hợp) a letter asks its addressees to fill in and send
 * back. It goes where the letter tells the unit to send it (`formRecipient`: Sở Nội vụ for the
 * communes of Hồ Chí Minh City), carries the unit's letterhead and name when the unit is one
 * agency, a dotted line when it is a group (each member writes its own), the period's year on the
 * date lines, and a signature block with "(Ký, ghi rõ họ tên, đóng dấu)".
 */
export function prepareForm(doc: Document, unitRef: AgencyRef, source: CitationSource, options: FormOptions = {}): Prepared<FormView> {
  const named = nameAgency(unitRef, source);
  const single = !named.isGroup && named.id !== undefined;
  const basis = citation(doc, source);
  const sendToId = named.id ? formRecipient(doc, named.id, options.via, source) : doc.issuer;
  const sendTo = sendToId ? nameAgency(sendToId, source).name : undefined;
  const year = periodYear(doc);
  const layout: LayoutParts = {
    header: {
      ...(single ? letterhead(named.id, source) : { issuer: [] }),
      place: undefined,
      ...(year ? { date: { year } } : {}),
      kindTitle: 'BIỂU MẪU TỔNG HỢP',
      subject: `Kết quả bồi dưỡng kiến thức, kỹ năng số của cán bộ, công chức, viên chức, người lao động${year ? ` năm ${year}` : ''}\n(Kèm theo ${basis})`,
    },
    to: sendTo ? [sendTo] : [],
    bases: [],
    signer: { lines: ['THỦ TRƯỞNG ĐƠN VỊ'], hint: FORM_SIGNER_HINT },
    distribution: [...(sendTo ? ['Như trên'] : []), 'Lưu: VT'],
  };
  const view: FormView = {
    unit: single ? `**${escapeMarkdown(named.name)}**` : DOTS,
    basis: escapeMarkdown(basis),
    year: year ? String(year) : '……',
    rows: figureRows(single ? [{ unit: named.name }] : [], single ? BLANK_ROWS : BLANK_ROWS + 1),
  };
  return { template: 'bieu-mau', view, layout };
}
