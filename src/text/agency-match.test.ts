import { describe, expect, it } from 'vitest';
import { type AgencyEntry, createAgencyMatcher } from './agency-match.js';

// The centre and the §7 table of DOMAIN.md for two provinces, names only: every short form the
// tests use has to be derived by the matcher, not listed.
const CENTRAL: AgencyEntry[] = [
  ['ttg', 'Thủ tướng Chính phủ'],
  ['bo-nv', 'Bộ Nội vụ'],
  ['bo-tp', 'Bộ Tư pháp'],
  ['bo-tc', 'Bộ Tài chính'],
  ['bo-ct', 'Bộ Công Thương'],
  ['bo-nnmt', 'Bộ Nông nghiệp và Môi trường'],
  ['bo-xd', 'Bộ Xây dựng'],
  ['bo-khcn', 'Bộ Khoa học và Công nghệ'],
  ['bo-vhttdl', 'Bộ Văn hóa, Thể thao và Du lịch'],
  ['bo-gddt', 'Bộ Giáo dục và Đào tạo'],
  ['bo-yt', 'Bộ Y tế'],
  ['ttcp', 'Thanh tra Chính phủ'],
  ['vpcp', 'Văn phòng Chính phủ'],
  ['bo-ca', 'Bộ Công an'],
  ['bo-qp', 'Bộ Quốc phòng'],
  ['bo-ngg', 'Bộ Ngoại giao'],
  ['bo-dttg', 'Bộ Dân tộc và Tôn giáo'],
].map(([id, name]) => ({ id: id ?? '', name: name ?? '', variants: [], level: 'central' as const }));

