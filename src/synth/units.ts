import { z } from 'zod';
import { expandCommunes, provinceInfo } from '../load/expand-registry.js';

const Ward = z.object({ Code: z.string(), FullName: z.string().min(1) });
const ProvinceRow = z.object({ Code: z.string(), FullName: z.string().min(1), Wards: z.array(Ward) });

/** The administrative-units file: 34 provinces, each with its communes and wards. */
export const UnitsFile = z.array(ProvinceRow);
/** The administrative-units file as parsed. */
export type UnitsFile = z.infer<typeof UnitsFile>;

/** A commune, ward or special zone, with the agency id the registry gives its People's Committee. */
export interface SynthCommune {
  readonly code: string;
  /** "Xã Ia Grai", "Phường Ba Đình", "Đặc khu Phú Quốc". */
  readonly name: string;
  /** Agency id, as the loader expands the registry: `<province slug>.<slug of the name>` (with the code when two names slug alike). */
  readonly agency: string;
  /** The agency id without the province: unique within it. */
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

/** The provinces of the units file, in its order, with the ids the loader gives their agencies. */
export function provincesOf(units: UnitsFile): SynthProvince[] {
  return units.map((p) => {
    const info = provinceInfo(p);
    const agencies = expandCommunes(p, info);
    const short = p.FullName.replace(/^(?:tỉnh|thành phố)\s+/iu, '');
    const communes = p.Wards.map((w, i) => {
      const agency = agencies[i]?.id ?? `${info.slug}.${w.Code}`;
      return { code: w.Code, name: capitalise(w.FullName), agency, slug: agency.slice(info.slug.length + 1) };
    });
    return { code: p.Code, slug: info.slug, short, tier: info.tier === 'thành phố' ? 'thành phố' : 'tỉnh', communes };
  });
}

// One ward of the file is written "xã …" in lower case; letters print it capitalised.
function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
