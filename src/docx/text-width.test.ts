import { describe, expect, it } from 'vitest';
import { textWidthPt } from './text-width.js';

describe('textWidthPt', () => {
  it('measures with Times New Roman advances (space = 0.25 em, bold N = 0.722 em)', () => {
    expect(textWidthPt(' ', 12)).toBeCloseTo(3, 5);
    expect(textWidthPt('N', 10, 'bold')).toBeCloseTo(7.222, 2);
  });
  it('gives a toned letter its base letter width, and ơ, ư their own', () => {
    expect(textWidthPt('ệ', 13)).toBe(textWidthPt('e', 13));
    expect(textWidthPt('Ấ', 13, 'bold')).toBe(textWidthPt('A', 13, 'bold'));
    expect(textWidthPt('ư', 13)).toBeGreaterThan(textWidthPt('u', 13));
    expect(textWidthPt('ự', 13)).toBe(textWidthPt('ư', 13));
  });
  it('measures NFD input like NFC', () => {
    const nfc = 'Độc lập - Tự do - Hạnh phúc';
    expect(textWidthPt(nfc.normalize('NFD'), 13, 'bold')).toBe(textWidthPt(nfc, 13, 'bold'));
  });
  it('is wider in bold', () => {
    expect(textWidthPt('ỦY BAN NHÂN DÂN', 12, 'bold')).toBeGreaterThan(textWidthPt('ỦY BAN NHÂN DÂN', 12));
  });
});
