import type { AgencyLevel } from '../model/agency.js';
import type { Severity, Text } from '../report/diagnostic.js';
import type { MatrixAddressees } from './addressees.js';

/**
 * What a cell says about one central task in one document:
 * - `covered`: local tasks carry it and the audit found nothing against them;
 * - `partly`: local tasks carry it, but the audit found a gap in them (no lead, no deadline, a later
 *   deadline, a weaker target, a rarer report);
 * - `mirrored`: a local task mirrors it (a ministry's task taken up by the counterpart agency);
 * - `not-applicable`: declared so, with a reason;
 * - `missing`: addressed to this document's issuer, and carried by no task;
 * - `unknown`: not taken up, and whether it was addressed cannot be told (the parent document is
 *   known only by its citation, so its tasks are not there to compare with): never a pass;
 * - `none`: not addressed to this issuer and not taken up (blank; never counted).
 */
export const CELL_STATUSES = ['covered', 'partly', 'mirrored', 'not-applicable', 'missing', 'unknown', 'none'] as const;
/** What a cell says (see `CELL_STATUSES`). */
export type CellStatus = (typeof CELL_STATUSES)[number];

/** Why a cell is only partly covered (or missing): an audit finding about it. */
export interface CellReason {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: Text;
  /** The local task the finding is about (`doc#task`), or the document. */
  readonly at: string;
}

/** One cell of the matrix. */
export interface MatrixCell {
  readonly status: CellStatus;
  /** Ids of the local tasks that carry (or mirror) the central task, in document order. */
  readonly tasks: readonly string[];
  readonly reasons: readonly CellReason[];
  /** The reason a task was declared not applicable. */
  readonly note?: string;
}

/** A central task: a row. `must` rows are addressed to the provinces; `mirror` rows to a ministry. */
export interface MatrixRow {
  /** `ct-14-ttg#2.b/2027` */
  readonly ref: string;
  /** `2.b/2027` */
  readonly id: string;
  /** The start of its text, one line. */
  readonly gist: string;
  readonly kind: 'must' | 'mirror';
  /** Names of its lead agencies, as the registry writes them. */
  readonly lead: readonly string[];
  /** Ids of its lead agencies (groups included), for filtering by agency. */
  readonly leadIds: readonly string[];
  /** Names and ids of its coordinating agencies, for the search. */
  readonly coordinators?: readonly string[];
  readonly coordinatorIds?: readonly string[];
  /** Its deadline as written (its own or an enclosing task's), printed beside a ✗ or ◐ cell. */
  readonly deadline?: string;
  /** The last day of that deadline (ISO), when it is one date (not a rhythm, not unreadable). */
  readonly dueDate?: string;
}

/** The level of a document: the level of its issuer. */
export type MatrixLevel = AgencyLevel | 'other';

/** An implementing document: a column. */
export interface MatrixColumn {
  readonly doc: string;
  /** `5900/UBND-NC`, or the id of a draft. */
  readonly label: string;
  readonly issuer?: string;
  readonly issuerName: string;
  /** Registry key of the issuer within its province (`ubnd`, `sgddt`, a commune's slug). */
  readonly issuerKey?: string;
  readonly level: MatrixLevel;
  /** Province slug, when the issuer belongs to one. */
  readonly province?: string;
  readonly file?: string;
  /** Documents it implements (ids), modelled or known by citation. */
  readonly parents: readonly string[];
}

/** Counts of cells by status, and the coverage they give. */
export interface Coverage {
  readonly covered: number;
  readonly partly: number;
  readonly missing: number;
  readonly mirrored: number;
  readonly notApplicable: number;
  /** Cells that could not be judged (parent known only by citation). */
  readonly unknown: number;
  /** covered + partly + missing: the cells that count. */
  readonly counted: number;
  /** (covered + 0.5 × partly) / counted × 100; undefined when nothing counts. */
  readonly percent: number | undefined;
}

/** A province and the columns under it. */
export interface MatrixProvince {
  readonly slug: string;
  /** "Gia Lai", "Hồ Chí Minh". */
  readonly name: string;
  /** Column indexes, provincial letter first, then departments, communes, units. */
  readonly columns: readonly number[];
  readonly coverage: Coverage;
}

/** The coverage matrix of a cascade: central tasks × implementing documents. */
export interface CoverageMatrix {
  readonly root: { readonly doc: string; readonly label: string; readonly subject?: string };
  readonly rows: readonly MatrixRow[];
  readonly columns: readonly MatrixColumn[];
  /** `cells[column][row]`. */
  readonly cells: readonly (readonly MatrixCell[])[];
  readonly byColumn: readonly Coverage[];
  readonly byLevel: ReadonlyMap<MatrixLevel, Coverage>;
  readonly provinces: readonly MatrixProvince[];
  /** Columns with no province (a ministry's letter), by index. */
  readonly unplaced: readonly number[];
  readonly overall: Coverage;
  /** The root's addressees, one row each, with or without a document ("Cấp tỉnh: 3/34"). */
  readonly addressees?: MatrixAddressees;
  /** When it was made, as of which day, from which inputs: every form prints it. */
  readonly stamp?: MatrixStamp;
}

/** When a matrix was made, as of which day (`--as-of`), from which inputs. */
export interface MatrixStamp {
  /** ISO date and time, local, to the minute. */
  readonly madeAt: string;
  readonly asOf: string;
  readonly inputs: readonly string[];
}
