/**
 * The five seed documents scored as `test/import/score.test.ts` scores four of them: each import
 * against the hand-written YAML of `directives/documents/`, field by field (same rules, same
 * comparison functions). 003 is the directive itself: imported with the registry only.
 */
import { readFileSync } from 'node:fs';
import { importText } from '../../src/import/import-text.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import { flatten, pair, sameDeadline, sameSet } from '../import/compare.js';
import type { Tally } from './compare-corpus.js';

const SEEDS: readonly { file: string; expected: string; links: boolean; directive: boolean }[] = [
  { file: '000_09742a9cfefc7afd.txt', expected: 'gia-lai-5900', links: true, directive: true },
  { file: '001_cf2801d1655f48db.txt', expected: 'hcm-sgddt-draft-2026', links: true, directive: true },
  { file: '002_a34f5b1caf3269ee.txt', expected: 'an-giang-draft-2026-05', links: true, directive: true },
  { file: '003_40105ecd63b2e01d.txt', expected: 'ct-14-ttg', links: false, directive: false },
  { file: '004_00e198c429ec8704.txt', expected: 'gia-lai-de-xuat-bkhcn', links: false, directive: true },
];

export const SEED_FIELDS = ['tasks found', 'leads right', 'coordinators right', 'deadlines right', 'parent links right'] as const;
export type SeedField = (typeof SEED_FIELDS)[number];

/** Tallies per field over the five seeds, and what was missed. */
export async function scoreSeeds(): Promise<{ tallies: Map<SeedField, Tally>; misses: string[] }> {
  const tallies = new Map<SeedField, Tally>(SEED_FIELDS.map((f) => [f, { right: 0, total: 0 }]));
  const misses: string[] = [];
  const count = (f: SeedField, ok: boolean, what: string): void => {
    const t = tallies.get(f) as Tally;
    t.total++;
    if (ok) t.right++;
    else misses.push(`${f}: ${what}`);
  };
  const withDirective = (await loadCascade(['directives/registry', 'directives/documents/ct-14-ttg.yaml'])).cascade;
  const registryOnly = (await loadCascade(['directives/registry'])).cascade;
  const handWritten = (await loadCascade(['directives/'])).cascade;
  for (const s of SEEDS) {
    const expectedDoc = handWritten.documentsById.get(s.expected);
    if (!expectedDoc) throw new Error(`no hand-written document ${s.expected} in directives/documents/`);
    const text = readFileSync(`test/fixtures/seeds/${s.file}`, 'utf8');
    const got = importText(text, s.directive ? withDirective : registryOnly, { fileName: s.file }).document;
    const expected = flatten(expectedDoc.body);
    const imported = flatten(got.body);
    const pairs = pair(expected, imported);
    const paired = new Set(pairs.values());
    for (const e of expected) {
      const g = pairs.get(e);
      const at = `${s.file.slice(0, 3)} ${e.id}`;
      count('tasks found', g !== undefined, `${at} not found`);
      count('leads right', g !== undefined && sameSet(e.lead, g.lead), `${at} lead ${JSON.stringify(g?.lead)} ≠ ${JSON.stringify(e.lead)}`);
      count('coordinators right', g !== undefined && sameSet(e.coordinators, g.coordinators), `${at} coordinators ${JSON.stringify(g?.coordinators)} ≠ ${JSON.stringify(e.coordinators)}`);
      count('deadlines right', g !== undefined && sameDeadline(e.deadline, g.deadline), `${at} deadline ${JSON.stringify(g?.deadline)} ≠ ${JSON.stringify(e.deadline)}`);
      if (s.links) count('parent links right', g !== undefined && sameSet(e.links, g.links), `${at} links ${JSON.stringify(g?.links)} ≠ ${JSON.stringify(e.links)}`);
    }
    for (const x of imported.filter((t) => !paired.has(t))) count('tasks found', false, `${s.file.slice(0, 3)} extra task ${x.id}`);
  }
  return { tallies, misses };
}
