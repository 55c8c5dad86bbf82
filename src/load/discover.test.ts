import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverInputs } from './discover.js';

const dir = mkdtempSync(join(tmpdir(), 'discover-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('discoverInputs', () => {
  it('leaves out the parent links an import left for review, in a folder or named', async () => {
    for (const f of ['cv-1.yaml', 'cv-1.proposals.yaml', 'cv-1.proposals-links.yaml']) writeFileSync(join(dir, f), 'documents: []\n');
    const inFolder = await discoverInputs([dir], dir);
    expect(inFolder.files.map((f) => f.file)).toEqual(['cv-1.proposals.yaml', 'cv-1.yaml']);
    const named = await discoverInputs(['cv-1.yaml', 'cv-1.proposals-links.yaml'], dir);
    expect(named.files.map((f) => f.file)).toEqual(['cv-1.yaml']);
    expect(named.diagnostics).toEqual([]);
  });
});
