import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCascade } from '../../load/load-cascade.js';
import { runChecks } from '../engine.js';
import { taskMissingDeadline } from './task-missing-deadline.js';

// A decision that takes up no parent and dates none of its duties (QĐ 1894/QĐ-UBND of Lào Cai,
// corpus g08: "no deadlines (standing duties)", information).
const decision = (second: string) => `id: qd-thu
kind: quyet-dinh
number: "1894"
symbol: QĐ-UBND
issuer: lao-cai.ubnd
date: 2025-11-07
body:
  - task: "2.1"
    text: Sở Tài chính hướng dẫn nhà đầu tư thực hiện ưu đãi đầu tư.
    lead: [lao-cai.stc]
  - task: "2.2"
    text: Sở Công Thương phối hợp theo dõi, tổng hợp.
    lead: [lao-cai.sct]${second}
`;

describe('task-missing-deadline at the top of a cascade', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'undated-top-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const audit = async (text: string) => {
    writeFileSync(join(dir, 'qd.yaml'), text);
    const { cascade, diagnostics } = await loadCascade([join(dir, 'qd.yaml')]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return runChecks(cascade, undefined, { rules: [taskMissingDeadline], asOf: '2026-12-07' }).diagnostics.filter((d) => d.place?.file.endsWith('qd.yaml'));
  };

  it('gives one piece of information for a document that takes up no parent and dates no task', async () => {
    const r = await audit(decision(''));
    expect(r.map((d) => [d.severity, d.place?.line, d.message.en])).toEqual([['info', 1, 'None of the 2 tasks of `1894/QĐ-UBND` has a deadline; the document takes up no parent, so nothing can be late']]);
  });

  it('says nothing when one task is dated', async () => {
    expect(await audit(decision('\n    deadline: Trước ngày 31/12/2026'))).toEqual([]);
  });
});
