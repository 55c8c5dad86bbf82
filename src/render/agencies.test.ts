import { describe, expect, it } from 'vitest';
import type { Agency, Group } from '../model/agency.js';
import { headerLines, joinAgencies, nameAgency, type AgencyRegistry } from './agencies.js';
import { RenderError } from './render-error.js';

const agency = (id: string, name: string): Agency => ({ id, name, variants: [], level: 'department' });
const registry: AgencyRegistry = {
  agencies: new Map([
    ['gl.ca', agency('gl.ca', 'Công an tỉnh')],
    ['gl.sgddt', agency('gl.sgddt', 'Sở Giáo dục và Đào tạo')],
    ['gl.snv', agency('gl.snv', 'Sở Nội vụ')],
  ]),
  groups: new Map<string, Group>([['gl.all', { id: 'gl.all', name: 'Các cơ quan, đơn vị, địa phương', variants: [], members: ['gl.ca'] }]]),
};
const names = (...refs: Parameters<typeof nameAgency>[0][]) => joinAgencies(refs.map((r) => nameAgency(r, registry)));

describe('joinAgencies', () => {
  it('joins agencies with commas (Gia Lai 2.1)', () => {
    expect(names('gl.sgddt', 'gl.snv', 'gl.ca')).toBe('Sở Giáo dục và Đào tạo, Sở Nội vụ, Công an tỉnh');
  });

  it('joins a following group with “và”, in lower case (Gia Lai 2.2)', () => {
    expect(names('gl.ca', 'gl.sgddt', 'gl.snv', 'gl.all')).toBe('Công an tỉnh, Sở Giáo dục và Đào tạo, Sở Nội vụ và các cơ quan, đơn vị, địa phương');
  });

  it('capitalises a group that stands alone', () => {
    expect(names({ ref: 'gl.all', as: 'các cơ quan, đơn vị, địa phương' })).toBe('Các cơ quan, đơn vị, địa phương');
  });

  it('prints a name as written, and the document’s own words (`as`)', () => {
    expect(names('Sở KH&CN', { ref: 'gl.ca', as: 'CA tỉnh' })).toBe('Sở KH&CN, CA tỉnh');
  });
});

describe('nameAgency', () => {
  it('refuses an id the registry does not know rather than print it', () => {
    expect(() => nameAgency('gl.skhnc', registry)).toThrow(RenderError);
    expect(() => nameAgency('gl.skhnc', registry)).toThrow(/gl\.skhnc/);
  });
});

describe('headerLines', () => {
  it('splits an agency from its place, in upper case', () => {
    expect(headerLines('Ủy ban nhân dân tỉnh Gia Lai')).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI']);
    expect(headerLines('Ủy ban nhân dân thành phố Hồ Chí Minh')).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH']);
    expect(headerLines('Sở Giáo dục và Đào tạo')).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO']);
    expect(headerLines('Thủ tướng Chính phủ')).toEqual(['THỦ TƯỚNG CHÍNH PHỦ']);
  });
});
