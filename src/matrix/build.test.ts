import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellAt, editedDocuments, matrixOf } from '../../test/matrix/fixture.js';
import type { CoverageMatrix } from './types.js';

let m: CoverageMatrix;

/** Gia Lai without the link of its task 3 to 2.c (with or without an approval fingerprint). */
const dropTwoC = (t: string): string => t.replace(/^ +implements: \[(?:\{ task: )?ct-14-ttg#2\.c\b.*\n/m, '');
const temp: string[] = [];

beforeAll(async () => {
  m = await matrixOf(['directives/']);
});

afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

describe('buildMatrix on the bundled documents', () => {
  it('has the leaf tasks of 14/CT-TTg as rows, the tasks for every province first', () => {
    expect(m.root.doc).toBe('ct-14-ttg');
    expect(m.rows.map((r) => r.id)).toEqual(['2.a', '2.b/2026', '2.b/2027', '2.b/sau', '2.c', '3', '4', '5.a', '5.b', '5.c', '6']);
    expect(m.rows.map((r) => r.kind)).toEqual(['must', 'must', 'must', 'must', 'must', 'mirror', 'mirror', 'mirror', 'mirror', 'mirror', 'mirror']);
  });

  it('has the implementing letters as columns, province by province in the units file’s order, and leaves out the unrelated proposal', () => {
    expect(m.columns.map((c) => [c.doc, c.level, c.province])).toEqual([
      ['gia-lai-5900', 'province', 'gia-lai'],
      ['hcm-sgddt-draft-2026', 'department', 'ho-chi-minh'],
      ['an-giang-draft-2026-05', 'province', 'an-giang'],
    ]);
    expect(m.provinces.map((p) => p.name)).toEqual(['Gia Lai', 'Hồ Chí Minh', 'An Giang']);
  });

  it('shows a task carried by a local task as covered, with its id', () => {
    expect(cellAt(m, 'gia-lai-5900', '2.a')).toMatchObject({ status: 'covered', tasks: ['1'] });
    expect(cellAt(m, 'gia-lai-5900', '2.c')).toMatchObject({ status: 'covered', tasks: ['3'] });
  });

  it('counts a link to a heading task (2.b) for each of its years', () => {
    expect(cellAt(m, 'an-giang-draft-2026-05', '2.b/2027').tasks).toEqual(['1-2', '1-2/2027']);
  });

  it('shows a ministry task taken up by the counterpart as mirrored', () => {
    expect(cellAt(m, 'gia-lai-5900', '5.b')).toMatchObject({ status: 'mirrored', tasks: ['4'] });
    expect(cellAt(m, 'gia-lai-5900', '6').status).toBe('none');
  });

  it('says it cannot judge a task not carried by a letter whose parents are known only by citation', () => {
    expect(cellAt(m, 'hcm-sgddt-draft-2026', '2.c').status).toBe('unknown');
  });

  it('counts the ministry rows as mirrored, apart from coverage', () => {
    expect(m.byColumn[0]).toMatchObject({ covered: 5, partly: 0, missing: 0, mirrored: 2, percent: 100 });
    // Coverage is over the addressees: the 31 provinces without a letter owe 5 must rows each.
    expect(m.overall.counted).toBe(m.byColumn.reduce((n, c) => n + c.counted, 0) + 31 * 5);
    expect(m.addressees?.coverage.find((c) => c.level === 'province')).toMatchObject({ addressees: 34, withDocument: 3, evaluated: true });
  });
});

describe('buildMatrix on edited documents', () => {
  it('makes a carried task partly covered, with the audit finding on the local task as the reason', async () => {
    const dir = await editedDocuments('gia-lai-5900.yaml', (t) => t.replace('        deadline: Năm 2026\n', ''));
    temp.push(dir);
    const edited = await matrixOf([dir]);
    const cell = cellAt(edited, 'gia-lai-5900', '2.b/2026');
    expect(cell.status).toBe('partly');
    expect(cell.reasons.map((r) => [r.rule, r.at])).toEqual([['task-missing-deadline', 'gia-lai-5900#2.1']]);
    // (4 covered + 0.5 × 1 partly) / 5 counted.
    expect(edited.byColumn[0]).toMatchObject({ covered: 4, partly: 1, missing: 0, percent: 90 });
  });

  it('shows a task addressed to the province and carried by no task as missing, with the audit message', async () => {
    const dir = await editedDocuments('gia-lai-5900.yaml', dropTwoC);
    temp.push(dir);
    const edited = await matrixOf([dir]);
    const cell = cellAt(edited, 'gia-lai-5900', '2.c');
    expect(cell.status).toBe('missing');
    expect(cell.reasons.map((r) => r.rule)).toEqual(['central-task-missing']);
    expect(edited.byColumn[0]?.missing).toBe(1);
  });

  it('shows a task declared not applicable with its reason instead of a gap', async () => {
    const dir = await editedDocuments('gia-lai-5900.yaml', (t) =>
      dropTwoC(t).replace('\nsigner:', '\nnot_applicable:\n  - { task: ct-14-ttg#2.c, reason: Tỉnh đã áp dụng Khung từ năm 2025. }\n\nsigner:'),
    );
    temp.push(dir);
    const cell = cellAt(await matrixOf([dir]), 'gia-lai-5900', '2.c');
    expect(cell).toMatchObject({ status: 'not-applicable', note: 'Tỉnh đã áp dụng Khung từ năm 2025.' });
  });

  it('shows a waived missing task as not applicable with the waiver’s reason', async () => {
    const dir = await editedDocuments('gia-lai-5900.yaml', dropTwoC);
    temp.push(dir);
    const config = { rules: {}, overrides: [], waivers: [{ rule: 'central-task-missing', at: 'gia-lai-5900', reason: 'Đã giao bằng văn bản riêng.' }] };
    const cell = cellAt(await matrixOf([dir], config), 'gia-lai-5900', '2.c');
    expect(cell).toMatchObject({ status: 'not-applicable', note: 'Đã giao bằng văn bản riêng.' });
  });
});
