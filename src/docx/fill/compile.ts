import JSZip from 'jszip';
import { sentinel, splitAtSentinels, type Slot } from './sentinel.js';
import type { DocxTemplate, FieldValues, HoledEntry } from './template.js';

/** Makes the .docx of one recipient: the single-document pipeline, end to end. */
export type PackFn = (values: FieldValues) => Promise<Uint8Array>;

/** Why a document cannot be compiled for filling; the batch then runs the full pipeline per recipient. */
export interface NotCompilable {
  readonly ok: false;
  readonly reason: { readonly vi: string; readonly en: string };
}

/** The outcome of {@link compileDocx}. */
export type CompileResult = { readonly ok: true; readonly template: DocxTemplate } | NotCompilable;

// core.xml carries the time of packing, which differs between two packs of the same document.
const TIMES = /<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g;
const comparable = (name: string, text: string): string => (name === 'docProps/core.xml' ? text.replace(TIMES, '') : text);

async function entries(packed: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(packed);
  const out = new Map<string, string>();
  for (const file of Object.values(zip.files)) if (!file.dir) out.set(file.name, await file.async('string'));
  return out;
}

function sentinels(fields: readonly string[], long: boolean): FieldValues {
  return Object.fromEntries(fields.map((f, i) => [f, sentinel(i, long)]));
}

const fail = (vi: string, en: string): NotCompilable => ({ ok: false, reason: { vi, en } });

function sameArrays<T>(a: readonly T[], b: readonly T[], same = (x: T, y: T) => x === y): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i] as T));
}

const sameSlot = (x: Slot, y: Slot): boolean => x.field === y.field && x.case === y.case;

/**
 * Compiles a document for many recipients: packs it twice through the real pipeline, once with short
 * and once with long sentinels in the fields, and keeps the entries cut at the sentinels. The two packs
 * must agree everywhere but the sentinels — otherwise the layout depends on the field (a width
 * computed from it, a field upper-cased or split) and filling could differ from the single path, so
 * the document is reported not compilable instead.
 */
export async function compileDocx(pack: PackFn, fields: readonly string[]): Promise<CompileResult> {
  const short = await pack(sentinels(fields, false));
  const [a, b] = await Promise.all([entries(short), pack(sentinels(fields, true)).then(entries)]);
  if (!sameArrays([...a.keys()].sort(), [...b.keys()].sort())) {
    return fail('Hai lần dựng thử cho ra các phần tệp khác nhau', 'The two trial packs hold different entries');
  }
  const holes: HoledEntry[] = [];
  const seen = new Set<number>();
  for (const [name, text] of a) {
    const other = b.get(name) ?? '';
    const sa = splitAtSentinels(text);
    const sb = splitAtSentinels(other);
    if (sa.broken || sb.broken) {
      return fail(`Trường bị biến đổi khi dựng (trong \`${name}\`)`, `A field is transformed by the layout (in \`${name}\`)`);
    }
    if (!sameArrays(sa.parts.map((p) => comparable(name, p)), sb.parts.map((p) => comparable(name, p))) || !sameArrays(sa.slots, sb.slots, sameSlot)) {
      return fail(`Bố cục phụ thuộc độ dài trường (trong \`${name}\`)`, `The layout depends on a field's length (in \`${name}\`)`);
    }
    if (sa.slots.length === 0) continue;
    sa.slots.forEach((s) => seen.add(s.field));
    holes.push({ name, parts: sa.parts, slots: sa.slots });
  }
  const missing = fields.filter((_, i) => !seen.has(i));
  if (missing.length > 0) {
    return fail(`Không thấy trường ${missing.join(', ')} trong văn bản`, `Field(s) ${missing.join(', ')} not found in the document`);
  }
  return { ok: true, template: { fields: [...fields], packed: short, holes } };
}
