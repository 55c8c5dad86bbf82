import type { Agency, Group } from '../model/agency.js';
import type { KnownDocument } from '../model/citation.js';
import type { Document } from '../model/document.js';
import type { Goal, Section, Task } from '../model/body.js';
import type { AgencyRef } from '../model/task.js';
import type { Place } from '../report/diagnostic.js';

/** A task of the cascade with where it sits: its document, its enclosing sections and tasks. */
export interface TaskEntry {
  /** `ct-14-ttg#2.b/2027` */
  readonly ref: string;
  readonly doc: Document;
  readonly task: Task;
  /** Enclosing nodes, outermost first (sections and parent tasks within the same document). */
  readonly ancestors: readonly (Section | Task)[];
  /** Lead agency ids after resolution (the task's own, or inherited from its section), groups included. */
  readonly lead: readonly string[];
  readonly coordinators: readonly string[];
  /** Parent task refs it implements / mirrors, resolved (`ct-14-ttg#2.a`). */
  readonly implements: readonly string[];
  readonly mirrors: readonly string[];
}

/** A goal of the cascade with its document. */
export interface GoalEntry {
  readonly ref: string;
  readonly doc: Document;
  readonly goal: Goal;
}

/**
 * The loaded cascade: every document, the expanded registry, indexes, and a way back from any model
 * object to its place in the YAML. Positions never enter the model types (STYLE.md).
 */
export interface Cascade {
  readonly documents: readonly Document[];
  readonly documentsById: ReadonlyMap<string, Document>;
  readonly known: ReadonlyMap<string, KnownDocument>;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly groups: ReadonlyMap<string, Group>;
  readonly tasks: ReadonlyMap<string, TaskEntry>;
  readonly goals: ReadonlyMap<string, GoalEntry>;
  /** Members of a group (agency ids), expanded through rules and includes. */
  members(groupId: string): readonly string[];
  /** Place of a model object, or of one of its keys (`key`) or array items (`key`, index). */
  locate(node: object, key?: string | number, index?: number): Place | undefined;
  /** Name of an agency or group as the registry writes it. */
  nameOf(id: string): string | undefined;
  /**
   * The registry id an agency reference denotes (an id, a name or variant the registry knows, or
   * `{ref, as}`), read in the province of `doc`'s issuer; undefined when it does not resolve
   * (near misses are never accepted). Optional so that cascades built by hand in tests need not
   * carry a matcher; `loadCascade` always provides it.
   */
  resolveAgency?(ref: AgencyRef, doc?: Document): string | undefined;
}
