/**
 * Scoring one imported corpus document against its expected file: header fields, tasks found and
 * extra, leads, coordinators, deadlines verbatim, parent links that rest on an explicit citation.
 * Pure functions over the model; the runner (`import-score.ts`) does the importing.
 */
import type { ProposedAgency } from '../../src/import/describe.js';
import type { Document } from '../../src/model/document.js';
import type { AgencyRef, DeadlineField } from '../../src/model/task.js';
import { matchKey } from '../../src/text/normalize.js';
import { flatten, type FlatTask } from '../import/compare.js';
import type { Expected, ExpectedAgency, ExpectedHeader, ExpectedTask } from './expected.js';
import { canonicalId, productId } from './ids.js';

/** Right out of total. */
export interface Tally {
  right: number;
  total: number;
}

export const HEADER_FIELDS = ['kind', 'number', 'symbol', 'date', 'issuer', 'place', 'signer', 'addressees'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** What the scorer knows of the registry: names of agencies and groups by id, with their province. */
export interface AgencyNames {
  /** The registry's name of an id (agency or group), with its province. */
  readonly nameOf: (id: string) => { readonly name: string; readonly province?: string | undefined } | undefined;
  /** The agencies the importer proposed for this document. */
  readonly proposed: readonly ProposedAgency[];
}

/** The score of one document. */
export interface DocScore {
  readonly header: Tally;
  readonly headerFields: Readonly<Record<HeaderField, boolean | undefined>>;
  /** Expected rows found / expected rows scored. */
  readonly tasks: Tally;
  /** Imported tasks that match no expected row (not counted when the key covers part of the document). */
  readonly extra: number;
  readonly imported: number;
  /** Rows found under another id than `productId(key)` (paired by their quoted opening words). */
  readonly idsDiffer: number;
  readonly leads: Tally;
  readonly coordinators: Tally;
  readonly deadlines: Tally;
  /** Deadlines read where the key has none. */
  readonly spuriousDeadlines: number;
  readonly links: Tally;
  readonly misses: string[];
}

const refId = (r: AgencyRef): string => (typeof r === 'string' ? r : r.ref);

/** Whether an imported agency id is the expected one: the same registry id, or a body of the same name (registry or proposal). */
export function sameAgency(expected: ExpectedAgency, got: string, names: AgencyNames): boolean {
  if (typeof expected === 'string') return got === expected;
  const wanted = new Set([expected.name, ...(expected.aka ?? [])].map(matchKey));
  const proposal = names.proposed.find((p) => p.id === got);
  if (proposal) return wanted.has(matchKey(proposal.name));
  const known = names.nameOf(got);
  if (!known || !wanted.has(matchKey(known.name))) return false;
  return expected.province === undefined || known.province === expected.province;
}

/** The two lists name the same bodies, one for one, in any order. */
export function sameAgencies(expected: readonly ExpectedAgency[], got: readonly string[], names: AgencyNames): boolean {
  if (expected.length !== got.length) return false;
  const left = [...got];
  for (const e of expected) {
    const k = left.findIndex((g) => sameAgency(e, g, names));
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
}

/** The text of a deadline as the importer kept it. */
const deadlineText = (d: DeadlineField): string => (typeof d === 'string' ? d : d.text);

/** Verbatim: the same words, compared by `matchKey` (NFC, one tone placement, case, spacing, end punctuation). */
export function sameDeadlineVerbatim(expected: string | null, got: DeadlineField | undefined, also: readonly string[] = []): boolean {
  if (expected === null || got === undefined) return expected === null && got === undefined;
  const read = matchKey(deadlineText(got));
  return [expected, ...also].some((e) => matchKey(e) === read);
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  return matchKey(a ?? '') === matchKey(b ?? '');
}

/** Each header field right or wrong; `undefined` when the key leaves it out. */
export function scoreHeader(h: ExpectedHeader, doc: Document, names: AgencyNames): Record<HeaderField, boolean | undefined> {
  const printed = (v: ExpectedHeader['number'], got: string | undefined): boolean =>
    // An OCR-damaged value is right when it is left unread (the draft lists it as unknown), or read as the real one.
    typeof v === 'string' ? (v === '' ? got === undefined || got === '' : sameText(v, got)) : got === undefined || (v.real !== undefined && sameText(v.real, got));
  const signer = (): boolean => {
    const s = h.signer;
    const g = doc.signer;
    if (s === null) return g === undefined;
    if (!g) return false;
    const above = s.above ?? [];
    return (
      sameText(s.title, g.title) &&
      sameText(s.name, g.name) &&
      sameText(s.authority, g.authority) &&
      sameText(s.for, g.for) &&
      above.length === (g.above ?? []).length &&
      above.every((a, i) => sameText(a, g.above?.[i]))
    );
  };
  const out: Record<HeaderField, boolean | undefined> = {
    kind: doc.kind === h.kind,
    number: printed(h.number, doc.number),
    symbol: printed(h.symbol, doc.symbol),
    date: printed(h.date, doc.date),
    issuer: doc.issuer !== undefined && sameAgency(h.issuer, doc.issuer, names),
    place: sameText(h.place, doc.place),
    signer: signer(),
    addressees: sameAgencies(h.addressees, doc.to.map(refId), names),
  };
  for (const f of Object.keys(h.unscored ?? {})) if (f in out) out[f as HeaderField] = undefined;
  return out;
}

const squash = (s: string): string => matchKey(s.replace(/\*\*|\[\^\d+\]/g, ''));

/** Pairs expected rows with imported tasks: the same id (after `canonicalId`), else a task whose text holds the row's quoted opening words. */
export function pairRows(rows: readonly ExpectedTask[], got: readonly FlatTask[]): Map<ExpectedTask, FlatTask> {
  const pairs = new Map<ExpectedTask, FlatTask>();
  const used = new Set<FlatTask>();
  for (const r of rows) {
    const id = productId(r.key);
    const g = got.find((t) => !used.has(t) && canonicalId(t.id) === id);
    if (g) {
      pairs.set(r, g);
      used.add(g);
    }
  }
  for (const r of rows) {
    if (pairs.has(r) || r.quote === undefined) continue;
    const q = squash(r.quote);
    const g = got.find((t) => !used.has(t) && squash(t.text).includes(q));
    if (g) {
      pairs.set(r, g);
      used.add(g);
    }
  }
  return pairs;
}

/** Where each corpus document imported earlier got its id, for the parent links. */
export type ImportedIds = ReadonlyMap<string, string>;

/** Scores one imported document against its expected file. */
export function scoreDocument(expected: Expected, doc: Document, names: AgencyNames, parents: ImportedIds): DocScore {
  const misses: string[] = [];
  const t = (): Tally => ({ right: 0, total: 0 });
  const header = t();
  const tasks = t();
  const leads = t();
  const coordinators = t();
  const deadlines = t();
  const links = t();
  const count = (tally: Tally, ok: boolean, miss: string | undefined): void => {
    tally.total++;
    if (ok) tally.right++;
    else if (miss !== undefined) misses.push(miss);
  };

  const headerFields = scoreHeader(expected.header, doc, names);
  for (const f of HEADER_FIELDS) {
    const ok = headerFields[f];
    if (ok !== undefined) count(header, ok, `header ${f}: ${JSON.stringify(headerValue(doc, f))} ≠ key ${JSON.stringify(expected.header[f])}`);
  }

  const got = flatten(doc.body);
  const rows = expected.tasks.filter((r) => r.scored);
  const pairs = pairRows(rows, got);
  const paired = new Set(pairs.values());
  // Rows left out of the score still claim the task the importer made for them.
  const idle = pairRows(expected.tasks.filter((r) => !r.scored), got.filter((g) => !paired.has(g)));
  for (const g of idle.values()) paired.add(g);
  let idsDiffer = 0;
  let spuriousDeadlines = 0;
  for (const r of rows) {
    const g = pairs.get(r);
    const at = `${r.key} (${productId(r.key)})`;
    count(tasks, g !== undefined, `task ${at} not found`);
    if (g && canonicalId(g.id) !== productId(r.key)) {
      idsDiffer++;
      misses.push(`task ${at} found as ${g.id}`);
    }
    if (!r.unscored.includes('lead')) count(leads, g !== undefined && sameAgencies(r.lead, g.lead, names), g && `lead ${at}: ${JSON.stringify(g?.lead)} ≠ key ${JSON.stringify(r.lead)}`);
    if (!r.unscored.includes('coordinators')) {
      count(coordinators, g !== undefined && sameAgencies(r.coordinators, g.coordinators, names), g && `coordinators ${at}: ${JSON.stringify(g?.coordinators)} ≠ key ${JSON.stringify(r.coordinators)}`);
    }
    if (!r.unscored.includes('deadline')) {
      if (r.deadline !== null) count(deadlines, g !== undefined && sameDeadlineVerbatim(r.deadline, g.deadline, r.deadline_also), g && `deadline ${at}: ${JSON.stringify(g?.deadline)} ≠ key ${JSON.stringify(r.deadline)}`);
      else if (g?.deadline !== undefined) {
        spuriousDeadlines++;
        misses.push(`deadline ${at}: ${JSON.stringify(g.deadline)} read where the key has none`);
      }
    }
    for (const l of r.implements.filter((x) => x.explicit)) {
      const parentId = parents.get(l.document);
      if (parentId === undefined) continue; // a parent outside the corpus has no id to compare with
      const want = l.task === undefined ? undefined : `${parentId}#${productId(l.task)}`;
      // A link to the whole parent (a supersession, an amendment) is the document's; a task link is the task's.
      const ok = want === undefined ? doc.implements.includes(parentId) || doc.cites.some((c) => c.ref === parentId) : g !== undefined && g.links.some((x) => canonicalLink(x) === want);
      count(links, ok, `link ${at} → ${want ?? parentId}: got ${JSON.stringify(g?.links ?? [])}`);
    }
  }
  const extras = got.filter((g) => !paired.has(g));
  const extra = expected.scope === undefined ? extras.length : 0;
  if (expected.scope === undefined) for (const x of extras) misses.push(`extra task ${x.id}: ${x.text.trim().slice(0, 60)}`);
  return { header, headerFields, tasks, extra, imported: got.length, idsDiffer, leads, coordinators, deadlines, spuriousDeadlines, links, misses };
}

/** `implements:doc#PL 5` → `doc#PL.5`: the link's kind dropped, the task id folded. */
function canonicalLink(link: string): string {
  const ref = link.replace(/^(?:implements|mirrors):/, '');
  const hash = ref.indexOf('#');
  return hash < 0 ? ref : `${ref.slice(0, hash)}#${canonicalId(ref.slice(hash + 1))}`;
}

function headerValue(doc: Document, f: HeaderField): unknown {
  if (f === 'addressees') return doc.to;
  return doc[f];
}
