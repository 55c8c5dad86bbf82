import { z } from 'zod';
import { provinceSlug, slugify } from '../text/slug.js';

const Ward = z.object({ Code: z.string(), FullName: z.string().min(1) });
const ProvinceRow = z.object({ Code: z.string(), FullName: z.string().min(1), Wards: z.array(Ward) });

/** The administrative-units file: 34 provinces, each with its communes and wards. */
export const UnitsFile = z.array(ProvinceRow);
export type UnitsFile = z.infer<typeof UnitsFile>;

/** A commune, ward or special zone, with the agency id the registry gives its People's Committee. */
export interface SynthCommune {
  readonly code: string;
  /** "Xã Ia Grai", "Phường Ba Đình", "Đặc khu Phú Quốc". */
  readonly name: string;
  /** Agency id: `<province slug>.<slug of the name>`. */
  readonly agency: string;
  /** Slug of the name, unique within the province. */
  readonly slug: string;
}

/** A province or centrally-run city as the generator needs it. */
export interface SynthProvince {
  readonly code: string;
  readonly slug: string;
  /** "Gia Lai", "Hồ Chí Minh". */
  readonly short: string;
  /** "tỉnh" or "thành phố". */
  readonly tier: 'tỉnh' | 'thành phố';
  readonly communes: readonly SynthCommune[];
}

/** The provinces of the units file, in its order. */
export function provincesOf(units: UnitsFile): SynthProvince[] {
  return units.map((p) => {
    const slug = provinceSlug(p.FullName);
    const tier = /^thành phố/iu.test(p.FullName) ? 'thành phố' : 'tỉnh';
    const short = p.FullName.replace(/^(?:tỉnh|thành phố)\s+/iu, '');
    const communes = p.Wards.map((w) => {
      const s = slugify(w.FullName);
      return { code: w.Code, name: capitalise(w.FullName), agency: `${slug}.${s}`, slug: s };
    });
    return { code: p.Code, slug, short, tier, communes };
  });
}

// One ward of the file is written "xã …" in lower case; letters print it capitalised.
function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
