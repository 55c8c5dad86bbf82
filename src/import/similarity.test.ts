import { describe, expect, it } from 'vitest';
import { coverage, similarity, terms, TermWeights, textSimilarity } from './similarity.js';

describe('wording similarity', () => {
  it('uses syllables and pairs (a function word counts only in a pair), without dates, links and note marks', () => {
    expect(terms('Sử dụng bộ học liệu[^1] ngày 10/3/2026 và <https://a.vn>')).toEqual([
      'sử', 'sử dụng', 'dụng', 'dụng bộ', 'bộ', 'bộ học', 'học', 'học liệu', 'liệu', 'liệu và',
    ]);
  });

  it('weighs a rare pair more than a common one', () => {
    const w = new TermWeights();
    for (const t of ['kỹ năng số cán bộ', 'kỹ năng số viên chức', 'trợ lý ảo kỹ năng số']) w.add(t);
    expect(w.weight('trợ lý')).toBeGreaterThan(w.weight('kỹ năng'));
  });

  it('is symmetric, 1 for the same text and 0 for nothing shared', () => {
    expect(textSimilarity('Đánh giá, xác nhận hoàn thành học tập', 'đánh giá xác nhận hoàn thành học tập')).toBe(1);
    expect(textSimilarity('trợ lý ảo', 'nâng cấp đường truyền')).toBe(0);
    const a = new Map([['x', 1], ['y', 1]]);
    const b = new Map([['x', 1]]);
    expect([coverage(a, b), coverage(b, a)]).toEqual([1, 0.5]);
    expect(similarity(a, b)).toBeCloseTo(2 / 3);
  });
});
