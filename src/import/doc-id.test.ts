import { describe, expect, it } from 'vitest';
import { documentId } from './doc-id.js';

const base = { number: undefined, symbol: undefined, date: undefined, province: undefined, issuer: undefined, fileStem: undefined };

describe('documentId', () => {
  it('names documents as the hand-written ones are named', () => {
    expect(documentId({ ...base, kind: 'chi-thi', number: '14', symbol: 'CT-TTg', issuer: 'ttg' })).toBe('ct-14-ttg');
    expect(documentId({ ...base, kind: 'cong-van', number: '5900', symbol: 'UBND-NC', province: 'gia-lai', issuer: 'gia-lai.ubnd' })).toBe('gia-lai-5900');
    expect(documentId({ ...base, kind: 'cong-van', symbol: 'UBND-TH', date: '2026-05', province: 'an-giang', issuer: 'an-giang.ubnd' })).toBe('an-giang-draft-2026-05');
    expect(documentId({ ...base, kind: 'cong-van', symbol: 'SGDĐT-TCCB', date: '2026', province: 'ho-chi-minh', issuer: 'ho-chi-minh.sgddt' })).toBe('ho-chi-minh-sgddt-draft-2026');
    expect(documentId({ ...base, kind: 'ke-hoach', number: '88', symbol: 'KH-UBND', province: 'thanh-hoa', issuer: 'thanh-hoa.ubnd' })).toBe('thanh-hoa-kh-88');
  });

  it('falls back on the file name when a letter has neither number nor date', () => {
    expect(documentId({ ...base, kind: 'cong-van', province: 'gia-lai', issuer: 'gia-lai.ubnd', fileStem: '004_00e1' })).toBe('gia-lai-004-00e1');
  });
});
