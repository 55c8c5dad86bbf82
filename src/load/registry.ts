import { dirname, resolve } from 'node:path';
import type { Agency, AgencyRegistryFile, Group } from '../model/agency.js';
import type { Diagnostic, Place, Related } from '../report/diagnostic.js';
import { expandAgencyTemplate, expandCommunes, expandGroupTemplate, provinceInfo, type ProvinceInfo } from './expand-registry.js';
import type { Positions } from './positions.js';
import { placeOfFile, type Source } from './source.js';
import { readUnits, type UnitProvince } from './units.js';

/** One validated registry file. */
export interface RegistryInput {
  readonly data: AgencyRegistryFile;
  readonly source: Source;
  /** Absolute path of the file, to find its units file. */
  readonly path: string;
}

/** The registry after expansion: every agency and group by id, and the provinces. */
export interface Registry {
  readonly agencies: Map<string, Agency>;
  readonly groups: Map<string, Group>;
  readonly provinces: readonly ProvinceInfo[];
  readonly diagnostics: Diagnostic[];
}

/** Adds entries by id; a second entry with an id already taken is a finding, the first one stays. */
class IdTable {
  readonly agencies = new Map<string, Agency>();
  readonly groups = new Map<string, Group>();
  private readonly places = new Map<string, () => Place | undefined>();
  readonly diagnostics: Diagnostic[] = [];

  /** `where` is asked only for a duplicate: finding a place may parse a file again. */
  add(kind: 'agency' | 'group', value: Agency | Group, where: () => Place | undefined): void {
    if (this.agencies.has(value.id) || this.groups.has(value.id)) {
      const first = this.places.get(value.id)?.();
      const place = where();
      const related: Related[] = first ? [{ place: first, message: { vi: 'đã khai báo ở đây', en: 'declared here first' } }] : [];
      this.diagnostics.push({
        rule: 'duplicate-agency-id',
        severity: 'error',
        message: {
          vi: `Mã cơ quan \`${value.id}\` bị khai báo hai lần trong danh mục`,
          en: `The agency id \`${value.id}\` is declared twice in the registry`,
        },
        ...(place ? { place } : {}),
        found: value.id,
        expected: { vi: 'mỗi mã cơ quan một lần', en: 'each agency id once' },
        related,
      });
      return;
    }
    if (kind === 'agency') this.agencies.set(value.id, value as Agency);
    else this.groups.set(value.id, value as Group);
    this.places.set(value.id, where);
  }
}

interface UnitsProvince {
  readonly info: ProvinceInfo;
  readonly unit: UnitProvince;
  /** The `units:` key that brought it in. */
  readonly place: Place;
}

/** Provinces of every units file the registry files name (the first file naming a province wins). */
async function loadProvinces(inputs: readonly RegistryInput[], positions: Positions, diagnostics: Diagnostic[]): Promise<UnitsProvince[]> {
  const bySlug = new Map<string, UnitsProvince>();
  for (const input of inputs) {
    if (!input.data.units) continue;
    const at = positions.locate(input.data, 'units') ?? placeOfFile(input.source.file);
    const units = await readUnits(resolve(dirname(input.path), input.data.units), input.data.units, at);
    diagnostics.push(...units.diagnostics);
    for (const unit of units.provinces) {
      const info = provinceInfo(unit);
      if (!bySlug.has(info.slug)) bySlug.set(info.slug, { info, unit, place: at });
    }
  }
  return [...bySlug.values()];
}

/**
 * Reads the units files and expands the templates of every registry file over every province. Files
 * are taken in order (the national registry first), each with its templates and communes, so that a
 * user's file that repeats an id is the one reported.
 */
export async function buildRegistry(inputs: readonly RegistryInput[], positions: Positions): Promise<Registry> {
  const table = new IdTable();
  const diagnostics: Diagnostic[] = [];
  const provinces = await loadProvinces(inputs, positions, diagnostics);
  const infos = provinces.map((p) => p.info);
  let communesAdded = false;
  for (const { data } of inputs) {
    for (const a of data.agencies) table.add('agency', a, () => positions.locate(a, 'id'));
    for (const g of data.groups) table.add('group', g, () => positions.locate(g, 'id'));
    for (const t of data.provincial?.agencies ?? []) {
      for (const e of expandAgencyTemplate(t, infos)) {
        positions.alias(e.value, t);
        table.add('agency', e.value, () => positions.locate(t, 'key'));
      }
    }
    for (const t of data.provincial?.groups ?? []) {
      for (const e of expandGroupTemplate(t, infos)) {
        positions.alias(e.value, t);
        table.add('group', e.value, () => positions.locate(t, 'key'));
      }
    }
    if (data.units && !communesAdded) {
      communesAdded = true;
      for (const p of provinces) for (const a of expandCommunes(p.unit, p.info)) table.add('agency', a, () => p.place);
    }
  }
  return { agencies: table.agencies, groups: table.groups, provinces: infos, diagnostics: [...diagnostics, ...table.diagnostics] };
}
