import type { Agency, Group } from '../model/agency.js';
import type { KnownDocument } from '../model/citation.js';
import type { Document } from '../model/document.js';
import type { Cascade, GoalEntry, TaskEntry } from './cascade.js';
import { refText } from './index-document.js';
import { createMembers } from './members.js';
import type { Positions } from './positions.js';
import type { AgencyResolver } from './resolve-agency.js';

/** The parts a cascade is made of. */
export interface CascadeParts {
  readonly documents: ReadonlyMap<string, Document>;
  readonly known: ReadonlyMap<string, KnownDocument>;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly groups: ReadonlyMap<string, Group>;
  readonly tasks: ReadonlyMap<string, TaskEntry>;
  readonly goals: ReadonlyMap<string, GoalEntry>;
  readonly positions: Positions;
  readonly resolver: AgencyResolver;
}

/** Assembles the loaded cascade: indexes, members, places and names. */
export function makeCascade(p: CascadeParts): Cascade {
  const members = createMembers(p.agencies, p.groups);
  return {
    documents: [...p.documents.values()],
    documentsById: p.documents,
    known: p.known,
    agencies: p.agencies,
    groups: p.groups,
    tasks: p.tasks,
    goals: p.goals,
    members,
    locate: (node, key, index) => p.positions.locate(node, key, index),
    nameOf: (id) => p.agencies.get(id)?.name ?? p.groups.get(id)?.name,
    resolveAgency: (ref, doc) => {
      const province = doc?.issuer ? p.agencies.get(doc.issuer)?.province : undefined;
      const r = p.resolver.resolve(refText(ref), province);
      return r.ok ? r.id : undefined;
    },
  };
}
