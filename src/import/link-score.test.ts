import { describe, expect, it } from 'vitest';
import type { TaskEntry } from '../load/cascade.js';
import type { Candidate } from './link-candidates.js';
import { type ChildFacts, EVIDENCE, scorePair } from './link-score.js';
import { TermWeights } from './similarity.js';

const PARENT = 'Thực hiện đúng nhiệm vụ, quyền hạn đã được ủy quyền và chịu trách nhiệm toàn diện trước pháp luật về kết quả thực hiện.';
const weights = new TermWeights();
for (const t of [PARENT, 'Định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh.', 'Trồng cây xanh trên các tuyến phố.']) weights.add(t);

function candidate(over: { lead?: string[]; implementsKind?: boolean; text?: string } = {}): Candidate {
  const entry = { ref: 'qd-1#3.2.a', doc: { id: 'qd-1' }, task: { task: '3.2.a', text: over.text ?? PARENT }, ancestors: [], lead: over.lead ?? [] } as unknown as TaskEntry;
  return { entry, ref: entry.ref, bag: weights.bag(over.text ?? PARENT), parts: [], years: undefined, lead: over.lead ?? [], splitParent: false, implementsKind: over.implementsKind ?? false, deadline: undefined, target: undefined };
}

function child(text: string, over: Partial<ChildFacts> = {}): ChildFacts {
  return { bag: weights.bag(text), lead: [], counterparts: new Set(), reporting: false, target: undefined, citedDocs: new Set(), named: new Set(), ...over };
}

const TASK = 'Tổ chức thực hiện các nhiệm vụ, quyền hạn được ủy quyền; chịu trách nhiệm trước pháp luật về kết quả thực hiện.';

describe('scorePair', () => {
  it('scores shared wording, with tones placed either way', () => {
    const oldTones = scorePair(child(TASK), candidate());
    const newTones = scorePair(child(TASK.replace(/ủy/g, 'uỷ')), candidate());
    expect(oldTones.wording).toBeGreaterThan(0.3);
    expect(newTones.wording).toBeCloseTo(oldTones.wording, 6);
  });

  it('scores unrelated wording near zero', () => {
    expect(scorePair(child('Trồng cây xanh trên các tuyến phố.'), candidate()).score).toBeLessThan(0.05);
  });

  it('adds the weight of a parent task addressed to the issuer', () => {
    const plain = scorePair(child(TASK), candidate());
    const addressed = scorePair(child(TASK), candidate({ implementsKind: true }));
    expect(addressed.score - plain.score).toBeCloseTo(EVIDENCE.addressed, 6);
    expect(addressed.why.en).toContain("addressed to the letter's issuer");
  });

  it('adds the weight of the same lead', () => {
    const s = scorePair(child(TASK, { lead: ['bo-tnmt'] }), candidate({ lead: ['bo-tnmt'] }));
    expect(s.score - s.wording).toBeCloseTo(EVIDENCE.sameLead, 6);
  });

  it('makes a parent task the text names nearly certain, and a cited document count a little', () => {
    const named = scorePair(child('Bổ sung mục tiêu dự án.', { named: new Set(['qd-1#3.2.a']), citedDocs: new Set(['qd-1']) }), candidate());
    expect(named.named).toBe(true);
    expect(named.score).toBeGreaterThanOrEqual(EVIDENCE.named);
    const cited = scorePair(child('Bổ sung mục tiêu dự án.', { citedDocs: new Set(['qd-1']) }), candidate());
    expect(cited.named).toBe(false);
    expect(cited.cites).toBe(true);
    expect(cited.score - cited.wording).toBeCloseTo(EVIDENCE.citedDocument, 6);
  });
});
