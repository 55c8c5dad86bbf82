import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import type { Diagnostic, Place } from '../report/diagnostic.js';

// The shape of vn-admin-units-2025.json (from vietnamese-provinces-database): extra fields are ignored.
const Ward = z.object({ Code: z.string(), FullName: z.string().min(1) });
const Province = z.object({ Code: z.string(), FullName: z.string().min(1), Wards: z.array(Ward) });
const UnitsFile = z.array(Province);

/** One province (or centrally-run city) of the administrative-units file, with its communes and wards. */
export type UnitProvince = z.infer<typeof Province>;

// The units file is data, not hand-written YAML: it gets its own, larger limit.
const MAX_UNITS_BYTES = 16 * 1024 * 1024;

/** Reads the administrative-units file; any problem is one finding at the registry's `units:` key. */
export async function readUnits(path: string, file: string, at: Place): Promise<{ provinces: UnitProvince[]; diagnostics: Diagnostic[] }> {
  const fail = (vi: string, en: string): { provinces: UnitProvince[]; diagnostics: Diagnostic[] } => ({
    provinces: [],
    diagnostics: [{ rule: 'units-invalid', severity: 'error', message: { vi, en }, place: at, found: file }],
  });
  let text: string;
  try {
    if ((await stat(path)).size > MAX_UNITS_BYTES) return fail('Tệp đơn vị hành chính quá lớn', 'The administrative-units file is too large');
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return fail(`Không đọc được tệp đơn vị hành chính \`${file}\``, `Cannot read the administrative-units file \`${file}\``);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail(`Tệp đơn vị hành chính không phải JSON hợp lệ: ${why}`, `The administrative-units file is not valid JSON: ${why}`);
  }
  const parsed = UnitsFile.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') : '';
    return fail(
      `Tệp đơn vị hành chính sai cấu trúc ở \`${where}\`: cần danh sách {Code, FullName, Wards: [{Code, FullName}]}`,
      `The administrative-units file has the wrong shape at \`${where}\`: expected a list of {Code, FullName, Wards: [{Code, FullName}]}`,
    );
  }
  return { provinces: parsed.data, diagnostics: [] };
}
