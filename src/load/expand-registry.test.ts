import { describe, expect, it } from 'vitest';
import { expandAgencyTemplate, expandCommunes, expandGroupTemplate, fillTemplate, provinceInfo } from './expand-registry.js';

const hcm = provinceInfo({ Code: '79', FullName: 'Thành phố Hồ Chí Minh', Wards: [] });
const thanhHoa = provinceInfo({ Code: '38', FullName: 'Tỉnh Thanh Hoá', Wards: [] });

describe('provinceInfo', () => {
  it('slugs without the "Tỉnh"/"Thành phố" prefix and says which word the province uses', () => {
    expect(hcm).toEqual({ slug: 'ho-chi-minh', code: '79', fullName: 'Thành phố Hồ Chí Minh', inText: 'thành phố Hồ Chí Minh', tier: 'thành phố' });
    expect(thanhHoa.slug).toBe('thanh-hoa');
    expect(provinceInfo({ Code: '46', FullName: 'Thành phố Huế', Wards: [] }).slug).toBe('hue');
    expect(provinceInfo({ Code: '52', FullName: 'Tỉnh Gia Lai', Wards: [] }).tier).toBe('tỉnh');
  });
});

describe('fillTemplate', () => {
  it('fills <tỉnh>, <Tỉnh> and <cấp>', () => {
    expect(fillTemplate('Ủy ban nhân dân <tỉnh>', hcm)).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(fillTemplate('<Tỉnh>', thanhHoa)).toBe('Tỉnh Thanh Hoá');
    expect(fillTemplate('Công an <cấp>', thanhHoa)).toBe('Công an tỉnh');
  });
});

describe('expanding templates', () => {
  it('scopes ids, superiors and rules to the province', () => {
    const [a] = expandAgencyTemplate({ key: 'skhcn', name: 'Sở Khoa học và Công nghệ', variants: ['Sở KH&CN'], counterpart: 'bo-khcn' }, [hcm]);
    expect(a?.value).toEqual({
      id: 'ho-chi-minh.skhcn',
      name: 'Sở Khoa học và Công nghệ',
      variants: ['Sở KH&CN'],
      level: 'department',
      superior: 'ho-chi-minh.ubnd',
      counterpart: 'bo-khcn',
      province: 'ho-chi-minh',
    });
    const [g] = expandGroupTemplate({ key: 'cac-so', name: 'Các sở <cấp>', variants: [], rule: { level: ['department'] }, includes: ['x'] }, [hcm]);
    expect(g?.value).toEqual({ id: 'ho-chi-minh.cac-so', name: 'Các sở thành phố', variants: [], rule: { level: ['department'], province: 'ho-chi-minh' }, includes: ['ho-chi-minh.x'] });
  });

  it('leaves out provinces a template is `only` for others', () => {
    expect(expandAgencyTemplate({ key: 'sqhkt', name: 'Sở Quy hoạch - Kiến trúc', variants: [], only: ['ha-noi'] }, [hcm, thanhHoa])).toEqual([]);
  });

  it('gives two communes of one name both their code', () => {
    const unit = { Code: '19', FullName: 'Tỉnh Thái Nguyên', Wards: [{ Code: '02143', FullName: 'Xã Văn Lang' }, { Code: '05665', FullName: 'Xã Vân Lăng' }, { Code: '1', FullName: 'Phường Phan Đình Phùng' }] };
    const ids = expandCommunes(unit, provinceInfo(unit)).map((a) => a.id);
    expect(ids).toEqual(['thai-nguyen.xa-van-lang-02143', 'thai-nguyen.xa-van-lang-05665', 'thai-nguyen.phuong-phan-dinh-phung']);
  });
});
