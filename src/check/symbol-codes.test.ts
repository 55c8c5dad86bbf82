import { describe, expect, it } from 'vitest';
import { codesOf, swappedCode, withCode } from './symbol-codes.js';

const inUse = new Map([['QĐ', 'QĐ'], ['UBND', 'UBND'], ['SCT', 'SCT'], ['VPCP', 'VPCP'], ['TTG', 'TTg']]);

describe('symbol codes', () => {
  it('splits a number and symbol into its codes', () => {
    expect(codesOf('05/2025/QĐ-UNBD')).toEqual(['QĐ', 'UNBD']);
    expect(codesOf('14 /CT-TTg')).toEqual(['CT', 'TTg']);
  });

  it('finds a code that is a code in use with two neighbouring letters swapped (QĐ 1883, corpus g01)', () => {
    expect(swappedCode('05/2025/QĐ-UNBD', inUse)).toEqual({ found: 'UNBD', likely: 'UBND' });
    expect(withCode('05/2025/QĐ-UNBD', { found: 'UNBD', likely: 'UBND' })).toBe('05/2025/QĐ-UBND');
  });

  it('leaves alone codes in use, unknown codes that are no swap, and codes under four letters (SCT and STC are two Sở)', () => {
    expect(swappedCode('05/2025/QĐ-UBND', inUse)).toBeUndefined();
    expect(swappedCode('12/QĐ-BQLCKCN', inUse)).toBeUndefined();
    expect(swappedCode('9/STC-VP', inUse)).toBeUndefined();
    expect(swappedCode('1/VCPP', inUse)).toEqual({ found: 'VCPP', likely: 'VPCP' });
    expect(swappedCode('1/UBDN', inUse)).toEqual({ found: 'UBDN', likely: 'UBND' });
    expect(swappedCode('1/BUND', inUse)).toEqual({ found: 'BUND', likely: 'UBND' });
    expect(swappedCode('1/UNDB', inUse)).toBeUndefined();
  });
});
