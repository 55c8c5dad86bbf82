import { describe, expect, it } from 'vitest';
import { signerLines } from './layout.js';

describe('signerLines', () => {
  it('prints a deputy signing on behalf of the head on two lines', () => {
    expect(signerLines({ authority: 'KT', for: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Lâm Hải Giang' })).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('prints the collective body above the head when two authorities are written', () => {
    expect(signerLines({ above: ['TM. Ủy ban nhân dân'], authority: 'KT', for: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });
});
