import type { Cascade, TaskEntry } from '../load/cascade.js';
import type { AgencyLevel } from '../model/agency.js';
import type { KnownDocument } from '../model/citation.js';
import type { Document } from '../model/document.js';
import type { AgencyRef } from '../model/task.js';
import { seatName, seatOf } from '../text/party-body.js';
import { owes } from './coverage.js';
import { deadlineText, docLabel, parseField, type CascadeIndex } from './facts.js';

/** A document an addressee issued in answer to the parent: modelled, or known only by citation. */
export interface AnswerDocument {
  readonly id: string;
  /** `5900/UBND-NC`, or the id of a draft. */
  readonly label: string;
  readonly date?: string;
  /** Number blank or date incomplete: a draft, which counts as a letter and is still flagged as one. */
  readonly draft: boolean;
  /** Known only by citation (the registry's `documents.yaml`), not modelled. */
  readonly known: boolean;
}

/** The earliest deadline an addressee owes under the parent. */
export interface DueBy {
  /** Latest day, ISO. */
  readonly date: string;
  /** The phrase as written. */
  readonly text: string;
  readonly task: TaskEntry;
}

/** One body the parent addresses: a province (its People's Committee), a ministry, a department, a commune. */
export interface Addressee {
  /** The agency that stands for it: `gia-lai.ubnd` for the province of Gia Lai. */
  readonly agency: string;
  readonly name: string;
  readonly level: AgencyLevel;
  readonly province?: string;
  /** Its documents implementing the parent, in the order met. */
  readonly documents: readonly AnswerDocument[];
  /** Leaf tasks of the parent it owes (by name or through a group), in document order. */
  readonly owed: readonly TaskEntry[];
  readonly due?: DueBy;
}

/** The addressees of a parent at one level, and whether the folder lets them be judged. */
export interface LevelAddressees {
  readonly level: AgencyLevel;
  readonly addressees: readonly Addressee[];
  /**
   * False when no document of the folder at this level implements the parent: the folder does not
   * collect that level (the bundled sample has no ministry's plan), so silence there proves nothing.
   */
  readonly evaluated: boolean;
}

/** Coverage over addressees: "Cấp tỉnh: 3/34 tỉnh có văn bản". */
export interface AddresseeCoverage {
  readonly parent: string;
  /** `14/CT-TTg`. */
  readonly parentLabel: string;
  readonly level: AgencyLevel;
  readonly addressees: number;
  readonly withDocument: number;
  readonly evaluated: boolean;
}

const LEVEL_ORDER: readonly AgencyLevel[] = ['central', 'province', 'department', 'commune', 'unit'];

/**
 * The bodies `parent` addresses, level by level: every agency a leaf task names as lead or reaches
 * through a group (expanded through the registry), and every agency of its addressee list (`to:`);
 * a province counts once (its People's Committee and its Chairman are one addressee). The parent's
 * own issuer is left out, and so is a body under another addressee (a Cục under its Bộ). Linear in the parent's tasks times their addressees.
 */
export function addresseesOf(cascade: Cascade, index: CascadeIndex, parent: Document): LevelAddressees[] {
  const byKey = new Map<string, { agency: string; level: AgencyLevel; province?: string; owed: TaskEntry[] }>();
  // A group's members are met once per task that names the group: each agency's key is worked out once.
  const keys = new Map<string, string | undefined>();
  const keyOf = (id: string): string | undefined => {
    if (keys.has(id)) return keys.get(id);
    const a = cascade.agencies.get(id);
    // A Party body answers through the state body it sits in ("Ban cán sự đảng Chính phủ" through the Government's resolution).
    const seat = a ? seatsOf(cascade).get(id) : undefined;
    const key =
      !a || id === parent.issuer ? undefined
      : seat !== undefined ? keyOf(seat)
      : a.level === 'province' && a.province !== undefined ? `province:${a.province}`
      : id;
    keys.set(id, key);
    return key;
  };
  const add = (id: string): string | undefined => {
    const key = keyOf(id);
    if (key === undefined || byKey.has(key)) return key;
    const a = cascade.agencies.get(id);
    if (a) {
      const agency = a.level === 'province' && a.province !== undefined && cascade.agencies.has(`${a.province}.ubnd`) ? `${a.province}.ubnd` : id;
      byKey.set(key, { agency, level: a.level, ...(a.province !== undefined ? { province: a.province } : {}), owed: [] });
    }
    return key;
  };
  for (const ref of parent.to) for (const id of expand(cascade, resolve(cascade, ref, parent))) add(id);
  for (const entry of index.tasksOf(parent.id)) {
    if (index.childrenOf(entry).length > 0) continue;
    for (const lead of index.lead(entry)) {
      for (const id of expand(cascade, lead)) {
        const key = add(id);
        const slot = key === undefined ? undefined : byKey.get(key);
        if (slot && slot.owed.at(-1) !== entry && owes(index, entry, id, cascade)) slot.owed.push(entry);
      }
    }
  }
  // A body under another addressee (a Cục under its Bộ, a unit under its Sở) answers through it.
  for (const [key, slot] of byKey) {
    const superior = cascade.agencies.get(slot.agency)?.superior;
    const up = superior === undefined ? undefined : keyOf(superior);
    if (up !== undefined && up !== key && byKey.has(up)) byKey.delete(key);
  }
  const answers = answersTo(cascade).get(parent.id) ?? [];
  const documents = new Map<string, AnswerDocument[]>();
  const levelsAnswering = new Set<AgencyLevel>();
  for (const { issuer, doc } of answers) {
    const a = cascade.agencies.get(issuer);
    if (a) levelsAnswering.add(a.level);
    const key = keyOf(issuer);
    if (key === undefined) continue;
    const list = documents.get(key) ?? [];
    list.push(doc);
    documents.set(key, list);
  }
  const levels = new Map<AgencyLevel, Addressee[]>();
  for (const [key, slot] of byKey) {
    const due = earliestDue(index, slot.owed);
    const list = levels.get(slot.level) ?? [];
    list.push({
      agency: slot.agency,
      name: cascade.nameOf(slot.agency) ?? slot.agency,
      level: slot.level,
      ...(slot.province !== undefined ? { province: slot.province } : {}),
      documents: documents.get(key) ?? [],
      owed: slot.owed,
      ...(due ? { due } : {}),
    });
    levels.set(slot.level, list);
  }
  return LEVEL_ORDER.flatMap((level) => {
    const addressees = levels.get(level);
    return addressees ? [{ level, addressees, evaluated: levelsAnswering.has(level) }] : [];
  });
}

