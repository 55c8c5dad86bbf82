import { describe, expect, it } from 'vitest';
import { codesOf, joinedCode, mistypedCode, swappedCode, withCode } from './symbol-codes.js';

const inUse = new Map([['QĐ', 'QĐ'], ['NĐ', 'NĐ'], ['UBND', 'UBND'], ['SCT', 'SCT'], ['VPCP', 'VPCP'], ['TTG', 'TTg'], ['CP', 'CP']]);

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

  it('finds a type code run together with a code in use (Lào Cai’s 2025 letter, corpus g01: "181/2024/NĐCP")', () => {
    expect(joinedCode('181/2024/NĐCP', inUse)).toEqual({ found: 'NĐCP', likely: 'NĐ-CP' });
    expect(withCode('181/2024/NĐCP', { found: 'NĐCP', likely: 'NĐ-CP' })).toBe('181/2024/NĐ-CP');
    expect(mistypedCode('1/QĐUBND', inUse)).toEqual({ found: 'QĐUBND', likely: 'QĐ-UBND', how: 'joined' });
    expect(mistypedCode('05/2025/QĐ-UNBD', inUse)).toEqual({ found: 'UNBD', likely: 'UBND', how: 'swapped' });
  });

  it('leaves alone a code in use, and a code whose rest after a type code is no code in use', () => {
    expect(joinedCode('181/2024/NĐ-CP', inUse)).toBeUndefined();
    expect(joinedCode('5/CTXH', inUse)).toBeUndefined();
    // "VPCP" is in use as a whole: never read as a type code and "CP".
    expect(joinedCode('1/VPCP-QHQT', inUse)).toBeUndefined();
    // A symbol with hyphens is written by someone who uses them.
    expect(joinedCode('1/QĐUBND-VP', inUse)).toBeUndefined();
  });
});
