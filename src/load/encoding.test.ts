import { describe, expect, it } from 'vitest';
import { decode, findLegacyMojibake } from './encoding.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('id: x')]))).toEqual({ kind: 'utf8', text: 'id: x' });
  });

  it('calls a file with a NUL byte binary', () => {
    expect(decode(bytes(0x69, 0x64, 0x00, 0x01))).toEqual({ kind: 'binary', offset: 2 });
  });

  it('calls 8-bit Vietnamese (TCVN3) legacy, at its first high byte', () => {
    // "tØnh" in TCVN3: "t", 0xD8 (ỉ), "nh"
    expect(decode(Uint8Array.from([...utf8('place: t'), 0xd8, ...utf8('nh\n')]))).toEqual({ kind: 'legacy', offset: 8 });
  });

  it('calls bytes full of control characters binary even without NUL', () => {
    expect(decode(bytes(0x01, 0x02, 0x03, 0xff, 0x04, 0x05)).kind).toBe('binary');
  });
});

describe('findLegacyMojibake', () => {
  it('finds TCVN3 text converted as Latin-1', () => {
    expect(findLegacyMojibake('subject: triÓn khai chØ thÞ vÒ båi d­ìng kü n¨ng sè')).toBe(22);
  });

  it('leaves Vietnamese Unicode alone, and a few odd signs', () => {
    expect(findLegacyMojibake('Ủy ban nhân dân tỉnh Gia Lai, 30°C, © 2026, Sở KH&CN')).toBe(-1);
  });
});
