import { describe, expect, it } from 'vitest';
import { seatName, seatOf } from './party-body.js';

const agencies = [
  { id: 'chinh-phu', name: 'Chính phủ' },
  { id: 'bo-tnmt', name: 'Bộ Tài nguyên và Môi trường', variants: ['Bộ TN&MT'] },
];

describe('a Party body and the state body it sits in', () => {
  it('reads the seat of a Party body, either tone placement', () => {
    expect(seatName('Ban cán sự đảng Chính phủ')).toBe('chính phủ');
    expect(seatName('Đảng uỷ Sở Công Thương')).toBe(seatName('Đảng ủy Sở Công Thương'));
    expect(seatOf('Ban cán sự đảng Bộ TN&MT', agencies)).toEqual(['bo-tnmt']);
    expect(seatOf('Ban cán sự đảng Chính phủ', agencies)).toEqual(['chinh-phu']);
  });

  it('gives nothing for a body that is no Party body, or sits in an unknown body', () => {
    expect(seatName('Ban Tuyên giáo Trung ương')).toBeUndefined();
    expect(seatOf('Chính phủ', agencies)).toEqual([]);
    expect(seatOf('Ban cán sự đảng Bộ Ngoại giao', agencies)).toEqual([]);
  });
});
