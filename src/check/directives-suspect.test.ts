import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { loadCascade } from '../load/load-cascade.js';
import { runChecks } from './engine.js';

// The centre rewords 2.a in a copy of the bundled documents: the approved links to it, and only
// those, become suspect until they are approved again.
const dir = mkdtempSync(join(tmpdir(), 'cascade-suspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DOCS = join(dir, 'documents');
const LINK_TO_2A = 'implements: [{ task: ct-14-ttg#2.a,';

/** `file:line` of each line of the copied documents that links to 2.a. */
function linksTo2a(): string[] {
  return ['an-giang-draft-2026-05.yaml', 'gia-lai-5900.yaml', 'hcm-sgddt-draft-2026.yaml'].map((name) => {
    const file = join(DOCS, name);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(LINK_TO_2A)) + 1;
    return `${file}:${line}`;
  });
}

async function audit(): Promise<{ suspect: string[]; parents: string[]; unapproved: number; loadErrors: number }> {
  const { cascade, diagnostics } = await loadCascade([dir]);
  const found = runChecks(cascade).diagnostics;
  return {
    suspect: found.filter((d) => d.rule === 'link-suspect').map((d) => `${d.place?.file}:${d.place?.line}`),
    parents: found.filter((d) => d.rule === 'link-suspect').map((d) => /^Parent (14\/CT-TTg \S+) changed/.exec(d.message.en)?.[1] ?? d.message.en),
    unapproved: found.filter((d) => d.rule === 'link-unapproved').length,
    loadErrors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}

beforeAll(() => {
  cpSync('directives', dir, { recursive: true });
  const ct14 = join(DOCS, 'ct-14-ttg.yaml');
  const text = readFileSync(ct14, 'utf8');
  const edited = text.replace('coi đây là nhiệm vụ thường xuyên, quan trọng."', 'coi đây là nhiệm vụ thường xuyên, quan trọng, hằng năm."');
  // The phrase must be 2.a's only: the edit changes exactly one task.
  expect(text.split('coi đây là nhiệm vụ thường xuyên, quan trọng."')).toHaveLength(2);
  expect(text.indexOf('coi đây là nhiệm vụ thường xuyên')).toBeGreaterThan(text.indexOf('task: 2.a'));
  expect(text.indexOf('coi đây là nhiệm vụ thường xuyên')).toBeLessThan(text.indexOf('task: 2.b'));
  writeFileSync(ct14, edited);
});

describe('a bundled directive edited after its links were approved', () => {
  it('makes suspect exactly the links to 2.a: Gia Lai’s 1, An Giang’s 1-1 and the HCMC department’s 1', async () => {
    const r = await audit();
    expect(r.loadErrors).toBe(0);
    expect(r.suspect).toEqual(linksTo2a());
    expect(r.parents).toEqual(['14/CT-TTg 2.a', '14/CT-TTg 2.a', '14/CT-TTg 2.a']);
    expect(r.unapproved).toBe(0);
  });

  it('clears them when the links are approved again, changing only those three lines', async () => {
    const before = new Map(['an-giang-draft-2026-05.yaml', 'gia-lai-5900.yaml', 'hcm-sgddt-draft-2026.yaml'].map((n) => [n, readFileSync(join(DOCS, n), 'utf8')]));
    let out = '';
    const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (out += s) }, isTTY: false, cwd: process.cwd() };
    expect(await main(['approve', dir, '--all', '--lang', 'en'], io)).toBe(0);
    expect(out.trimEnd().split('\n').at(-1)).toBe('Approved 3 links in 3 files.');
    for (const [name, text] of before) {
      const after = readFileSync(join(DOCS, name), 'utf8').split('\n');
      const changed = text.split('\n').flatMap((line, i) => (line === after[i] ? [] : [after[i]?.trim()]));
      expect(changed, name).toEqual([expect.stringMatching(/^implements: \[\{ task: ct-14-ttg#2\.a, fingerprint: [0-9a-f]{12} \}\]$/)]);
    }
    const r = await audit();
    expect(r.suspect).toEqual([]);
    expect(r.unapproved).toBe(0);
  });
});
