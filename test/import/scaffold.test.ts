import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/engine.js';
import { draftYaml } from '../../src/import/emit.js';
import { scaffold, ScaffoldError } from '../../src/import/scaffold.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import type { Node, Task } from '../../src/model/body.js';
import { planKind } from '../../src/render/kinds.js';
import { renderDocx } from '../../src/render/render-docx.js';
import { readTemplateFiles } from '../../src/render/template-files.js';
import { TemplateSet } from '../../src/render/template-set.js';
import { docxText } from '../docx/word-match.js';
import { bundledCascade } from './cascades.js';

function tasksOf(nodes: readonly Node[]): Task[] {
  return nodes.flatMap((n) => ('task' in n ? [n, ...tasksOf(n.items ?? [])] : 'items' in n && n.items ? tasksOf(n.items) : []));
}

/** Writes the scaffold beside the bundled YAML, loads and audits everything, returns what concerns the scaffold. */
async function check(from: string, forAgency: string) {
  const base = await bundledCascade();
  const result = scaffold(base, from, forAgency, ON);
  const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
  const file = join(dir, `${result.document.id}.yaml`);
  writeFileSync(file, draftYaml(result, { source: from, lang: 'vi' }));
  const { cascade, diagnostics } = await loadCascade(['directives/', file]);
  const mine = (d: { place?: { file: string } | undefined }) => d.place?.file.endsWith(`${result.document.id}.yaml`) === true;
  const audit = runChecks(cascade).diagnostics.filter(mine);
  return { result, cascade, loadErrors: diagnostics.filter((d) => d.severity === 'error'), audit };
}

// The letter's date: a scaffold leaves out the deadlines already past by then, so the tests fix it.
const ON = '2026-06-15';

const REQUIRED = ['ct-14-ttg#2.a', 'ct-14-ttg#2.b/2026', 'ct-14-ttg#2.b/2027', 'ct-14-ttg#2.b/sau', 'ct-14-ttg#2.c'];

describe('cascade scaffold for a province', () => {
  for (const province of ['cao-bang', 'thanh-hoa', 'ca-mau']) {
    it(`${province}: every task of 14/CT-TTg addressed to the provinces is carried, and the audit finds no error`, async () => {
      const { result, loadErrors, audit } = await check('ct-14-ttg', province);
      expect(loadErrors).toEqual([]);
      expect(audit.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual([]);
      expect(audit.some((d) => d.rule === 'central-task-missing')).toBe(false);
      const links = tasksOf(result.document.body).flatMap((t) => t.implements ?? []);
      expect([...links].sort()).toEqual(REQUIRED);
      expect(result.document.issuer).toBe(`${province}.ubnd`);
    });
  }

  it("carries the centre's deadline on each year of 2.b, led by the province's group of all agencies", async () => {
    const base = await bundledCascade();
    const { document } = scaffold(base, 'ct-14-ttg', 'cao-bang', ON);
    const y2027 = tasksOf(document.body).find((t) => (t.implements ?? []).includes('ct-14-ttg#2.b/2027'));
    expect(y2027?.deadline).toBe('Năm 2027');
    expect(y2027?.lead).toEqual(['cao-bang.ca-so-xa']);
  });

  it("restates the centre's goals with their targets", async () => {
    const base = await bundledCascade();
    const { document } = scaffold(base, 'ct-14-ttg', 'cao-bang', ON);
    const first = document.body[0];
    const goals = first && 'items' in first ? (first.items ?? []) : [];
    const targets = [...base.goals.values()].filter((g) => g.doc.id === 'ct-14-ttg').map((g) => g.goal.target);
    expect(goals.map((g) => ('goal' in g ? g.target : undefined))).toEqual(targets);
    expect(targets.length).toBe(2);
  });

  it('offers the ministries’ tasks as mirrors to their counterparts (Bộ Công an → Công an tỉnh)', async () => {
    const base = await bundledCascade();
    const { document } = scaffold(base, 'ct-14-ttg', 'cao-bang', ON);
    const mirror = tasksOf(document.body).find((t) => (t.mirrors ?? []).includes('ct-14-ttg#5.c'));
    expect(mirror?.lead).toEqual(['cao-bang.ca']);
    const ministryTasks = tasksOf(document.body).flatMap((t) => t.mirrors ?? []);
    expect(ministryTasks).toEqual(['ct-14-ttg#3', 'ct-14-ttg#4', 'ct-14-ttg#5.a', 'ct-14-ttg#5.b', 'ct-14-ttg#5.c', 'ct-14-ttg#6']);
  });

  it('leaves number, date and the signer’s name blank', async () => {
    const { document } = scaffold(await bundledCascade(), 'ct-14-ttg', 'thanh-hoa');
    expect(document.number).toBeUndefined();
    expect(document.date).toBeUndefined();
    expect(document.signer?.name).toBeUndefined();
    expect(document.unknown).toEqual(['number', 'date', 'signer']);
  });
});

describe('cascade scaffold for a department', () => {
  it('gia-lai.sgddt from the province’s letter 5900: carries every task given to all agencies, audit without error', async () => {
    const { result, loadErrors, audit } = await check('gia-lai-5900', 'gia-lai.sgddt');
    expect(loadErrors).toEqual([]);
    expect(audit.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message.en}`)).toEqual([]);
    const links = tasksOf(result.document.body).flatMap((t) => t.implements ?? []);
    expect(links).toEqual(['gia-lai-5900#1', 'gia-lai-5900#2.1']);
    // The footnotes the copied text refers to come along.
    expect(Object.keys(result.document.footnotes)).toEqual(['1', '2']);
  });

  it('ho-chi-minh.sgddt from the directive: the tasks its city must carry, led by its schools', async () => {
    const { result, loadErrors, audit } = await check('ct-14-ttg', 'ho-chi-minh.sgddt');
    expect(loadErrors).toEqual([]);
    expect(audit.filter((d) => d.severity === 'error')).toEqual([]);
    const tasks = tasksOf(result.document.body);
    expect(tasks.flatMap((t) => t.implements ?? []).sort()).toEqual(REQUIRED);
    expect(tasks[0]?.lead).toEqual(['ho-chi-minh.sgddt-csgd']);
    expect(result.document.superior).toBe('ho-chi-minh.ubnd');
  });
});

describe('cascade scaffold, then generate', () => {
  it('turns an unedited scaffold into a letter', async () => {
    const { result, cascade } = await check('ct-14-ttg', 'ca-mau');
    const doc = cascade.documentsById.get(result.document.id);
    if (!doc) throw new Error('scaffold not loaded');
    const [planned] = planKind('cong-van', doc, cascade);
    if (!planned) throw new Error('nothing planned');
    const file = await renderDocx(planned.name, planned.kind, planned.prepared, { templates: new TemplateSet(await readTemplateFiles()) });
    const text = await docxText(file.buffer);
    expect(text).toContain('Cà Mau');
    expect(text).toContain('Năm 2027');
    expect(text).toContain('Thủ trưởng các cơ quan, đơn vị tổ chức triển khai thực hiện');
  });
});

describe('cascade scaffold refuses', () => {
  it('an unknown document, an unknown agency, and an agency the document gives nothing to', async () => {
    const base = await bundledCascade();
    expect(() => scaffold(base, 'khong-co', 'cao-bang')).toThrow(ScaffoldError);
    expect(() => scaffold(base, 'ct-14-ttg', 'khong-co')).toThrow(ScaffoldError);
    expect(() => scaffold(base, 'gia-lai-5900', 'an-giang.sgddt')).toThrow(/addresses no task/);
  });
});
