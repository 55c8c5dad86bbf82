import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('Cao Bằng', 'Cao Bằng')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops at the limit and says limit + 1', () => {
    expect(editDistance('gia-lai', 'ho-chi-minh', 2)).toBe(3);
    expect(editDistance('14/CT-TT', '14/CT-TTg', 1)).toBe(1);
  });

  it('treats a Vietnamese letter in NFC as one character', () => {
    expect(editDistance('Bằng', 'Bang')).toBe(1);
  });
});
