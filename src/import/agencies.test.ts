import { describe, expect, it } from 'vitest';
import { smallRegistry } from '../../test/import/small-registry.js';
import { readAgencies } from './agencies.js';
import { registryView } from './context.js';

const view = registryView(smallRegistry());
const ids = (phrase: string, fuzzy = false) => readAgencies(phrase, view, { province: 'gl', fuzzy });

describe('readAgencies', () => {
  it('splits a list where names hold commas and "và" themselves', () => {
    const r = ids('Công an tỉnh, Sở Khoa học và Công nghệ, Sở Nội vụ và các cơ quan, đơn vị, địa phương.');
    expect(r.hits.map((h) => h.id)).toEqual(['gl.ca', 'gl.skhcn', 'gl.snv', 'gl.ca-so-xa']);
    expect(r.hits[3]?.as).toBe('các cơ quan, đơn vị, địa phương');
    expect(r.coverage).toBe(1);
  });

  it('reads abbreviations and either tone placement', () => {
    expect(ids('Sở KH&CN').hits.map((h) => h.id)).toEqual(['gl.skhcn']);
    expect(ids('Sở Khoa học và Công nghệ'.normalize('NFD')).hits.map((h) => h.id)).toEqual(['gl.skhcn']);
  });

  it('counts a head before a name as covered ("Thủ trưởng các sở, ban, ngành tỉnh")', () => {
    expect(ids('Thủ trưởng các sở, ban, ngành tỉnh').hits.map((h) => h.id)).toEqual(['gl.cac-so']);
  });

  it('keeps the words that name nothing known, and an agency named as the owner of something else', () => {
    const r = ids('Sở Tài chính, Trung tâm Phục vụ hành chính công tỉnh');
    expect(r.hits.map((h) => h.id)).toEqual(['gl.stc']);
    expect(r.rest).toEqual(['Trung tâm Phục vụ hành chính công tỉnh']);
    const owned = ids('các đơn vị trực thuộc Sở Nội vụ');
    expect(owned.hits).toEqual([]);
    expect(owned.rest).toEqual(['các đơn vị trực thuộc Sở Nội vụ']);
  });

  it('accepts near misses only when asked (a field list), as suggestions with a lower score', () => {
    expect(ids('Sở Noi vu').hits).toEqual([]);
    expect(ids('Sở Noi vu', true).hits.map((h) => [h.id, h.via])).toEqual([['gl.snv', 'fuzzy']]);
  });
});
