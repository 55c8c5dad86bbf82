import { readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCascade } from '../load/load-cascade.js';
import { generateNationalCascade } from '../synth/generate.js';
import { GAP_KINDS, type GapKind } from '../synth/gaps.js';
import { makeSynthDir, writeCascadeFiles } from '../synth/write.js';
import { runChecks, type CheckResult } from './engine.js';
import { createCheckSession, type CheckSession } from './session.js';

// A re-check that audits again only the documents an edit can reach must say exactly what a full
// audit of the same files says. A small synthetic cascade with every kind of gap, the ministries'
// plans and an approved half; random edits of bodies (scoped) and of heads (audited in full).
const AS_OF = { asOf: '2027-01-05' };
const GAPS = Object.fromEntries(GAP_KINDS.map((k) => [k, 1])) as Record<GapKind, number>;

let dir = '';
let files: string[] = [];
let originals = new Map<string, string>();
let session: CheckSession;

beforeAll(async () => {
  const generated = await generateNationalCascade({
    unitsFile: 'directives/registry/vn-admin-units-2025.json',
    seed: 11,
    gaps: GAPS,
    provinces: ['gia-lai', 'ha-noi', 'ca-mau'],
    communesPerProvince: 3,
    ministries: true,
    approved: true,
  });
  dir = await makeSynthDir();
  await writeCascadeFiles(dir, generated.files);
  files = (await readdir(join(dir, 'documents'), { recursive: true })).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, 'documents', f)).sort();
  originals = new Map(await Promise.all(files.map(async (f) => [f, await readFile(f, 'utf8')] as const)));
  session = await createCheckSession([dir], { cwd: dir, check: AS_OF, trustChanges: true });
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** What is compared: every finding and unevaluated check with its place, and the coverage. */
function canonical(r: CheckResult): { diagnostics: string[]; notEvaluated: string[]; addressees: string } {
  const key = (x: object) => JSON.stringify(x, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
  return { diagnostics: r.diagnostics.map(key), notEvaluated: r.notEvaluated.map(key).sort(), addressees: key(r.addressees) };
}

type Edit = (text: string, n: number) => string;

/** The n-th match of a line pattern, replaced; the text unchanged when there is none. */
function nth(re: RegExp, replace: (line: string, n: number) => string): Edit {
  return (text, n) => {
    const lines = text.split('\n');
    const at = lines.flatMap((l, i) => (re.test(l) ? [i] : []));
    if (at.length === 0) return text;
    const i = at[n % at.length] as number;
    lines[i] = replace(lines[i] as string, n);
    return lines.join('\n');
  };
}

const DEADLINES = ['Trước ngày 15/12/2026', 'Năm 2030', 'Hằng quý', 'Thường xuyên', 'Trước ngày 31/3/2026', 'Quý IV/2027', 'Tháng 5/2026', 'Hằng năm'];
const BODY_EDITS: Record<string, Edit> = {
  // A task's deadline, later or earlier than its parent's, or a rhythm.
  deadline: nth(/^\s+deadline: /, (l, n) => l.replace(/deadline: .*/, `deadline: ${DEADLINES[n % DEADLINES.length]}`)),
  // A task's link to its parent dropped: the parent's task goes missing, the task becomes local.
  unlink: nth(/^\s+(implements|mirrors): \[/, (l) => l.replace(/^(\s+)(implements|mirrors): .*/, '$1# link removed')),
  // A task's lead dropped.
  lead: nth(/^\s+lead: \[/, (l) => l.replace(/^(\s+)lead: .*/, '$1# lead removed')),
  // A task's text changed: fingerprints below it no longer match.
  text: nth(/^\s+text: /, (l) => `${l} (sửa)`),
  // A task's target lowered.
  target: nth(/percent: 100/, (l) => l.replace('percent: 100', 'percent: 60')),
  // Lines added at the top: every place in the file moves, findings elsewhere that point into it too.
  lines: (t, n) => `${'# dòng thêm\n'.repeat(1 + (n % 3))}${t}`,
};
const HEAD_EDITS: Record<string, Edit> = {
  date: nth(/^date: /, () => 'date: 2026-06-30'),
  symbol: nth(/^symbol: /, (l) => `${l}X`),
};

describe('re-check in a kept process (check --watch)', () => {
  it('gives what a full audit gives after any sequence of edits, auditing again only what an edit reaches', { timeout: 600_000 }, async () => {
    let scoped = 0;
    let full = 0;
    // Parents (the directive, the provinces' letters, the ministries' and departments' plans) three times
    // as often as any file: an edit above is what reaches the documents below.
    const parents = files.filter((f) => !f.includes('/xa/'));
    const edit = fc.record({
      file: fc.oneof({ arbitrary: fc.constantFrom(...parents), weight: 3 }, { arbitrary: fc.constantFrom(...files), weight: 1 }),
      kind: fc.constantFrom(...Object.keys(BODY_EDITS), ...Object.keys(HEAD_EDITS), 'restore', 'delete'),
      n: fc.nat(40),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const changed = new Set<string>();
        for (const e of edits) {
          const file = e.file;
          changed.add(file);
          if (e.kind === 'delete') {
            await unlink(file).catch(() => undefined);
            continue;
          }
          const base = await readFile(file, 'utf8').catch(() => originals.get(file) ?? '');
          const next = e.kind === 'restore' ? (originals.get(file) ?? base) : (BODY_EDITS[e.kind] ?? HEAD_EDITS[e.kind])?.(base, e.n) ?? base;
          await writeFile(file, next);
        }
        const kept = await session.recheck([...changed]);
        if (kept.scoped !== undefined) scoped++;
        else full++;
        const { cascade } = await loadCascade([dir], { cwd: dir });
        const fresh = runChecks(cascade, undefined, AS_OF);
        const where = [...changed].map((f) => relative(dir, f)).join(', ');
        expect(canonical(kept.audit), `after editing ${where}`).toEqual(canonical(fresh));
        // Back to the generated files, checked again, for the next sequence.
        await Promise.all([...changed].map((f) => writeFile(f, originals.get(f) ?? '')));
        const back = await session.recheck([...changed]);
        expect(back.audit.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 2026 },
    );
    // Most edits are of bodies: the scoped path must have been taken, and the full one too.
    expect(scoped).toBeGreaterThan(10);
    expect(full).toBeGreaterThan(0);
  });

  it('audits again only the edited letter, its parent and what is below it', async () => {
    const file = files.find((f) => f.includes(`${join('documents', 'gia-lai')}/`) && !f.includes('/xa/') && !f.includes('/so/')) as string;
    await writeFile(file, BODY_EDITS.deadline?.(originals.get(file) ?? '', 1) ?? '');
    const r = await session.recheck([file]);
    await writeFile(file, originals.get(file) ?? '');
    await session.recheck([file]);
    const { cascade } = await loadCascade([dir], { cwd: dir });
    const below = (await readdir(join(dir, 'documents', 'gia-lai'), { recursive: true })).filter((f) => f.endsWith('.yaml')).length;
    // The province's letter and every document of its province, and the directive above it; not the other provinces.
    expect(r.scoped).toBe(below + 1);
    expect(r.scoped).toBeLessThan(cascade.documents.length / 2);
  });
});
