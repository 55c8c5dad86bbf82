import { describe, expect, it } from 'vitest';
import { readSource } from './source.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('readSource', () => {
  it('reads UTF-8 with or without its mark, and UTF-16 with its mark', async () => {
    expect(await readSource(enc('\uFEFFSố: 1/UBND-VX'), 'a.txt')).toMatchObject({ ok: true, text: 'Số: 1/UBND-VX' });
    const le = new Uint8Array([0xff, 0xfe, ...[...'Số'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(await readSource(le, 'a.txt')).toMatchObject({ ok: true, text: 'Số' });
  });

  it('normalises NFD text to NFC and says so', async () => {
    const r = await readSource(enc('Ủy ban nhân dân tỉnh Gia Lai'.normalize('NFD')), 'a.txt');
    expect(r.ok && r.text).toBe('Ủy ban nhân dân tỉnh Gia Lai');
    expect(r.ok && r.notes.map((n) => n.en)).toEqual(['The text is decomposed Unicode (NFD): normalised to precomposed (NFC)']);
  });

  it('refuses, each with its own rule and place', async () => {
    const rule = async (bytes: Uint8Array, name: string) => {
      const r = await readSource(bytes, name);
      return r.ok ? 'ok' : `${r.diagnostic.rule}@${r.diagnostic.place?.line}:${r.diagnostic.place?.column}`;
    };
    expect(await rule(new Uint8Array(), 'a.txt')).toBe('import-empty@1:1');
    expect(await rule(enc('abc\n\u0000'), 'a.txt')).toBe('import-binary@2:1');
    expect(await rule(enc('Số: 1'), 'a.docx')).toBe('import-not-docx@1:1');
    expect(await rule(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.bin')).toBe('import-not-docx@1:1');
    expect(await rule(new Uint8Array([0x61, 0x0a, 0x55, 0xfb, 0x20, 0x62, 0x61, 0x6e]), 'a.txt')).toBe('import-legacy-encoding@2:2');
  });
});
