import { packOfficialDoc } from '../docx/pack.js';
import type { LayoutProfileInput } from '../docx/profile.js';
import type { LayoutWarning } from '../docx/warnings.js';
import type { Lang } from '../report/diagnostic.js';
import { assemble } from './assemble.js';
import type { TemplateSet } from './template-set.js';
import type { Prepared } from './views/document.js';

/** One generated document, in memory: nothing is written until every document of a run is ready. */
export interface GeneratedFile {
  /** File name (`gia-lai-5900.ke-hoach.docx`). */
  readonly name: string;
  readonly kind: string;
  readonly buffer: Buffer;
  readonly markdown: string;
  readonly warnings: readonly LayoutWarning[];
}

/** How documents are rendered. */
export interface RenderSettings {
  readonly templates: TemplateSet;
  readonly profile?: LayoutProfileInput | undefined;
  readonly lang?: Lang | undefined;
  /** Printed above the header (`DỰ THẢO — CÒN LỖI` when the model was loaded with errors). */
  readonly banner?: string | undefined;
}

/** Fills a prepared document's templates and packs the .docx in memory. Throws `RenderError` or `ProfileError`. */
export async function renderDocx(name: string, kind: string, prepared: Prepared, settings: RenderSettings): Promise<GeneratedFile> {
  const { input, markdown } = assemble(prepared, settings.templates);
  const { buffer, warnings } = await packOfficialDoc(settings.banner ? { ...input, banner: settings.banner } : input, settings.profile, { lang: settings.lang ?? 'vi' });
  return { name, kind, buffer, markdown, warnings };
}
