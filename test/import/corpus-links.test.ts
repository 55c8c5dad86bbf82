/**
 * Parent links on real letters of the corpus's tuning part (test/fixtures/corpus, g01 and g02): each
 * parent is imported first and given to its child as `cascade import --in` would give its draft.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftYaml, proposalsYaml } from '../../src/import/emit.js';
import { importText, type ImportResult } from '../../src/import/import-text.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import { flatten } from './compare.js';

const CORPUS = 'test/fixtures/corpus';
const dir = mkdtempSync(join(tmpdir(), 'corpus-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Imports the files in order, each with the drafts of those before it; the last one's result. */
async function importChain(files: readonly string[]): Promise<ImportResult> {
  const drafts: string[] = [];
  let last: ImportResult | undefined;
  for (const [k, f] of files.entries()) {
    const { cascade } = await loadCascade(['directives/registry', ...drafts]);
    last = importText(readFileSync(join(CORPUS, f), 'utf8'), cascade, { fileName: `doc-${k}.txt` });
    const p = proposalsYaml(last.proposals, 'en');
    for (const [name, text] of [[`doc-${k}.yaml`, draftYaml(last, { source: `doc-${k}.txt`, lang: 'en' })], [`doc-${k}.p.yaml`, p.registry], [`doc-${k}.pd.yaml`, p.documents]] as const) {
      if (text === undefined) continue;
      writeFileSync(join(dir, name), text);
      drafts.push(join(dir, name));
    }
  }
  return last as ImportResult;
}

const linksOf = (r: ImportResult): Record<string, string[]> => Object.fromEntries(flatten(r.document.body).map((t) => [t.id, t.links]));

describe('parent links on the corpus (tuning part)', () => {
  it('a department letter implementing two decisions links each task to both, item by item (g01, CV 5085)', async () => {
    const r = await importChain(['g01-province-qd-1883-qd-ubnd-uy-quyen-gd-sct-vlncn.txt', 'g01-province-qd-2867-qd-ubnd-uy-quyen-gd-sct-vlncn.txt', 'g01-department-cv-5085-sct-vp-trien-khai-uy-quyen-vlncn.txt']);
    expect(r.document.implements).toEqual(['lao-cai-qd-1883', 'lao-cai-qd-2867']);
    const links = linksOf(r);
    // "chịu trách nhiệm … về kết quả" (Điều 3 khoản 2 điểm a) and the delegation itself (Điều 1), in both decisions.
    expect([...(links['1'] ?? [])].sort()).toEqual(['implements:lao-cai-qd-1883#1', 'implements:lao-cai-qd-1883#3.2.a', 'implements:lao-cai-qd-2867#1', 'implements:lao-cai-qd-2867#3.2.a']);
    // The items under "thực hiện các nhiệm vụ … được ủy quyền tại Quyết định số 1883 … và … 2867": the delegation only.
    expect([...(links['2-2'] ?? [])].sort()).toEqual(['implements:lao-cai-qd-1883#1', 'implements:lao-cai-qd-2867#1']);
  });

  it('a Government programme links to the Party resolution’s task addressed to it, and leaves weak matches for review (g02, NQ 88)', async () => {
    const r = await importChain(['g02-party-nq-10-nq-tw-dia-chat-khoang-san.txt', 'g02-central-nq-88-nq-cp-chuong-trinh-hanh-dong-nq-10.txt']);
    expect(r.document.implements).toEqual(['nq-10']);
    const links = linksOf(r);
    expect(links['PL.5']).toEqual(['implements:nq-10#IV.3']);
    // The Ministry's follow-up duty mirrors the one the resolution gives the Ministry's Party body.
    expect(links['III.3']).toEqual(['mirrors:nq-10#IV.6']);
    // Article 3 ("… chịu trách nhiệm thi hành Nghị quyết này") is close to IV.3 but below the threshold: proposed with its score and both texts, not linked.
    expect(links['3']).toEqual([]);
    const proposal = r.proposals.links?.find((l) => l.task === '3');
    expect(proposal?.parent).toBe('nq-10#IV.3');
    expect(proposal?.score).toBeGreaterThanOrEqual(0.2);
    expect(proposal?.score).toBeLessThan(0.3);
    expect(proposal?.text).toContain('chịu trách nhiệm thi hành');
    expect(proposal?.parentText).toContain('Ban cán sự đảng Chính phủ');
    expect(proposalsYaml(r.proposals, 'vi').links).toContain('parent: nq-10#IV.3');
  });

  it('a strategy a Government programme asked for links each ministry’s task to the programme’s row with the same lead (g03, QĐ 334)', async () => {
    const r = await importChain(['g02-party-nq-10-nq-tw-dia-chat-khoang-san.txt', 'g02-central-nq-88-nq-cp-chuong-trinh-hanh-dong-nq-10.txt', 'g03-central-qd-334-qd-ttg-chien-luoc-khoang-san.txt']);
    // A "Căn cứ" resolution the body says it carries out ("Trên cơ sở các nhiệm vụ trong Nghị quyết số 88/NQ-CP …").
    expect(r.document.implements).toContain('nq-88-cp');
    const links = linksOf(r);
    expect(links['2.2-2']).toContain('mirrors:nq-88-cp#PL.6');
    expect(links['2.3-1']).toContain('mirrors:nq-88-cp#PL.7');
    expect(links['2.4-1']).toContain('mirrors:nq-88-cp#PL.8');
  });
});
