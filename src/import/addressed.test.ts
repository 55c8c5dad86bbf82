import { describe, expect, it } from 'vitest';
import { opensWithName, partyBodyOf, stateBodyOf } from './addressed.js';

const cp = { names: ['chính phủ'], longer: ['thủ tướng chính phủ'] };
const sct = { names: ['sở công thương'], longer: [] };

describe('opensWithName', () => {
  it('finds the issuer named in the opening words, either tone placement', () => {
    expect(opensWithName('Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo việc lập, phê duyệt Chiến lược', cp)).toBe(true);
    expect(opensWithName('Ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ', sct)).toBe(true);
    expect(opensWithName('Uỷ quyền cho Giám đốc Sở Công Thương', sct)).toBe(true);
  });

  it('does not take a longer name holding the issuer’s, or a name far into the text', () => {
    expect(opensWithName('Thủ tướng Chính phủ chỉ đạo các bộ, ngành', cp)).toBe(false);
    expect(opensWithName('Các bộ, ngành, địa phương tổ chức tuyên truyền, phổ biến rộng rãi nội dung Nghị quyết và báo cáo Chính phủ', cp)).toBe(false);
  });
});

describe('partyBodyOf', () => {
  it('takes the Party body inside the issuer for the issuer, either tone placement', () => {
    expect(partyBodyOf('Ban cán sự đảng Chính phủ', cp)).toBe(true);
    expect(partyBodyOf('Đảng uỷ Sở Công Thương', sct)).toBe(true);
    expect(partyBodyOf('Đảng ủy Sở Công Thương', sct)).toBe(true);
  });

  it('does not take another body, or the issuer itself, for a Party body', () => {
    expect(partyBodyOf('Ban cán sự đảng Bộ Công Thương', cp)).toBe(false);
    expect(partyBodyOf('Ban Tuyên giáo Trung ương', cp)).toBe(false);
    expect(partyBodyOf('Chính phủ', cp)).toBe(false);
    expect(partyBodyOf(undefined, cp)).toBe(false);
  });
});

describe('stateBodyOf', () => {
  const agencies = new Map([
    ['bo-tnmt', { id: 'bo-tnmt', name: 'Bộ Tài nguyên và Môi trường', variants: ['Bộ TN&MT'] }],
    ['bo-ct', { id: 'bo-ct', name: 'Bộ Công Thương' }],
  ]) as unknown as Parameters<typeof stateBodyOf>[1]['agencies'];

  it('reads a Party body as the state body it sits in, by its name or a variant', () => {
    expect(stateBodyOf('Ban cán sự đảng Bộ Tài nguyên và Môi trường', { agencies })).toEqual(['bo-tnmt']);
    expect(stateBodyOf('Ban cán sự đảng Bộ TN&MT', { agencies })).toEqual(['bo-tnmt']);
  });

  it('gives nothing for a body that is no Party body, or one inside an unknown body', () => {
    expect(stateBodyOf('Bộ Công Thương', { agencies })).toEqual([]);
    expect(stateBodyOf('Ban cán sự đảng Bộ Ngoại giao', { agencies })).toEqual([]);
  });
});
