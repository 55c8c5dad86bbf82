/**
 * The grammar of task ids, shared by the schema (`TaskId`, `TaskRef`, waivers) and the importer.
 *
 * An id is segments joined by `.`, `-` or `/`; a segment is letters and figures, Vietnamese `đ`/`Đ`
 * included (`2.đ`, `III.1.đ`: the points of a decree run a b c d đ e …). See `docs/ids.md`.
 */

/** One segment: figures, Latin letters, `đ` and `Đ`. */
export const TASK_ID_SEGMENT = '[0-9A-Za-zĐđ]+';
/** A whole id, as a regex source without anchors. */
export const TASK_ID_SOURCE = `${TASK_ID_SEGMENT}(?:[.\\-/]${TASK_ID_SEGMENT})*`;
/** A document id, as a regex source without anchors. */
export const DOC_ID_SOURCE = '[a-z0-9]+(?:[-_][a-z0-9]+)*';

const TASK_ID = new RegExp(`^${TASK_ID_SOURCE}$`, 'u');

/** Whether `id` is a task id of the grammar. */
export function isTaskId(id: string): boolean {
  return TASK_ID.test(id);
}

/** Prefix of the rows of an appendix table (Phụ lục, Danh mục): `PL.5`, `PL.5-1` for an unnumbered row after it. */
export const APPENDIX_PREFIX = 'PL';
