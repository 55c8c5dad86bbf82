import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessLegacy, legacyEncodingMessage } from './legacy-name.js';

describe('guessLegacy', () => {
  it('tells Windows-1258, TCVN3 and VNI apart by their commonest bytes', () => {
    expect(guessLegacy(readFileSync('test/fixtures/hostile/not-ok-figures-cp1258.csv'))).toBe('Windows-1258');
    expect(guessLegacy(readFileSync('test/fixtures/broken/not-ok-legacy-tcvn3.yaml'))).toBe('TCVN3');
    expect(guessLegacy(Buffer.from('UÛy ban nhaân daân tænh Gia Lai\n', 'latin1'))).toBe('VNI');
  });

  it('gives the iconv command where iconv knows the encoding, and Unikey for VNI', () => {
    expect(legacyEncodingMessage(Buffer.from('UÛy ban nhaân daân tænh', 'latin1'), 'a.txt').en).toBe(
      "The text is not UTF-8: it seems to be in the VNI encoding; convert with Unikey's converter, VNI Windows → Unicode (iconv has no VNI table), then run again",
    );
  });
});
