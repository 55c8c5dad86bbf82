import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCascade } from '../load/load-cascade.js';
import { sortDiagnostics } from '../load/sort.js';
import { generateNationalCascade } from '../synth/generate.js';
import { makeSynthDir, writeCascadeFiles } from '../synth/write.js';
import { runChecks } from './engine.js';
import { createCheckSession, type SessionResult } from './session.js';

const AS_OF = '2026-12-07';

/** Every finding, whole (places, messages, quoted text, related places), and what was not evaluated. */
function serialised(diagnostics: readonly unknown[], notEvaluated: readonly unknown[]): string {
  return JSON.stringify({ diagnostics, notEvaluated }, null, 1);
}

/** What a fresh load and `runChecks` of the folder find, as `cascade check` does without a session. */
async function fresh(dir: string): Promise<string> {
  const { cascade, diagnostics } = await loadCascade([dir], { cwd: dir, cache: false });
  const audit = runChecks(cascade, undefined, { asOf: AS_OF });
  return serialised(sortDiagnostics([...diagnostics, ...audit.diagnostics]), audit.notEvaluated);
}

const ofSession = (r: SessionResult): string => serialised(r.diagnostics, r.audit.notEvaluated);

let dir = '';

beforeAll(async () => {
  const generated = await generateNationalCascade({
    unitsFile: 'directives/registry/vn-admin-units-2025.json',
    seed: 7,
    gaps: 2,
    provinces: ['gia-lai', 'ha-noi'],
    communesPerProvince: 4,
  });
  dir = await makeSynthDir();
  await writeCascadeFiles(dir, generated.files);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The commune letters of Hà Nội, by absolute path. */
function communeLetters(): string[] {
  const folder = join(dir, 'documents', 'ha-noi', 'xa');
  return readdirSync(folder).filter((n) => n.endsWith('.yaml')).sort().map((n) => join(folder, n));
}

describe('createCheckSession', () => {
  it('re-checks after edits, a deletion, a new file and a broken file with exactly the findings of a fresh check', async () => {
    const session = await createCheckSession([dir], { cwd: dir, check: { asOf: AS_OF } });
    expect(ofSession(session.last)).toBe(await fresh(dir));
    const before = ofSession(session.last);

    // One letter edited: every deadline moved years later.
    const [first, second, third] = communeLetters();
    if (!first || !second || !third) throw new Error('the synthetic cascade has too few commune letters');
    const text = readFileSync(first, 'utf8');
    const edited = text.replace(/deadline: .*/gu, 'deadline: Trước ngày 31/12/2031');
    expect(edited).not.toBe(text);
    writeFileSync(first, edited);
    const afterEdit = await session.recheck([first]);
    expect(ofSession(afterEdit)).toBe(await fresh(dir));
    expect(ofSession(afterEdit)).not.toBe(before);

    // One letter deleted, and a new one (a copy under another id) added.
    const copied = readFileSync(second, 'utf8');
    rmSync(second);
    const added = join(dir, 'documents', 'ha-noi', 'xa', 'new-letter.yaml');
    const id = /^id: (.*)$/mu.exec(copied)?.[1] ?? '';
    expect(id).not.toBe('');
    writeFileSync(added, copied.replace(/^id: .*$/mu, `id: ${id}-moi`));
    const afterMove = await session.recheck([second, added]);
    expect(ofSession(afterMove)).toBe(await fresh(dir));

    // A file that does not parse: its finding has a place, and the next edit is checked again.
    writeFileSync(third, `${readFileSync(third, 'utf8')}\n  - [unclosed\n`);
    const broken = await session.recheck([third]);
    expect(ofSession(broken)).toBe(await fresh(dir));
    expect(broken.diagnostics.some((d) => d.place?.file.endsWith('.yaml') && d.severity === 'error' && d.place.line > 1)).toBe(true);
  }, 120_000);

  it('sees a change it was not told about (size or time of the file changed)', async () => {
    const session = await createCheckSession([dir], { cwd: dir, check: { asOf: AS_OF } });
    const letter = communeLetters()[0] ?? '';
    writeFileSync(letter, readFileSync(letter, 'utf8').replace(/deadline: .*/gu, 'deadline: Trước ngày 31/12/2032'));
    const again = await session.recheck();
    expect(ofSession(again)).toBe(await fresh(dir));
  }, 120_000);

  it('rebuilds the registry when a registry file is edited (the documents are unchanged)', async () => {
    const session = await createCheckSession([dir], { cwd: dir, check: { asOf: AS_OF } });
    const before = ofSession(session.last);
    const registry = join(dir, 'registry', 'agencies.yaml');
    const text = readFileSync(registry, 'utf8');
    const edited = text.replace(/^ {2}- id: bo-nv$/mu, '  - id: bo-nv-cu');
    expect(edited).not.toBe(text);
    try {
      writeFileSync(registry, edited);
      const again = await session.recheck([registry]);
      expect(ofSession(again)).toBe(await fresh(dir));
      expect(ofSession(again)).not.toBe(before);
    } finally {
      writeFileSync(registry, text);
    }
    // And back: the previous registry, the previous findings.
    const restored = await session.recheck([registry]);
    expect(ofSession(restored)).toBe(before);
  }, 120_000);

  it("follows an edit of a document's id and of a task's link into the findings of its children", async () => {
    const session = await createCheckSession([dir], { cwd: dir, check: { asOf: AS_OF } });
    const folder = join(dir, 'documents', 'ha-noi');
    const province = join(folder, readdirSync(folder).filter((n) => n.endsWith('.yaml')).sort()[0] ?? '');
    const text = readFileSync(province, 'utf8');
    const unknownDocs = (r: SessionResult): number => r.diagnostics.filter((d) => d.rule === 'unknown-document').length;
    const start = unknownDocs(session.last);
    const renamed = text.replace(/^id: (.*)$/mu, 'id: $1-doi-ma');
    expect(renamed).not.toBe(text);
    writeFileSync(province, renamed);
    const afterId = await session.recheck([province]);
    expect(ofSession(afterId)).toBe(await fresh(dir));
    // The children implement an id that is gone.
    expect(unknownDocs(afterId)).toBeGreaterThan(start);

    // A commune letter's task now implements a task its parent does not have.
    const letter = communeLetters().at(-1) ?? '';
    const before = ofSession(await session.recheck([]));
    const body = readFileSync(letter, 'utf8');
    const relinked = body.replace(/^(\s+implements: \[ [^\]#]+#)/mu, '$19');
    expect(relinked).not.toBe(body);
    writeFileSync(letter, relinked);
    const afterLink = await session.recheck([letter]);
    expect(ofSession(afterLink)).toBe(await fresh(dir));
    expect(ofSession(afterLink)).not.toBe(before);
  }, 120_000);

  it('trusting the names it is given, still sweeps every Nth re-check and when asked to', async () => {
    const session = await createCheckSession([dir], { cwd: dir, check: { asOf: AS_OF }, trustChanges: true, sweepEvery: 2 });
    const [a, b, c] = communeLetters();
    if (!a || !b || !c) throw new Error('the synthetic cascade has too few commune letters');
    writeFileSync(a, readFileSync(a, 'utf8').replace(/^(\s+)deadline: .*$/gmu, '$1deadline: Trước ngày 30/11/2033'));
    expect(ofSession(await session.recheck([a]))).toBe(await fresh(dir));
    // Not named, but the second re-check is a sweep.
    writeFileSync(b, readFileSync(b, 'utf8').replace(/^(\s+)deadline: .*$/gmu, '$1deadline: Trước ngày 30/11/2034'));
    expect(ofSession(await session.recheck())).toBe(await fresh(dir));
    // Not named, on a re-check that is not due to sweep: asked to sweep (the watcher failed).
    writeFileSync(c, readFileSync(c, 'utf8').replace(/^(\s+)deadline: .*$/gmu, '$1deadline: Trước ngày 30/11/2035'));
    expect(ofSession(await session.recheck([], undefined, { sweep: true }))).toBe(await fresh(dir));
  }, 120_000);
});
