/**
 * The closing clause on execution: "Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi hành
 * Quyết định này". It is addressed to every body named about the whole document: a body discharges
 * it by carrying the document out, never by one task of its own letter. So it is no task-level
 * parent on import, and no task an implementing document must take up in the audit.
 */
const EXECUTION = /chịu trách nhiệm (?:tổ chức )?thi hành (?:quyết định|nghị quyết|chỉ thị|thông tư|nghị định|kế hoạch|văn bản) này/u;

/** Whether a task's text, folded with `matchKey`, is the closing clause on execution. */
export function isExecutionClause(folded: string): boolean {
  return EXECUTION.test(folded);
}
