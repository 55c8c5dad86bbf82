import type { KnownDocument } from '../../model/citation.js';
import type { Document } from '../../model/document.js';
import type { TaskLink } from '../../model/task.js';
import type { Diagnostic, Place } from '../../report/diagnostic.js';
import type { GoalEntry } from '../cascade.js';
import type { TaskEntryDraft } from '../index-document.js';
import { nearest } from '../nearest.js';
import type { Positions } from '../positions.js';

/** What the link checks read. */
export interface LinkContext {
  readonly positions: Positions;
  readonly documents: ReadonlyMap<string, Document>;
  readonly known: ReadonlyMap<string, KnownDocument>;
  readonly tasks: ReadonlyMap<string, TaskEntryDraft>;
  readonly goals: ReadonlyMap<string, GoalEntry>;
  /** Ids of documents that failed validation: links to them are not checked (their file has findings already). */
  readonly unverifiable: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[];
}

/** The task ref of a link, as written. */
export function linkRef(link: TaskLink): string {
  return typeof link === 'string' ? link : link.task;
}

function with_(place: Place | undefined): { place: Place } | object {
  return place ? { place } : {};
}

/** Suggestions for unknown document ids, per load (keyed by its documents): many links name the same missing document. */
const documentGuesses = new WeakMap<ReadonlyMap<string, Document>, Map<string, string | undefined>>();

/** The document id closest to `id`, among the modelled and known ones. */
function guessDocument(id: string, ctx: LinkContext): string | undefined {
  let guesses = documentGuesses.get(ctx.documents);
  if (!guesses) documentGuesses.set(ctx.documents, (guesses = new Map()));
  if (!guesses.has(id)) guesses.set(id, nearest(id, [...ctx.documents.keys(), ...ctx.known.keys()]));
  return guesses.get(id);
}

/** Task ids of every document, per load (keyed by its tasks), built on the first unknown task. */
const taskIdsByDoc = new WeakMap<ReadonlyMap<string, TaskEntryDraft>, Map<string, string[]>>();

/** The task ids of document `docId`, in the order of its tasks. */
function taskIdsOf(docId: string, ctx: LinkContext): readonly string[] {
  let byDoc = taskIdsByDoc.get(ctx.tasks);
  if (!byDoc) {
    byDoc = new Map();
    for (const t of ctx.tasks.values()) {
      const ids = byDoc.get(t.doc.id);
      if (ids) ids.push(t.task.task);
      else byDoc.set(t.doc.id, [t.task.task]);
    }
    taskIdsByDoc.set(ctx.tasks, byDoc);
  }
  return byDoc.get(docId) ?? [];
}

function unknownDocument(id: string, what: { vi: string; en: string }, place: Place | undefined, ctx: LinkContext, rule = 'unknown-document'): Diagnostic {
  const guess = guessDocument(id, ctx);
  return {
    rule,
    severity: 'error',
    message: {
      vi: `${what.vi}: văn bản \`${id}\` không có trong các văn bản đã mô hình hóa hay trong directives/registry/documents.yaml${guess ? ` (có phải \`${guess}\`?)` : ''}`,
      en: `${what.en}: the document \`${id}\` is neither modelled nor listed in directives/registry/documents.yaml${guess ? ` (did you mean \`${guess}\`?)` : ''}`,
    },
    ...with_(place),
    found: id,
    expected: { vi: 'mã của một văn bản đã biết', en: 'the id of a known document' },
  };
}

/** Resolves a task ref: modelled task, a task of a document known only by citation, or a finding. */
function checkTaskRef(ref: string, what: { vi: string; en: string }, rule: string, where: () => Place | undefined, ctx: LinkContext): boolean {
  const hash = ref.indexOf('#');
  const docId = ref.slice(0, hash);
  const taskId = ref.slice(hash + 1);
  if (ctx.tasks.has(ref) || ctx.unverifiable.has(docId)) return true;
  // A parent known only by its citation has no modelled tasks: the link cannot be checked, and stands.
  if (!ctx.documents.has(docId)) {
    if (ctx.known.has(docId)) return true;
    ctx.diagnostics.push(unknownDocument(docId, what, where(), ctx, rule));
    return false;
  }
  const isGoal = ctx.goals.has(ref);
  const guess = isGoal ? undefined : nearest(taskId, taskIdsOf(docId, ctx));
  const place = where();
  ctx.diagnostics.push({
    rule,
    severity: 'error',
    message: isGoal
      ? {
          vi: `${what.vi}: \`${ref}\` là một mục tiêu, không phải nhiệm vụ; hãy nêu lại mục tiêu bằng \`goal\``,
          en: `${what.en}: \`${ref}\` is a goal, not a task; restate the goal with \`goal\``,
        }
      : {
          vi: `${what.vi}: văn bản \`${docId}\` không có nhiệm vụ \`${taskId}\`${guess ? ` (có phải \`${docId}#${guess}\`?)` : ''}`,
          en: `${what.en}: the document \`${docId}\` has no task \`${taskId}\`${guess ? ` (did you mean \`${docId}#${guess}\`?)` : ''}`,
        },
    ...with_(place),
    found: ref,
    expected: { vi: `một nhiệm vụ có trong \`${docId}\``, en: `a task of \`${docId}\`` },
  });
  return false;
}

