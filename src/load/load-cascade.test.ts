import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Section, Task } from '../model/body.js';
import { loadCascade } from './load-cascade.js';

const PLACES = 'test/fixtures/broken/ok-places.yaml';

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-load-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('loadCascade on the bundled directives', () => {
  it('finds no problem in directives/', async () => {
    const { diagnostics, cascade } = await loadCascade(['directives/']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(cascade.documentsById.has('ct-14-ttg')).toBe(true);
    expect(cascade.known.has('qd-522-bgddt')).toBe(true);
  });

  it('indexes tasks with the lead inherited from their section, and goals', async () => {
    const { cascade } = await loadCascade(['directives/documents/ct-14-ttg.yaml']);
    const year = cascade.tasks.get('ct-14-ttg#2.b/2026');
    expect(year?.lead).toEqual(['bo-va-tinh']);
    expect(year?.ancestors.map((a) => ('section' in a ? `section ${a.section}` : `task ${(a as Task).task}`))).toEqual(['section 2', 'task 2.b']);
    expect(cascade.tasks.get('ct-14-ttg#3')?.coordinators).toEqual(['bo-ca']);
    expect(cascade.goals.get('ct-14-ttg#1.a')?.goal.goal).toBe('1.a');
  });
});

describe('the registry, expanded over the 34 provinces', () => {
  it('names each province as the templates say', async () => {
    const { cascade } = await loadCascade([]);
    expect(cascade.agencies.get('gia-lai.ubnd')).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Gia Lai', level: 'province', province: 'gia-lai' });
    expect(cascade.agencies.get('ho-chi-minh.ubnd')?.name).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(cascade.agencies.get('ho-chi-minh.ubnd')?.variants).toContain('UBND thành phố');
    expect(cascade.agencies.get('thanh-hoa.ca')?.name).toBe('Công an tỉnh');
    expect(cascade.agencies.get('hue.tt')?.name).toBe('Thanh tra thành phố');
    expect(cascade.agencies.get('gia-lai.skhcn')).toMatchObject({ superior: 'gia-lai.ubnd', counterpart: 'bo-khcn', level: 'department' });
  });

  it('has every province once, and templates limited by `only` only there', async () => {
    const { cascade } = await loadCascade([]);
    const provinces = [...cascade.agencies.values()].filter((a) => a.level === 'province' && a.id.endsWith('.ubnd'));
    expect(provinces).toHaveLength(34);
    expect(cascade.agencies.has('ha-noi.sqhkt')).toBe(true);
    expect(cascade.agencies.has('gia-lai.sqhkt')).toBe(false);
  });

  it('makes every commune an agency under its province, a code appended to names met twice', async () => {
    const { cascade } = await loadCascade([]);
    const communes = [...cascade.agencies.values()].filter((a) => a.level === 'commune');
    expect(communes).toHaveLength(3321);
    expect(cascade.agencies.get('ha-noi.phuong-ba-dinh')).toMatchObject({ name: 'Ủy ban nhân dân phường Ba Đình', superior: 'ha-noi.ubnd' });
    expect(cascade.agencies.has('thai-nguyen.xa-van-lang-02143')).toBe(true);
    expect(cascade.agencies.has('thai-nguyen.xa-van-lang')).toBe(false);
  });

  it('expands group members through rules and includes', async () => {
    const { cascade } = await loadCascade([]);
    expect(cascade.members('gia-lai.ubnd-xa')).toHaveLength(135);
    const both = cascade.members('bo-va-tinh');
    expect(both).toContain('bo-gddt');
    expect(both).toContain('ho-chi-minh.ubnd');
    expect(both).not.toContain('gia-lai.skhcn');
    const all = cascade.members('gia-lai.ca-so-xa');
    expect(all).toEqual(expect.arrayContaining(['gia-lai.ca', 'gia-lai.skhcn', 'gia-lai.phuong-pleiku']));
    expect(cascade.members('gia-lai.skhcn')).toEqual(['gia-lai.skhcn']);
    expect(cascade.members('no-such-group')).toEqual([]);
    expect(cascade.nameOf('gia-lai.cac-so')).toBe('Các sở, ban, ngành tỉnh');
  });
});

describe('places', () => {
  it('locates a key, a list item, and an object', async () => {
    const { cascade, diagnostics } = await loadCascade([PLACES]);
    expect(diagnostics).toEqual([]);
    const doc = cascade.documentsById.get('ok-places');
    const task = cascade.tasks.get('ok-places#1.2')?.task;
    if (!doc || !task) throw new Error('not loaded');
    expect(cascade.locate(doc, 'kind')).toMatchObject({ file: PLACES, line: 3, column: 1, endLine: 3, endColumn: 15 });
    expect(cascade.locate(doc, 'to', 1)).toMatchObject({ line: 7, column: 5 });
    expect(cascade.locate(task, 'coordinators', 1)).toMatchObject({ line: 20, column: 35 });
    expect(cascade.locate(task)).toMatchObject({ line: 17, column: 9 });
    expect(cascade.locate(doc.body[1] as object, 'goal')).toMatchObject({ line: 22, column: 5 });
    expect(cascade.locate({})).toBeUndefined();
  });

  it('resolves names to ids in the province of the issuer; leads come from the section', async () => {
    const { cascade } = await loadCascade([PLACES]);
    expect(cascade.tasks.get('ok-places#1.1')?.lead).toEqual(['gia-lai.skhcn']);
    expect(cascade.tasks.get('ok-places#1.2')?.coordinators).toEqual(['gia-lai.snv', 'gia-lai.sgddt']);
    expect(cascade.tasks.get('ok-places#1.1')?.implements).toEqual(['ct-14-ttg#2.b/2026']);
    expect(cascade.tasks.get('ok-places#1.2')?.mirrors).toEqual(['ct-14-ttg#5.b']);
    const doc = cascade.documentsById.get('ok-places');
    expect(doc && cascade.resolveAgency?.({ ref: 'UBND các xã, phường', as: 'x' }, doc)).toBe('gia-lai.ubnd-xa');
  });
});

describe('what the inputs bring and what the package provides', () => {
  it('validates another folder against the national registry and the directive it implements', async () => {
    const dir = tempDir({
      'letter.yaml': 'id: thu\nkind: cong-van\nissuer: gia-lai.ubnd\nimplements: [ct-14-ttg]\nbody:\n  - task: "1"\n    text: Một.\n    lead: [Sở Nội vụ]\n    implements: [ct-14-ttg#2.a]\n',
    });
    const { cascade, diagnostics } = await loadCascade([dir], { cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(cascade.tasks.get('thu#1')?.implements).toEqual(['ct-14-ttg#2.a']);
    expect(cascade.documentsById.has('ct-14-ttg')).toBe(true);
    expect(cascade.documentsById.has('gia-lai-5900')).toBe(false);
  });

  it("adds the user's registry files to the national registry", async () => {
    const dir = tempDir({
      'registry/extra.yaml': 'agencies:\n  - id: gia-lai.truong-chinh-tri\n    name: Trường Chính trị tỉnh Gia Lai\n    level: unit\n    superior: gia-lai.ubnd\n    province: gia-lai\n',
      'letter.yaml': 'id: thu\nkind: cong-van\nissuer: gia-lai.ubnd\nto: [Trường Chính trị tỉnh Gia Lai]\n',
    });
    const { cascade, diagnostics } = await loadCascade([dir], { cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(cascade.agencies.has('gia-lai.truong-chinh-tri')).toBe(true);
    expect(cascade.agencies.has('gia-lai.skhcn')).toBe(true);
    const doc = cascade.documentsById.get('thu');
    expect(doc && cascade.resolveAgency?.(doc.to[0] ?? '', doc)).toBe('gia-lai.truong-chinh-tri');
  });

  it('reports a path that does not exist, and goes on', async () => {
    const { diagnostics, cascade } = await loadCascade(['no/such/folder', PLACES]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['path-not-found']);
    expect(cascade.documentsById.has('ok-places')).toBe(true);
  });

  it('shows file names relative to the working directory', async () => {
    const dir = tempDir({ 'a/bad.yaml': 'id: bad\nkind: cong-vn\n' });
    const { diagnostics } = await loadCascade(['a'], { cwd: dir });
    expect(diagnostics[0]?.place?.file).toBe(join('a', 'bad.yaml'));
  });
});

describe('every problem at once', () => {
  it('reports the schema problems of a file and still checks the rest of it', async () => {
    const { diagnostics } = await loadCascade(['test/fixtures/broken/not-ok-many-problems.yaml']);
    expect(diagnostics.map((d) => [d.rule, d.place?.line, d.place?.column])).toEqual([
      ['schema-invalid-date', 5, 1],
      ['footnote-undefined', 8, 15],
      ['unknown-agency', 9, 12],
      ['deadline-unparsed', 10, 5],
      ['unknown-task', 11, 18],
      ['duplicate-task-id', 12, 5],
    ]);
  });

  it('keeps a salvaged task where it was in the file', async () => {
    const dir = tempDir({ 'x.yaml': 'id: x\nkind: cong-van\nbody:\n  - tsk: "0"\n  - task: "1"\n    text: Một.\n    deadline: Khi nào xong\n' });
    const { diagnostics } = await loadCascade([dir], { cwd: dir });
    expect(diagnostics.map((d) => [d.rule, d.place?.line, d.place?.column])).toEqual([
      ['schema-node-kind', 4, 5],
      ['deadline-unparsed', 7, 5],
    ]);
  });
});

describe('the parse cache', () => {
  it('gives the same findings and places from the cache as from the files', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cascade-cache-'));
    const files = ['test/fixtures/broken/not-ok-many-problems.yaml', PLACES, 'test/fixtures/broken/not-ok-unknown-key.yaml'];
    const first = await loadCascade(files, { cacheDir, cache: true });
    const second = await loadCascade(files, { cacheDir, cache: true });
    expect(second.diagnostics).toEqual(first.diagnostics);
    const doc = second.cascade.documentsById.get('ok-places');
    expect(doc && second.cascade.locate(doc, 'to', 1)).toMatchObject({ line: 7, column: 5 });
    const section = doc?.body[0] as Section | undefined;
    expect(section && second.cascade.locate(section, 'lead', 0)).toMatchObject({ line: 11, column: 12 });
  });

  it('lives in CASCADE_CACHE_DIR when the environment names one', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cascade-cache-env-'));
    const before = process.env['CASCADE_CACHE_DIR'];
    process.env['CASCADE_CACHE_DIR'] = cacheDir;
    try {
      await loadCascade([PLACES], { cache: true });
    } finally {
      if (before === undefined) delete process.env['CASCADE_CACHE_DIR'];
      else process.env['CASCADE_CACHE_DIR'] = before;
    }
    expect(readdirSync(cacheDir).filter((n) => /^parse-[0-9a-f]+\.json$/.test(n))).toHaveLength(1);
  });
});
