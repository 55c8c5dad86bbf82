import { compileDocx } from '../docx/fill/compile.js';
import { DocxFiller } from '../docx/fill/fill.js';
import type { DocxTemplate, FieldValues } from '../docx/fill/template.js';
import type { OfficialDocInput } from '../docx/layout-input.js';
import { packDocx } from '../docx/pack.js';
import type { LayoutProfileInput } from '../docx/profile.js';
import type { Text } from '../report/diagnostic.js';
import JSZip from 'jszip';

/** One document of a batch: its file, the key of the template it shares, and its field values. */
export interface BatchItem {
  /** Which recipient (an agency id): what `build` needs beyond the field values. */
  readonly id: string;
  readonly fileName: string;
  /** Items with the same key are the same document but for their field values. */
  readonly key: string;
  readonly values: FieldValues;
}

/** The single-document pipeline up to the layout's input: the view, the templates, the Markdown. */
export type BuildFn = (item: BatchItem, values: FieldValues) => OfficialDocInput;

/** The compiled templates, and why the other keys were not compiled. */
export interface CompiledKeys {
  readonly templates: Record<string, DocxTemplate>;
  readonly notCompiled: ReadonlyMap<string, Text>;
}

// Compiling costs two packs and checking one more: a key needs this many documents to be worth it.
const MIN_GROUP = 4;

async function documentXml(docx: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string') ?? '';
}

/**
 * Whether filling gives what the single path gives for a real recipient — the one with the longest
 * values, the likeliest to show a layout that depends on them: the proof, beyond what the sentinels
 * show, that the key's documents differ only in their fields.
 */
async function fillsLikeSinglePath(template: DocxTemplate, items: readonly BatchItem[], build: BuildFn, profile: LayoutProfileInput | undefined): Promise<boolean> {
  const size = (item: BatchItem): number => Object.values(item.values).reduce((n, v) => n + v.length, 0);
  const probe = items.reduce<BatchItem | undefined>((best, item) => (!best || size(item) > size(best) ? item : best), undefined);
  if (!probe) return false;
  const filler = await DocxFiller.open(template);
  const single = await documentXml(await packDocx(build(probe, probe.values), profile));
  return single === (await documentXml(await filler.fill(probe.values)));
}

/** Compiles one template per key that has enough documents; checks each against the single path. */
export async function compileKeys(
  items: readonly BatchItem[],
  fields: readonly string[],
  build: BuildFn,
  profile: LayoutProfileInput | undefined,
): Promise<CompiledKeys> {
  const byKey = new Map<string, BatchItem[]>();
  for (const item of items) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item]);
  const templates: Record<string, DocxTemplate> = {};
  const notCompiled = new Map<string, Text>();
  for (const [key, group] of byKey) {
    const first = group[0];
    if (!first || group.length < MIN_GROUP) continue;
    const compiled = await compileDocx((values) => packDocx(build(first, values), profile), fields);
    if (!compiled.ok) {
      notCompiled.set(key, compiled.reason);
      continue;
    }
    if (!(await fillsLikeSinglePath(compiled.template, group, build, profile))) {
      notCompiled.set(key, { vi: 'Văn bản điền sẵn khác văn bản dựng riêng', en: 'A filled document differs from the one rendered alone' });
      continue;
    }
    templates[key] = compiled.template;
  }
  return { templates, notCompiled };
}
