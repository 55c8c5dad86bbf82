import { vnDate } from '../check/as-of.js';
import type { GridCell, GridRow } from '../matrix/grid.js';
import type { Lang } from './diagnostic.js';
import { cellText, groupCellText } from './matrix-cells.js';
import { noDocumentText } from './matrix-addressees.js';
import { levelName, STATUS_MARK } from './matrix-labels.js';

/** "Gia Lai · 5900/UBND-NC", "Hà Nội · chưa có văn bản", "└ Sở Giáo dục và Đào tạo · hcm-sgddt…", "└ Cấp xã (97)". */
export function rowLabel(r: GridRow, lang: Lang): string {
  if (r.kind === 'documents') return `└ ${levelName(r.level, lang)} (${r.documents.length})`;
  if (r.kind === 'document') return `└ ${shortName(r.name)} · ${r.documents[0] ?? ''}`;
  const docs = r.noDocument ? noDocumentText(lang) : `${r.documents[0] ?? ''}${r.documents.length > 1 ? ` +${r.documents.length - 1}` : ''}`;
  return `${shortName(r.name)} · ${docs}`;
}

/** "Gia Lai" from "Ủy ban nhân dân tỉnh Gia Lai"; "Bộ Giáo dục và Đào tạo" stays. */
export function shortName(name: string): string {
  return name.replace(/^(?:Ủy ban nhân dân|UBND)\s+/iu, '').replace(/^(?:tỉnh|thành phố)\s+/iu, '');
}

/** A grid cell as text: `✓ 2.1`, `✗ 31/12/2026` (the task's deadline beside a gap), `3✗ 1◐`. */
export function gridCellText(c: GridCell, lang: Lang): string {
  const due = c.due !== undefined ? ` ${dueText(c.due, lang)}` : '';
  if (c.counts) return `${groupCellText(c.counts)}${due}`;
  if (c.status === 'missing' || c.status === 'partly') return `${STATUS_MARK[c.status]}${due}`;
  return cellText({ status: c.status, tasks: c.tasks, reasons: c.reasons });
}

/** A deadline as a cell shows it: `31/12/2026` (vi) or `2026-12-31` (en) for a date, else as written. */
export function dueText(due: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) && lang === 'vi' ? vnDate(due) : due;
}
