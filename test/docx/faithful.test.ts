import { describe, expect, it } from 'vitest';
import { SEEDS, regenerate, seedText } from './seeds.js';
import { docxText, lcsLength, normaliseSeed, words, wordsFoundInOrder } from './word-match.js';

describe('the comparison itself', () => {
  it('counts words in order, not words anywhere', () => {
    expect(lcsLength(words('a b c d'), words('a c b d'))).toBe(3);
  });

  it('moves a footnote block to the end and drops the reference marks and **', () => {
    const seed = 'Một hai¹ ba\n\n¹ - chú thích\n<https://x.vn>\n\n**bốn** năm';
    expect(words(normaliseSeed(seed))).toEqual(['Một', 'hai', 'ba', 'bốn', 'năm', 'chú', 'thích', 'https', 'x', 'vn']);
  });
});

describe('FAITHFUL: each seed regenerated from its YAML contains the seed’s words in order', () => {
  for (const seed of SEEDS) {
    it(`${seed.doc} (${seed.file})`, async () => {
      const file = await regenerate(seed.doc);
      const { found, total, ratio } = wordsFoundInOrder(seedText(seed.file), await docxText(file.buffer));
      console.log(`FAITHFUL ${seed.doc}: ${found}/${total} words = ${(ratio * 100).toFixed(2)}%`);
      expect(ratio).toBeGreaterThanOrEqual(0.98);
    });
  }
});
