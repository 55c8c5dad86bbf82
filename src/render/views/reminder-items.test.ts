import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCascade } from '../../load/load-cascade.js';
import { runChecks } from '../../check/engine.js';
import { reminderItems } from './reminder-items.js';

// Gia Lai's 2.1 with a target below goal 1.a (100% by the end of 2026).
function weakerTargetCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reminder-'));
  cpSync('directives/documents/ct-14-ttg.yaml', join(dir, 'ct-14-ttg.yaml'));
  const letter = readFileSync('directives/documents/gia-lai-5900.yaml', 'utf8');
  const edited = letter.replace(/(\n(\s*)- task: "?2\.1"?\n)/, '$1$2  target: "80% cán bộ, công chức, viên chức đến hết năm 2026"\n');
  expect(edited).not.toBe(letter);
  writeFileSync(join(dir, 'gia-lai-5900.yaml'), edited);
  return dir;
}

describe('reminderItems', () => {
  it('sends a weaker target from the directive’s follow-up body to the province whose letter set it', async () => {
    const { cascade } = await loadCascade([weakerTargetCopy()], { cache: false });
    const { diagnostics } = runChecks(cascade);
    expect(diagnostics.some((d) => d.rule === 'target-weaker-than-goal')).toBe(true);
    const items = reminderItems(cascade, diagnostics).filter((i) => i.task === '2.1');
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.sender).toBe('bo-nv');
    expect(items[0]?.agency).toBe('gia-lai.ubnd');
    expect(items[0]?.problem).toContain('80%');
  });

  it('never sends a gap in a letter down to its own addressees, nor chases a draft', async () => {
    const { cascade } = await loadCascade(['directives/'], { cache: false });
    const { diagnostics } = runChecks(cascade);
    // The HCMC department's draft has tasks without a deadline: the drafter's to fix, not the schools'.
    expect(diagnostics.some((d) => d.rule === 'task-missing-deadline')).toBe(true);
    const items = reminderItems(cascade, diagnostics);
    expect(items.filter((i) => i.document === 'hcm-sgddt-draft-2026')).toEqual([]);
    for (const i of items) expect(cascade.documentsById.get(i.document)?.issuer).toBe(i.agency);
  });
});
