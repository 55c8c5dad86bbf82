import type { TaskEntry } from '../load/cascade.js';
import { APPENDIX_PREFIX } from '../model/task-id.js';
import { matchKey } from '../text/normalize.js';

/** `PL.5`, `PL2.3`, `PL.5-1`: a row of an appendix table (Phụ lục, Danh mục). */
const APPENDIX_ROW = new RegExp(`^${APPENDIX_PREFIX}\\d*[.\\-]`, 'u');

/** Whether a task is a row of an appendix table. */
export function isAppendixRow(entry: TaskEntry): boolean {
  return APPENDIX_ROW.test(entry.task.task);
}

// "chi tiết tại mục 5 Phụ lục", "Phụ lục kèm theo (STT 5)": the row number of a body task's time frame.
const ROW_BEFORE = /(?:muc|stt|so thu tu|dong|nhiem vu so)\s*(\d+)[^.;]{0,40}?phu luc/u;
const ROW_AFTER = /phu luc[^.;]{0,40}?(?:muc|stt|so thu tu|dong|nhiem vu so)\s*(\d+)/u;

/**
 * The appendix row that gives a body task its time frame, per document: a dated row that
 * (1) implements the body task itself (`implements: [doc#II.1.b]`), or (2) implements a parent task
 * that exactly one body task of the document implements, or (3) is the row the body task's text
 * points to ("chi tiết tại mục 5 Phụ lục" → `PL.5`). The first such row in document order wins.
 */
export function appendixRowsOf(tasks: readonly TaskEntry[]): Map<TaskEntry, TaskEntry> {
  const out = new Map<TaskEntry, TaskEntry>();
  const rows = tasks.filter((t) => isAppendixRow(t) && t.task.deadline !== undefined);
  if (rows.length === 0) return out;
  const body = tasks.filter((t) => !isAppendixRow(t));
  const byRef = new Map(body.map((t) => [t.ref, t]));
  const byParent = new Map<string, TaskEntry[]>();
  for (const t of body) {
    for (const ref of t.implements) {
      const list = byParent.get(ref);
      if (list) list.push(t);
      else byParent.set(ref, [t]);
    }
  }
  const claim = (task: TaskEntry | undefined, row: TaskEntry): void => {
    if (task && task.task.deadline === undefined && !out.has(task)) out.set(task, row);
  };
  for (const row of rows) {
    for (const ref of row.implements) {
      claim(byRef.get(ref), row);
      const sharing = byParent.get(ref) ?? [];
      if (sharing.length === 1) claim(sharing[0], row);
    }
  }
  const rowByNumber = new Map<string, TaskEntry>();
  for (const row of rows) {
    const n = /^[A-Z]+\d*\.(\d+)$/u.exec(row.task.task)?.[1];
    if (n !== undefined && !rowByNumber.has(n)) rowByNumber.set(n, row);
  }
  for (const t of body) {
    if (t.task.deadline !== undefined || out.has(t)) continue;
    const text = matchKey(textOf(t)).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    const n = ROW_BEFORE.exec(text)?.[1] ?? ROW_AFTER.exec(text)?.[1];
    const row = n !== undefined ? rowByNumber.get(n) : undefined;
    if (row) out.set(t, row);
  }
  return out;
}

function textOf(t: TaskEntry): string {
  const text = t.task.text;
  return typeof text === 'string' ? text : Array.isArray(text) ? text.join(' ') : '';
}
