import type { GroupFigures, ProgressSummary, UnitFigures } from './aggregate.js';
import { countVi, dateVi, percentVi } from './words.js';

function change(g: GroupFigures): string {
  if (g.change === undefined || !g.previous) return '';
  const dir = g.change >= 0 ? 'tăng' : 'giảm';
  return `, ${dir} ${percentVi(Math.abs(g.change)).replace('%', '')} điểm phần trăm so với kỳ trước (${percentVi(g.previous.percent)})`;
}

/**
 * The paragraphs a report prints under its table: the province's rate against the target and the
 * pace, the previous period, each group, and the units behind.
 */
export function summaryNotes(s: ProgressSummary): string[] {
  const t = s.total;
  const deadline = dateVi(s.target.by);
  const notes = [
    `Tính đến ngày ${dateVi(s.date)}, toàn tỉnh có ${countVi(t.completed)}/${countVi(t.staff)} cán bộ, công chức, viên chức hoàn thành bồi dưỡng, đạt ${percentVi(t.percent)}${change(t)}; mục tiêu là ${s.target.percent}% trước ngày ${deadline}, đến ngày ${dateVi(s.date)} cần đạt ít nhất ${percentVi(s.expected)} để bảo đảm tiến độ.`,
    ...s.groups.map((g) => `${g.name}: ${countVi(g.completed)}/${countVi(g.staff)}, đạt ${percentVi(g.percent)}${change(g)}; ${g.behind}/${g.units} đơn vị chưa đạt tiến độ.`),
  ];
  const behind = s.units.filter((u) => u.behind);
  if (behind.length > 0) notes.push(`Các đơn vị chưa đạt tiến độ (dưới ${percentVi(s.expected)}), ${countVi(behind.length)} đơn vị, nêu tại bảng dưới đây.`);
  return notes;
}

/** The units behind the pace, as the rows of the table under the notes: a list of 61 names reads as a table, not a paragraph. */
export function behindRows(s: ProgressSummary): { unit: string; percent: string }[] {
  return s.units.filter((u: UnitFigures) => u.behind).map((u) => ({ unit: u.name, percent: percentVi(u.percent) }));
}

/** The problem a reminder names for a unit behind: its rate, what it should be, and the target. */
export function behindProblem(u: UnitFigures, s: ProgressSummary): string {
  return `tỷ lệ cán bộ, công chức, viên chức hoàn thành bồi dưỡng đến ngày ${dateVi(s.date)} mới đạt ${percentVi(u.percent)} (${countVi(u.completed)}/${countVi(u.staff)}), thấp hơn mức ${percentVi(s.expected)} cần đạt để bảo đảm mục tiêu ${s.target.percent}% trước ngày ${dateVi(s.target.by)}`;
}