/** Counts per level: how many addressees, how many have a document. */
export function addresseeCoverage(parent: Document, levels: readonly LevelAddressees[]): AddresseeCoverage[] {
  return levels.map((l) => ({
    parent: parent.id,
    parentLabel: docLabel(parent),
    level: l.level,
    addressees: l.addressees.length,
    withDocument: l.addressees.filter((a) => a.documents.length > 0).length,
    evaluated: l.evaluated,
  }));
}

function resolve(cascade: Cascade, ref: AgencyRef, doc: Document): string {
  return cascade.resolveAgency?.(ref, doc) ?? (typeof ref === 'string' ? ref : ref.ref);
}

function expand(cascade: Cascade, id: string): readonly string[] {
  return cascade.groups.has(id) ? cascade.members(id) : [id];
}

function earliestDue(index: CascadeIndex, owed: readonly TaskEntry[]): DueBy | undefined {
  let best: DueBy | undefined;
  for (const task of owed) {
    const field = index.deadline(task);
    if (!field) continue;
    const parsed = parseField(index, field.value);
    const latest = parsed.ok && parsed.value.recurrence === undefined ? parsed.value.latest : undefined;
    if (latest !== undefined && (!best || latest < best.date)) best = { date: latest, text: deadlineText(field.value), task };
  }
  return best;
}

interface Answer {
  readonly issuer: string;
  readonly doc: AnswerDocument;
}

const ANSWERS = new WeakMap<Cascade, Map<string, Answer[]>>();

/** Parent id → documents implementing it, modelled and known by citation; built once per cascade. */
export function answersTo(cascade: Cascade): Map<string, Answer[]> {
  let map = ANSWERS.get(cascade);
  if (map) return map;
  map = new Map();
  const put = (parent: string, answer: Answer): void => {
    const list = map?.get(parent);
    if (list) list.push(answer);
    else map?.set(parent, [answer]);
  };
  for (const doc of cascade.documents) {
    if (doc.issuer === undefined) continue;
    for (const p of doc.implements) put(p, { issuer: doc.issuer, doc: answerOf(doc, false) });
  }
  for (const known of cascade.known.values()) {
    if (known.issuer === undefined || cascade.documentsById.has(known.id)) continue;
    for (const p of known.implements ?? []) put(p, { issuer: known.issuer, doc: answerOf(known, true) });
  }
  ANSWERS.set(cascade, map);
  return map;
}

function answerOf(doc: Document | KnownDocument, known: boolean): AnswerDocument {
  const number = doc.number?.trim();
  const label = number && doc.symbol ? `${number}/${doc.symbol}` : doc.id;
  const draft = !number || doc.date === undefined || doc.date.length < 10;
  return { id: doc.id, label, ...(doc.date !== undefined ? { date: doc.date } : {}), draft, known };
}

const LEVELS_CACHE = new WeakMap<CascadeIndex, Map<string, LevelAddressees[]>>();

/** `addresseesOf`, computed once per run (the rule, the summary and the matrix all ask). */
export function addresseesCached(cascade: Cascade, index: CascadeIndex, parent: Document): LevelAddressees[] {
  let byDoc = LEVELS_CACHE.get(index);
  if (!byDoc) LEVELS_CACHE.set(index, (byDoc = new Map()));
  let levels = byDoc.get(parent.id);
  if (!levels) byDoc.set(parent.id, (levels = addresseesOf(cascade, index, parent)));
  return levels;
}

const SEATS = new WeakMap<Cascade['agencies'], Map<string, string>>();

/**
 * Each Party body of the registry → the one state body it sits in (by that body's name); built once
 * per registry (a kept process reloading one letter keeps its registry, and this with it).
 */
function seatsOf(cascade: Cascade): Map<string, string> {
  let map = SEATS.get(cascade.agencies);
  if (map) return map;
  map = new Map();
  for (const a of cascade.agencies.values()) {
    if (seatName(a.name) === undefined) continue;
    const seats = seatOf(a.name, cascade.agencies.values()).filter((id) => id !== a.id);
    if (seats.length === 1) map.set(a.id, seats[0] as string);
  }
  SEATS.set(cascade.agencies, map);
  return map;
}
