import type { Document } from '../../model/document.js';
import type { AgencyRef } from '../../model/task.js';
import { nameAgency } from '../agencies.js';
import { escapeMarkdown } from '../escape.js';
import { citation, type CitationSource } from './cite.js';
import type { Prepared } from './document.js';
import { figureRows, type FigureRowView } from './figures.js';
import type { LayoutParts } from './layout.js';

/** The data of the `bieu-mau` template: the blank summary form of one unit. */
export interface FormView {
  readonly unit: string;
  readonly basis: string;
  readonly rows: readonly FigureRowView[];
}

/** Empty rows under the unit's own, for the units under it. */
const BLANK_ROWS = 8;

/**
 * The blank summary form (biểu mẫu tổng hợp) a letter asks its addressees to fill in, one per
 * unit with its name after "Đơn vị báo cáo:" and in the first row: Đơn vị · Tổng số CBCCVC ·
 * Đã đăng ký · Đã hoàn thành · Tỷ lệ %, then empty rows and the total. The letterhead is left
 * blank, like the number and the date: the unit completes it when it sends the form back. So
 * nothing in the layout depends on the unit's name, and a batch fills one compiled form for all.
 */
export function prepareForm(doc: Document, unitRef: AgencyRef, source: CitationSource): Prepared<FormView> {
  const unit = nameAgency(unitRef, source).name;
  const basis = citation(doc, source);
  const sendTo = doc.issuer ? nameAgency(doc.issuer, source).name : undefined;
  const layout: LayoutParts = {
    header: {
      issuer: [],
      place: undefined,
      kindTitle: 'BIỂU MẪU TỔNG HỢP',
      subject: `Kết quả bồi dưỡng kiến thức, kỹ năng số của cán bộ, công chức, viên chức, người lao động\n(Kèm theo ${basis})`,
    },
    to: sendTo ? [sendTo] : [],
    bases: [],
    signer: { lines: ['THỦ TRƯỞNG ĐƠN VỊ'] },
    distribution: [...(sendTo ? ['Như trên'] : []), 'Lưu: VT'],
  };
  const view: FormView = {
    unit: escapeMarkdown(unit),
    basis: escapeMarkdown(basis),
    rows: figureRows([{ unit }], BLANK_ROWS),
  };
  return { template: 'bieu-mau', view, layout };
}
