import { resolve } from 'node:path';
import { readUnits, type UnitProvince } from '../../load/units.js';
import { packageRoot } from '../../load/discover.js';
import type { Lang } from '../../report/diagnostic.js';
import { UsageError, type CliIO } from '../io.js';

/** The bundled administrative-units file (34 provinces, 3,321 communes and wards). */
export function bundledUnitsPath(): string {
  return resolve(packageRoot(), 'directives', 'registry', 'vn-admin-units-2025.json');
}

/** The units file given with `--units`, or the bundled one; a bad file is a usage error. */
export async function unitsFrom(file: string | undefined, io: CliIO, lang: Lang): Promise<UnitProvince[]> {
  const path = file ? resolve(io.cwd, file) : bundledUnitsPath();
  const shown = file ?? 'directives/registry/vn-admin-units-2025.json';
  const { provinces, diagnostics } = await readUnits(path, shown, { file: shown, line: 1, column: 1 });
  const first = diagnostics[0];
  if (first) throw new UsageError(first.message[lang]);
  return provinces;
}

/** `--threads N`: worker threads, 0 to 16. */
export function threadsOf(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 16) throw new UsageError(lang === 'vi' ? '--threads cần một số nguyên từ 0 đến 16' : '--threads needs a whole number from 0 to 16');
  return n;
}
