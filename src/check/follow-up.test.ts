import { describe, expect, it } from 'vitest';
import type { Cascade } from '../load/cascade.js';
import { Document } from '../model/document.js';
import { followUpMap, followUpOf } from './facts.js';

const doc = (id: string, implementsIds: readonly string[], followUp?: string): Document =>
  Document.parse({ id, kind: 'cong-van', implements: implementsIds, ...(followUp ? { follow_up: followUp } : {}), body: [] });

const cascadeOf = (docs: readonly Document[]): Cascade => ({
  documents: [...docs],
  documentsById: new Map(docs.map((d) => [d.id, d])),
  known: new Map(),
  agencies: new Map(),
  groups: new Map(),
  tasks: new Map(),
  goals: new Map(),
  members: () => [],
  locate: () => undefined,
  nameOf: () => undefined,
});

/** What `followUpOf` says of each document, one search each. */
const oneByOne = (c: Cascade): Record<string, string | null> => Object.fromEntries(c.documents.map((d) => [d.id, followUpOf(c, d) ?? null]));

describe('followUpMap', () => {
  it('gives each document the body of its nearest parent that names one, as followUpOf does', () => {
    const c = cascadeOf([
      doc('ct', [], 'bo-nv'),
      doc('plan', ['ct']),
      doc('own', ['ct'], 'so-nv'),
      doc('commune', ['plan']),
      doc('under-own', ['own', 'plan']),
      doc('orphan', ['missing']),
    ]);
    const map = followUpMap(c);
    expect(map).toEqual(oneByOne(c));
    expect(map['commune']).toBe('bo-nv');
    expect(map['under-own']).toBe('so-nv');
    expect(map['orphan']).toBeNull();
  });

  it('gives the same answers as followUpOf when implements links go round in a cycle', () => {
    const c = cascadeOf([doc('a', ['b']), doc('b', ['c', 'a']), doc('c', ['a', 'top']), doc('top', [], 'bo-nv'), doc('self', ['self'])]);
    expect(followUpMap(c)).toEqual(oneByOne(c));
    expect(followUpMap(c)['a']).toBe('bo-nv');
  });
});