const PROVINCIAL: [key: string, name: string][] = [
  ['ubnd', 'Ủy ban nhân dân <tỉnh>'],
  ['hdnd', 'Hội đồng nhân dân <tỉnh>'],
  ['vp', 'Văn phòng Ủy ban nhân dân <tỉnh>'],
  ['snv', 'Sở Nội vụ'],
  ['stp', 'Sở Tư pháp'],
  ['stc', 'Sở Tài chính'],
  ['sct', 'Sở Công Thương'],
  ['snnmt', 'Sở Nông nghiệp và Môi trường'],
  ['sxd', 'Sở Xây dựng'],
  ['skhcn', 'Sở Khoa học và Công nghệ'],
  ['svhttdl', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['sgddt', 'Sở Giáo dục và Đào tạo'],
  ['syt', 'Sở Y tế'],
  ['tt', 'Thanh tra <cấp>'],
  ['ca', 'Công an <cấp>'],
  ['bchqs', 'Bộ Chỉ huy quân sự <cấp>'],
];

const province = (slug: string, level: 'tỉnh' | 'thành phố', place: string): AgencyEntry[] =>
  PROVINCIAL.map(([key, name]) => ({
    id: `${slug}.${key}`,
    name: name.replace('<tỉnh>', `${level} ${place}`).replace('<cấp>', level),
    variants: [],
    level: key === 'ubnd' || key === 'hdnd' ? ('province' as const) : ('department' as const),
    province: slug,
  }));

const REGISTRY: AgencyEntry[] = [
  ...CENTRAL,
  ...province('gia-lai', 'tỉnh', 'Gia Lai'),
  ...province('an-giang', 'tỉnh', 'An Giang'),
  // A city says "thành phố"; two of its agencies are enough for the cases that need one.
  { id: 'ho-chi-minh.ubnd', name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', variants: [], level: 'province', province: 'ho-chi-minh' },
  { id: 'ho-chi-minh.sgddt', name: 'Sở Giáo dục và Đào tạo', variants: [], level: 'department', province: 'ho-chi-minh' },
  { id: 'ho-chi-minh.ca', name: 'Công an thành phố', variants: [], level: 'department', province: 'ho-chi-minh' },
  { id: 'ho-chi-minh.sqhkt', name: 'Sở Quy hoạch - Kiến trúc', variants: [], level: 'department', province: 'ho-chi-minh' },
];

const matcher = createAgencyMatcher(REGISTRY);
const GL = { province: 'gia-lai' };
const AG = { province: 'an-giang' };
const idOf = (name: string, ctx?: { province?: string }): string | undefined => matcher.match(name, ctx)?.id;

describe('exact names', () => {
  it('finds the name as written, with score 1', () => {
    expect(matcher.match('Sở Khoa học và Công nghệ', GL)).toEqual({ id: 'gia-lai.skhcn', score: 1, via: 'exact' });
  });

  it('finds NFD input', () => {
    expect(idOf('Sở Khoa học và Công nghệ'.normalize('NFD'), GL)).toBe('gia-lai.skhcn');
    expect(idOf('Ủy ban nhân dân tỉnh Gia Lai'.normalize('NFD'))).toBe('gia-lai.ubnd');
  });

  it('finds lower-case words, as An Giang writes "Sở Khoa học và công nghệ"', () => {
    expect(matcher.match('Sở Khoa học và công nghệ', AG)).toEqual({ id: 'an-giang.skhcn', score: 1, via: 'exact' });
  });

  it('does not see the tone placement', () => {
    expect(idOf('Bộ Văn hoá, Thể thao và Du lịch')).toBe('bo-vhttdl');
    expect(idOf('Uỷ ban nhân dân tỉnh Gia Lai')).toBe('gia-lai.ubnd');
  });

  it('finds all-caps names, as letterheads print them', () => {
    expect(idOf('ỦY BAN NHÂN DÂN TỈNH AN GIANG')).toBe('an-giang.ubnd');
    expect(idOf('SỞ GIÁO DỤC VÀ ĐÀO TẠO', GL)).toBe('gia-lai.sgddt');
  });

  it('reads a loose spelling of the name as a variant', () => {
    expect(matcher.match('Sở Văn hóa - Thể thao - Du lịch', GL)).toEqual({ id: 'gia-lai.svhttdl', score: 0.95, via: 'variant' });
    expect(matcher.match('Sở Khoa học & Công nghệ', GL)).toEqual({ id: 'gia-lai.skhcn', score: 0.95, via: 'variant' });
  });
});

describe('derived abbreviations', () => {
  it.each([
    ['Sở KH&CN', 'gia-lai.skhcn'],
    ['Sở KH & CN', 'gia-lai.skhcn'],
    ['Sở KHCN', 'gia-lai.skhcn'],
    ['SKHCN', 'gia-lai.skhcn'],
    ['Sở GD&ĐT', 'gia-lai.sgddt'],
    ['Sở GDĐT', 'gia-lai.sgddt'],
    ['SGDĐT', 'gia-lai.sgddt'],
    ['SNV', 'gia-lai.snv'],
    ['STP', 'gia-lai.stp'],
    ['STC', 'gia-lai.stc'],
    ['SCT', 'gia-lai.sct'],
    ['Sở NN&MT', 'gia-lai.snnmt'],
    ['SXD', 'gia-lai.sxd'],
    ['Sở VHTTDL', 'gia-lai.svhttdl'],
    ['Sở VH,TT&DL', 'gia-lai.svhttdl'],
    ['SYT', 'gia-lai.syt'],
    ['UBND tỉnh', 'gia-lai.ubnd'],
    ['UBND', 'gia-lai.ubnd'],
    ['HĐND tỉnh', 'gia-lai.hdnd'],
    ['Văn phòng UBND tỉnh', 'gia-lai.vp'],
    ['VP UBND tỉnh', 'gia-lai.vp'],
    ['VPUBND', 'gia-lai.vp'],
    ['CA tỉnh', 'gia-lai.ca'],
    ['CA TỈNH', 'gia-lai.ca'],
  ])('%s is %s in a Gia Lai letter', (name, id) => {
    expect(matcher.match(name, GL)).toEqual({ id, score: 0.9, via: 'abbrev' });
  });

  it.each([
    ['Bộ KH&CN', 'bo-khcn'],
    ['BKHCN', 'bo-khcn'],
    ['Bộ GD&ĐT', 'bo-gddt'],
    ['BGDĐT', 'bo-gddt'],
    ['Bộ VHTTDL', 'bo-vhttdl'],
    ['BCA', 'bo-ca'],
    ['VPCP', 'vpcp'],
    ['Bộ DT&TG', 'bo-dttg'],
    ['BNG', 'bo-ngg'],
  ])('central %s is %s in any letter', (name, id) => {
    expect(idOf(name)).toBe(id);
    expect(idOf(name, AG)).toBe(id);
  });

  it('expands an abbreviation inside a name that also names the province', () => {
    expect(matcher.match('UBND tỉnh Gia Lai')).toEqual({ id: 'gia-lai.ubnd', score: 0.9, via: 'abbrev' });
    expect(idOf('HĐND tỉnh An Giang')).toBe('an-giang.hdnd');
    expect(idOf('UBND TỈNH GIA LAI')).toBe('gia-lai.ubnd');
  });

  it('reads the parts of a hyphenated name as words', () => {
    const hcm = { province: 'ho-chi-minh' };
    expect(matcher.match('Sở Quy hoạch – Kiến trúc', hcm)).toEqual({ id: 'ho-chi-minh.sqhkt', score: 1, via: 'exact' });
    expect(matcher.match('Sở QH-KT', hcm)).toEqual({ id: 'ho-chi-minh.sqhkt', score: 0.9, via: 'abbrev' });
    expect(idOf('Sở QHKT', hcm)).toBe('ho-chi-minh.sqhkt');
  });

  it('keeps Đ apart from D', () => {
    expect(matcher.match('Sở GDDT', GL)?.via).toBe('fuzzy');
  });
});

describe('province context', () => {
  it.each(['Sở Nội vụ', 'UBND tỉnh', 'Công an tỉnh', 'Sở KH&CN'])('"%s" is ambiguous across provinces without context', (name) => {
    expect(matcher.match(name)).toBeUndefined();
    const ids = matcher.candidates(name).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([expect.stringMatching(/^gia-lai\./), expect.stringMatching(/^an-giang\./)]));
  });

  it.each([
    ['Sở Nội vụ', 'snv'],
    ['UBND tỉnh', 'ubnd'],
    ['Ủy ban nhân dân tỉnh', 'ubnd'],
    ['Công an tỉnh', 'ca'],
    ['Thanh tra tỉnh', 'tt'],
    ['Bộ Chỉ huy quân sự tỉnh', 'bchqs'],
  ])('"%s" resolves to the agency of the letter\'s province', (name, key) => {
    expect(idOf(name, GL)).toBe(`gia-lai.${key}`);
    expect(idOf(name, AG)).toBe(`an-giang.${key}`);
  });

  it('takes the province a name spells out over the context', () => {
    expect(idOf('UBND tỉnh An Giang', GL)).toBe('an-giang.ubnd');
    expect(idOf('Công an tỉnh Gia Lai')).toBe('gia-lai.ca');
    expect(idOf('Sở Nội vụ tỉnh An Giang', GL)).toBe('an-giang.snv');
  });

  it('knows a city by "thành phố" and "TP.HCM"', () => {
    expect(idOf('UBND Thành phố Hồ Chí Minh')).toBe('ho-chi-minh.ubnd');
    expect(idOf('UBND thành phố', { province: 'ho-chi-minh' })).toBe('ho-chi-minh.ubnd');
    expect(idOf('Công an Thành phố Hồ Chí Minh')).toBe('ho-chi-minh.ca');
    // A directive-wide "Công an tỉnh" still finds the city's police.
    expect(matcher.match('Công an tỉnh', { province: 'ho-chi-minh' })).toEqual({ id: 'ho-chi-minh.ca', score: 0.95, via: 'variant' });
    expect(idOf('UBND TP.HCM')).toBe('ho-chi-minh.ubnd');
    expect(idOf('Sở GD&ĐT TP.HCM')).toBe('ho-chi-minh.sgddt');
    expect(idOf('Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', GL)).toBe('ho-chi-minh.sgddt');
  });

  it('matches central agencies whatever the context', () => {
    expect(matcher.match('Bộ Khoa học và Công nghệ', GL)).toEqual({ id: 'bo-khcn', score: 1, via: 'exact' });
    expect(idOf('Thủ tướng Chính phủ', AG)).toBe('ttg');
  });

  it('does not hand another province\'s agency to a province the registry lacks', () => {
    expect(idOf('Sở Nội vụ', { province: 'ha-noi' })).toBeUndefined();
    expect(idOf('UBND tỉnh', { province: 'ha-noi' })).toBeUndefined();
    expect(matcher.candidates('Sở KH&CN', { province: 'ha-noi' })).toEqual([]);
  });
});

describe('near misses', () => {
  it('offers a name without its accents as fuzzy, below every sure match', () => {
    const m = matcher.match('So Khoa hoc va Cong nghe', GL);
    expect(m).toMatchObject({ id: 'gia-lai.skhcn', via: 'fuzzy' });
    expect(m?.score).toBeLessThan(0.9);
  });

  it('scores one missing accent above many', () => {
    const one = matcher.match('Sở Khoa hoc và Công nghệ', GL);
    const all = matcher.match('So Khoa hoc va Cong nghe', GL);
    expect(one?.via).toBe('fuzzy');
    expect(one?.score).toBeGreaterThan(all?.score ?? 1);
  });

  it('offers a typo as fuzzy', () => {
    expect(matcher.match('Sở Khao học và Công nghệ', GL)).toMatchObject({ id: 'gia-lai.skhcn', via: 'fuzzy' });
    expect(matcher.match('Bộ Gíao duc và Đào tạo')).toMatchObject({ id: 'bo-gddt', via: 'fuzzy' });
  });

  it('finds nothing for an agency the registry does not hold', () => {
    expect(matcher.match('Sở Ngoại vụ', GL)).toBeUndefined();
    expect(matcher.candidates('Ban Dân tộc', GL)).toEqual([]);
  });

  it('returns no match when two agencies fit equally', () => {
    const twins = createAgencyMatcher([
      { id: 'a', name: 'Sở Tài chính', variants: [] },
      { id: 'b', name: 'Sở Tài chính', variants: [] },
    ]);
    expect(twins.match('Sở Tài chính')).toBeUndefined();
    expect(twins.candidates('Sở Tài chính').map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('listed variants', () => {
  const listed = createAgencyMatcher([
    { id: 'ttg', name: 'Thủ tướng Chính phủ', variants: ['TTg', 'Thủ tướng'], level: 'central' },
    { id: 'cds', name: 'Cục Chuyển đổi số quốc gia', variants: ['Cục CĐS'], level: 'central' },
  ]);

  it('finds a listed variant as written', () => {
    expect(listed.match('Thủ tướng')).toEqual({ id: 'ttg', score: 0.95, via: 'variant' });
    expect(listed.match('TTg')).toEqual({ id: 'ttg', score: 0.95, via: 'variant' });
  });

  it('ranks candidates best first and keeps to the limit', () => {
    expect(listed.candidates('Cục Chuyển đổi số quốc gia', undefined, 1)).toEqual([{ id: 'cds', score: 1, via: 'exact' }]);
  });
});
