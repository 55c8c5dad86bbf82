import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, ProfileError, checkProfile, resolveProfile } from './profile.js';

describe('layout profile', () => {
  it('defaults to the decree sample sizes and the lower margin bounds', () => {
    expect(DEFAULT_PROFILE.font).toBe('Times New Roman');
    expect(DEFAULT_PROFILE.marginsMm).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(DEFAULT_PROFILE.sizes.nationalTitle).toBe(12);
    expect(DEFAULT_PROFILE.sizes.motto).toBe(13);
    expect(DEFAULT_PROFILE.sizes.body).toBe(14);
    expect(DEFAULT_PROFILE.sizes.distributionItem).toBe(11);
    expect(DEFAULT_PROFILE.body).toEqual({ indentCm: 1.27, spacingAfterPt: 6, lineSpacing: 1 });
    expect(DEFAULT_PROFILE.sizes.pageNumber).toBe(13);
  });

  it('keeps a value chosen inside a range and fills the rest', () => {
    const p = resolveProfile({ marginsMm: { top: 25 }, sizes: { body: 13 }, body: { indentCm: 1 } });
    expect(p.marginsMm).toEqual({ top: 25, bottom: 20, left: 30, right: 15 });
    expect(p.sizes.body).toBe(13);
    expect(p.sizes.signer).toBe(14);
    expect(p.body.indentCm).toBe(1);
  });

  it('rejects a margin outside the range, naming field, value and range', () => {
    const r = checkProfile({ marginsMm: { left: 25 } }, 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ field: 'marginsMm.left', value: 25, range: '30–35 mm' });
    expect(r.issues[0]?.message).toContain('marginsMm.left');
    expect(r.issues[0]?.message).toContain('25');
    expect(r.issues[0]?.message).toContain('30–35 mm');
  });

  it('reports in Vietnamese by default', () => {
    const r = checkProfile({ sizes: { distributionItem: 12 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.message).toBe(
      '`sizes.distributionItem` = 12 nằm ngoài khoảng cho phép 11 pt (Nghị định 30/2020/NĐ-CP)',
    );
  });

  it('accepts only 1 or 1.27 cm for the first-line indent', () => {
    const r = checkProfile({ body: { indentCm: 1.5 } }, 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ field: 'body.indentCm', value: 1.5, range: '1 cm or 1.27 cm' });
  });

  it('rejects spacing below 6 pt and line spacing above 1.5', () => {
    const r = checkProfile({ body: { spacingAfterPt: 4, lineSpacing: 2 } }, 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.field, i.range])).toEqual([
      ['body.spacingAfterPt', '≥ 6 pt'],
      ['body.lineSpacing', '1–1.5 ×'],
    ]);
  });

  it('names a field of the wrong type and an unknown field', () => {
    const r = checkProfile({ sizes: { body: 'big' }, colour: 'red' }, 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.field).sort()).toEqual(['', 'sizes.body']);
    expect(r.issues.find((i) => i.field === 'sizes.body')?.value).toBe('big');
  });

  it('throws a ProfileError listing every issue', () => {
    expect(() => resolveProfile({ marginsMm: { top: 10, right: 30 } })).toThrow(ProfileError);
    try {
      resolveProfile({ marginsMm: { top: 10, right: 30 } });
    } catch (e) {
      expect((e as ProfileError).issues.map((i) => i.field)).toEqual(['marginsMm.top', 'marginsMm.right']);
    }
  });
});
