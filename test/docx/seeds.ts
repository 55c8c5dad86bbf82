import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCascade } from '../../src/load/load-cascade.js';
import type { Cascade } from '../../src/load/cascade.js';
import { defaultKind, planKind } from '../../src/render/kinds.js';
import { renderDocx, type GeneratedFile } from '../../src/render/render-docx.js';
import { readTemplateFiles } from '../../src/render/template-files.js';
import { TemplateSet } from '../../src/render/template-set.js';

/** The five seed texts and the YAML that models each. */
export const SEEDS = [
  { file: '000_09742a9cfefc7afd.txt', doc: 'gia-lai-5900' },
  { file: '001_cf2801d1655f48db.txt', doc: 'hcm-sgddt-draft-2026' },
  { file: '002_a34f5b1caf3269ee.txt', doc: 'an-giang-draft-2026-05' },
  { file: '003_40105ecd63b2e01d.txt', doc: 'ct-14-ttg' },
  { file: '004_00e198c429ec8704.txt', doc: 'gia-lai-de-xuat-bkhcn' },
] as const;

/** A seed's text, as stored in the fixtures. */
export function seedText(file: string): string {
  return readFileSync(join('test', 'fixtures', 'seeds', file), 'utf8');
}

let loaded: Promise<{ cascade: Cascade; templates: TemplateSet }> | undefined;

/** The bundled cascade and the package's templates, loaded once per test file. */
export function bundled(): Promise<{ cascade: Cascade; templates: TemplateSet }> {
  loaded ??= (async () => {
    const { cascade } = await loadCascade(['directives/']);
    return { cascade, templates: new TemplateSet(await readTemplateFiles()) };
  })();
  return loaded;
}

/** A seed's document regenerated from its YAML, in the kind it prints as. */
export async function regenerate(docId: string): Promise<GeneratedFile> {
  const { cascade, templates } = await bundled();
  const doc = cascade.documentsById.get(docId);
  if (!doc) throw new Error(`no document ${docId}`);
  const [planned] = planKind(defaultKind(doc, cascade), doc, cascade);
  if (!planned) throw new Error(`nothing planned for ${docId}`);
  return renderDocx(planned.name, planned.kind, planned.prepared, { templates });
}
