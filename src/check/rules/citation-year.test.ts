import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCascade } from '../../load/load-cascade.js';
import { runChecks, type CheckResult } from '../engine.js';
import { citationInconsistent, yearInNumber } from './citation-inconsistent.js';

// CV 3109/BCT-KHCN (corpus g10) dates "Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2019": the
// year in the number is the year of issue, so the date (or the number) is wrong, whatever the
// registry entry (proposed from that very citation) says.
const letter = (cites: string) => `id: cv-ve-nghi-dinh
kind: cong-van
number: "1"
symbol: BCT-KHCN
issuer: bo-ct
date: 2018-04-20
cites:
${cites}
`;
// (The model has no kind for a decree, nghị định: the entry is a quyết định, which changes nothing here.)
const KNOWN = `documents:
  - { id: nd-105-2017, kind: quyet-dinh, number: "105", symbol: 2017/NĐ-CP, date: 2019-09-14 }
`;

describe('citation-inconsistent: the year a number carries', () => {
  let dir: string;
  // The findings in the letter (the package's own documents, loaded beside it, have theirs).
  const audit = async (cites: string): Promise<CheckResult['diagnostics']> => {
    writeFileSync(join(dir, 'known.yaml'), KNOWN);
    writeFileSync(join(dir, 'letter.yaml'), letter(cites));
    const { cascade, diagnostics } = await loadCascade([dir]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return runChecks(cascade, undefined, { rules: [citationInconsistent], asOf: '2026-12-07' }).diagnostics.filter((d) => d.place?.file.endsWith('letter.yaml'));
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cite-year-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the year of a number, and none where the number carries none', () => {
    expect(yearInNumber('105/2017/NĐ-CP')).toBe(2017);
    expect(yearInNumber('28 / 2025 /QĐ-UBND')).toBe(2025);
    expect(yearInNumber('3109/BCT-KHCN')).toBeUndefined();
    expect(yearInNumber('10-NQ/TW')).toBeUndefined();
  });

  it('reports a citation dated in another year than its number carries, at the citation’s date', async () => {
    const r = await audit('  - { ref: nd-105-2017, as: 105/2017/NĐ-CP, date: 2019-09-14 }');
    expect(r.map((d) => [d.rule, d.found])).toEqual([['citation-inconsistent', '2019-09-14']]);
    expect(r[0]?.message.en).toMatch(/not in the year of issue `2017`/);
  });

  it('says nothing of a citation dated in its number’s year (the registry’s other date is reported once, as a date)', async () => {
    const r = await audit('  - { ref: nd-105-2017, as: 105/2017/NĐ-CP, date: 2017-09-14 }');
    expect(r.map((d) => d.message.en)).toEqual([expect.stringMatching(/not its date of issue `14\/9\/2019`/)]);
  });
});
