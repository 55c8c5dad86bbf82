import { describe, expect, it } from 'vitest';
import { findCitations } from './citations.js';
import { referencesWithDocument, taskReferences } from './task-references.js';

const ids = (text: string): string[] => taskReferences(text).map((r) => r.id);

describe('taskReferences', () => {
  it('reads article, clause and point as one id, the most precise part last', () => {
    expect(ids('theo điểm b khoản 1 Điều 3')).toEqual(['3.1.b']);
    expect(ids('tại khoản 3 Điều 2 và Điều 5')).toEqual(['2.3', '5']);
    expect(ids('quy định tại Mục 3 Điều 1 Quyết định')).toEqual(['1.3']);
  });

  it('reads an outline item and an appendix row', () => {
    expect(ids('theo nhiệm vụ tại mục 2.a của Kế hoạch')).toEqual(['2.a']);
    expect(ids('nhiệm vụ số 5 tại Phụ lục kèm theo')).toEqual(['PL.5']);
  });
});

describe('referencesWithDocument', () => {
  it('ties a reference to the citation that follows it', () => {
    const text = 'Bổ sung Mục tiêu dự án đã được quy định tại Mục 3 Điều 1 Quyết định chấp thuận chủ trương đầu tư số 2338/QĐ-UBND ngày 02/7/2026';
    const refs = referencesWithDocument(text, findCitations(text));
    expect(refs.map((r) => [r.id, r.citation.number])).toEqual([['1.3', '2338']]);
  });

  it('leaves out a reference to the letter itself and one across a sentence', () => {
    const own = 'Giao nhiệm vụ tại khoản 2 Điều 4 Quyết định này. Căn cứ Quyết định số 1883/QĐ-UBND';
    expect(referencesWithDocument(own, findCitations(own))).toEqual([]);
  });
});