const IMPLEMENTS = { vi: 'Nhiệm vụ cha (`implements`) không có', en: 'Parent task (`implements`) not found' };
const MIRRORS = { vi: 'Nhiệm vụ được phản chiếu (`mirrors`) không có', en: 'Mirrored task (`mirrors`) not found' };
const DOC_IMPLEMENTS = { vi: 'Văn bản cấp trên (`implements`) không có', en: 'Implemented document (`implements`) not found' };
const NOT_APPLICABLE = { vi: '`not_applicable` nêu một nhiệm vụ không có', en: '`not_applicable` names a task that does not exist' };

/** Fills each task's resolved `implements` / `mirrors`; dangling ones are findings at the link. */
export function resolveTaskLinks(ctx: LinkContext): void {
  for (const entry of ctx.tasks.values()) {
    for (const key of ['implements', 'mirrors'] as const) {
      (entry.task[key] ?? []).forEach((link, i) => {
        const ref = linkRef(link);
        // Places are looked up only for findings: finding one may parse the file again.
        const where = (): Place | undefined => ctx.positions.locate(entry.task, key, i);
        if (checkTaskRef(ref, key === 'implements' ? IMPLEMENTS : MIRRORS, 'unknown-task', where, ctx)) entry[key].push(ref);
      });
    }
  }
}

/** Document-level links: `implements`, `cites` and `not_applicable` of every document, `implements` of known ones. */
export function checkDocumentLinks(ctx: LinkContext): void {
  const known = (id: string): boolean => ctx.documents.has(id) || ctx.known.has(id) || ctx.unverifiable.has(id);
  for (const doc of ctx.documents.values()) {
    doc.implements.forEach((id, i) => {
      if (!known(id)) ctx.diagnostics.push(unknownDocument(id, DOC_IMPLEMENTS, ctx.positions.locate(doc, 'implements', i), ctx));
    });
    doc.cites.forEach((c) => {
      if (known(c.ref)) return;
      const what = { vi: 'Trích dẫn không rõ văn bản nào', en: 'Citation of an unknown document' };
      ctx.diagnostics.push(unknownDocument(c.ref, what, ctx.positions.locate(c, 'ref'), ctx, 'unknown-citation'));
    });
    doc.not_applicable.forEach((na) => {
      checkTaskRef(na.task, NOT_APPLICABLE, 'not-applicable-unknown-task', () => ctx.positions.locate(na, 'task'), ctx);
    });
  }
  for (const k of ctx.known.values()) {
    (k.implements ?? []).forEach((id, i) => {
      if (!known(id)) ctx.diagnostics.push(unknownDocument(id, DOC_IMPLEMENTS, ctx.positions.locate(k, 'implements', i), ctx));
    });
  }
}
