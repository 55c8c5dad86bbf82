import { addresseeCoverage, addresseesCached, type Addressee, type AddresseeCoverage, type DueBy } from '../check/addressees.js';
import { carriedRefs, isCarried } from '../check/coverage.js';
import type { CascadeIndex } from '../check/facts.js';
import type { Cascade } from '../load/cascade.js';
import type { Document } from '../model/document.js';
import type { FindingIndex } from './findings.js';

/** One addressee of the root directive: who, with which document, what it took up of what it owes, by when. */
export interface MatrixAddressee extends Pick<Addressee, 'agency' | 'name' | 'level' | 'province' | 'documents'> {
  /** Ids of the root's tasks it owes. */
  readonly owed: readonly string[];
  /** The same as refs (`ct-14-ttg#2.a`). */
  readonly owedRefs: readonly string[];
  /** How many of them its modelled documents take up; undefined when it is known only by citation. */
  readonly takenUp?: number;
  /** The earliest deadline it owes. */
  readonly due?: { readonly date: string; readonly text: string; readonly task: string };
  /** Unwaived errors in its documents (the missing document itself included). */
  readonly errors: number;
  /** Late findings in its documents: a later deadline, a late take-up. */
  readonly late: number;
  /** Whether the level is judged (the folder holds letters of that level). */
  readonly evaluated: boolean;
}

/** The addressees part of the matrix: coverage over them per level, and one row each. */
export interface MatrixAddressees {
  readonly coverage: readonly AddresseeCoverage[];
  readonly rows: readonly MatrixAddressee[];
}

const LATE_RULES = new Set(['deadline-later-than-parent', 'take-up-late']);

/** The root's addressees with their documents and the audit's counts against them. */
export function matrixAddressees(cascade: Cascade, index: CascadeIndex, root: Document, findings: FindingIndex): MatrixAddressees {
  const levels = addresseesCached(cascade, index, root);
  const counts = countsByDoc(findings);
  const rows = levels.flatMap((l) =>
    l.addressees.map((a): MatrixAddressee => {
      const modelled = a.documents.filter((d) => !d.known).map((d) => cascade.documentsById.get(d.id)).filter((d): d is Document => d !== undefined);
      const carried = modelled.map((d) => carriedRefs(index, d, ['implements']));
      const takenUp = a.documents.length > 0 && modelled.length === 0 ? undefined : a.owed.filter((t) => carried.some((refs) => isCarried(index, t, refs))).length;
      const own = a.documents.map((d) => counts.get(d.id) ?? { errors: 0, late: 0 });
      const missingError = (counts.get(`missing:${a.name}`)?.errors ?? 0);
      return {
        agency: a.agency,
        name: a.name,
        level: a.level,
        ...(a.province !== undefined ? { province: a.province } : {}),
        documents: a.documents,
        owed: a.owed.map((t) => t.task.task),
        owedRefs: a.owed.map((t) => t.ref),
        ...(takenUp !== undefined ? { takenUp } : {}),
        ...(a.due ? { due: dueOf(a.due) } : {}),
        errors: own.reduce((n, c) => n + c.errors, 0) + missingError,
        late: own.reduce((n, c) => n + c.late, 0),
        evaluated: l.evaluated,
      };
    }),
  );
  return { coverage: addresseeCoverage(root, levels), rows };
}

function dueOf(d: DueBy): { date: string; text: string; task: string } {
  return { date: d.date, text: d.text, task: d.task.task.task };
}

/** Errors and late findings per document id; a missing document's error under `missing:<name>`. */
function countsByDoc(findings: FindingIndex): Map<string, { errors: number; late: number }> {
  const out = new Map<string, { errors: number; late: number }>();
  for (const [ref, list] of findings.byRef) {
    for (const f of list) {
      const d = f.diagnostic;
      if (d.waived !== undefined) continue;
      const key = d.rule === 'document-missing' ? `missing:${d.found ?? ''}` : ref.split('#')[0] ?? ref;
      const c = out.get(key) ?? { errors: 0, late: 0 };
      if (d.severity === 'error') c.errors++;
      if (LATE_RULES.has(d.rule)) c.late++;
      out.set(key, c);
    }
  }
  return out;
}
