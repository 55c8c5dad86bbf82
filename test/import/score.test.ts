/**
 * How well `cascade import` reads the four seed letters, field by field, against the hand-written
 * YAML of the model issue (directives/documents/). The importer gets the registry and the
 * directive only — never the hand-written letters themselves — as it would for a letter it has
 * never seen.
 *
 * What "right" means:
 * - **tasks found**: an expected task is found when an imported task has the same id and a text at
 *   least 0.5 alike (word Dice), or, failing that, a text at least 0.9 alike. The score is
 *   found / (expected + imported tasks matching none), so extra tasks count against it too (004 has
 *   no tasks: any task imported there is an error).
 * - **leads right**: the lead in force (the task's own, else its enclosing task's or section's) names
 *   the same registry ids, in any order.
 * - **coordinators right**: the task's own coordinators, same ids in any order (none = none).
 * - **deadlines right**: both absent, or both parse (`parseDeadline`) to the same kind, dates and
 *   rhythm, or the same words once "Hoàn thành", emphasis and the final period are dropped; a
 *   deadline with a rhythm beside it (`every`) must have the same rhythm.
 * - **parent links right**: the same set of `implements` and `mirrors` links, each of the same kind
 *   (004 is left out: it has no parent in the cascade).
 * A task not found is wrong in every field. The test fails below 95% on any field.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/import/import-text.js';
import type { Cascade } from '../../src/load/cascade.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import type { Document } from '../../src/model/document.js';
import { flatten, pair, sameDeadline, sameSet } from './compare.js';

const SEEDS: readonly { file: string; expected: string; links: boolean }[] = [
  { file: '000_09742a9cfefc7afd.txt', expected: 'gia-lai-5900', links: true },
  { file: '001_cf2801d1655f48db.txt', expected: 'hcm-sgddt-draft-2026', links: true },
  { file: '002_a34f5b1caf3269ee.txt', expected: 'an-giang-draft-2026-05', links: true },
  { file: '004_00e198c429ec8704.txt', expected: 'gia-lai-de-xuat-bkhcn', links: false },
];
const FIELDS = ['tasks found', 'leads right', 'coordinators right', 'deadlines right', 'parent links right'] as const;
type Field = (typeof FIELDS)[number];
const TARGET = 0.95;

interface Tally {
  right: number;
  total: number;
}

const scores = new Map<Field, Tally>(FIELDS.map((f) => [f, { right: 0, total: 0 }]));
const perLetter: string[] = [];
const misses: string[] = [];
let cascade: Cascade;
let handWritten: Cascade;

function count(field: Field, ok: boolean, what: string): void {
  const t = scores.get(field) as Tally;
  t.total++;
  if (ok) t.right++;
  else misses.push(`${field}: ${what}`);
}

function score(file: string, expectedDoc: Document, got: Document, links: boolean): void {
  const expected = flatten(expectedDoc.body);
  const imported = flatten(got.body);
  const pairs = pair(expected, imported);
  const extra = imported.filter((t) => ![...pairs.values()].includes(t));
  for (const e of expected) {
    const g = pairs.get(e);
    const at = `${file} ${e.id}`;
    count('tasks found', g !== undefined, `${at} not found`);
    count('leads right', g !== undefined && sameSet(e.lead, g.lead), `${at} lead ${JSON.stringify(g?.lead)} ≠ ${JSON.stringify(e.lead)}`);
    count('coordinators right', g !== undefined && sameSet(e.coordinators, g.coordinators), `${at} coordinators ${JSON.stringify(g?.coordinators)} ≠ ${JSON.stringify(e.coordinators)}`);
    count('deadlines right', g !== undefined && sameDeadline(e.deadline, g.deadline), `${at} deadline ${JSON.stringify(g?.deadline)} ≠ ${JSON.stringify(e.deadline)}`);
    if (links) count('parent links right', g !== undefined && sameSet(e.links, g.links), `${at} links ${JSON.stringify(g?.links)} ≠ ${JSON.stringify(e.links)}`);
  }
  for (const x of extra) count('tasks found', false, `${file} extra task ${x.id}`);
  perLetter.push(`| ${file.slice(0, 3)} | ${expected.length} | ${imported.length} | ${pairs.size} | ${extra.length} |`);
}

function pct(t: Tally): string {
  return t.total === 0 ? '—' : `${((100 * t.right) / t.total).toFixed(1)}%`;
}

beforeAll(async () => {
  // The importer sees the registry and the directive, not the letters it is scored on.
  cascade = (await loadCascade(['directives/registry', 'directives/documents/ct-14-ttg.yaml'])).cascade;
  handWritten = (await loadCascade(['directives/'])).cascade;
  for (const s of SEEDS) {
    const expected = handWritten.documentsById.get(s.expected);
    if (!expected) throw new Error(`missing hand-written ${s.expected}`);
    const got = importText(readFileSync(`test/fixtures/seeds/${s.file}`, 'utf8'), cascade, { fileName: s.file }).document;
    score(s.file, expected, got, s.links);
  }
}, 120_000);

describe('import scores on the four seed letters', () => {
  it('prints the table', () => {
    const rows = FIELDS.map((f) => {
      const t = scores.get(f) as Tally;
      return `| ${f} | ${t.right}/${t.total} | ${pct(t)} |`;
    });
    console.log(['| field | right | score |', '|---|---|---|', ...rows].join('\n'));
    console.log(['| letter | expected tasks | imported tasks | found | extra |', '|---|---|---|---|---|', ...perLetter].join('\n'));
    if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`);
    expect(scores.get('tasks found')?.total).toBeGreaterThan(20);
  });

  for (const f of FIELDS) {
    it(`${f}: at least ${TARGET * 100}%`, () => {
      const t = scores.get(f) as Tally;
      expect(t.total).toBeGreaterThan(0);
      expect(t.right / t.total).toBeGreaterThanOrEqual(TARGET);
    });
  }
});
