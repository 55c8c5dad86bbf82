import type { Node } from '../model/body.js';
import type { Block } from './blocks.js';
import { findCitations } from './citations.js';
import { resolveCitation, type ResolvedCitation } from './cites.js';
import { citedAsImplemented } from './implementing-cue.js';
import type { ImportContext } from './context.js';
import { plain } from './markdown.js';

/** The texts of a letter that cite documents, in reading order. */
export interface CitingTexts {
  readonly subject: string | undefined;
  readonly bases: readonly Block[];
  readonly preamble: readonly Block[];
  readonly body: readonly Node[];
  readonly closing: readonly Block[];
}

const blockText = (b: Block): string => plain(b.lines.join(' '));

/** Every citation of the letter: subject, bases, preamble, body, closing. */
export function collectCitations(t: CitingTexts, ctx: ImportContext): ResolvedCitation[] {
  const texts = [t.subject ?? '', ...[...t.bases, ...t.preamble].map(blockText), ...nodeTexts(t.body), ...t.closing.map(blockText)];
  return texts.flatMap((x) => findCitations(x)).map((f) => resolveCitation(f, ctx));
}

function nodeTexts(nodes: readonly Node[]): string[] {
  return nodes.flatMap((n) => {
    const own = 'p' in n ? [n.p].flat() : 'text' in n && n.text !== undefined ? [n.text].flat() : [];
    const title = 'title' in n && n.title ? [n.title] : [];
    const items = 'items' in n && n.items ? nodeTexts(n.items) : [];
    return [...title, ...own.map(plain), ...items];
  });
}

/**
 * The documents a letter implements: the first document cited by each "Thực hiện / Triển khai /
 * Theo …" paragraph of the preamble, else the one its subject names; a "Căn cứ" document counts when
 * the subject names it too, or the letter says elsewhere that it carries it out ("Trên cơ sở các
 * nhiệm vụ trong Nghị quyết số 88/NQ-CP …"). A document another implemented one already implements is left out (the
 * HCMC department implements the city's letter, not the directive above it).
 */
export function implementedDocs(t: CitingTexts, ctx: ImportContext): ResolvedCitation[] {
  const resolve = (text: string): ResolvedCitation[] => findCitations(text).map((f) => resolveCitation(f, ctx));
  const subject = resolve(t.subject ?? '');
  const chosen: ResolvedCitation[] = [];
  for (const b of t.preamble) {
    const text = blockText(b);
    if (!/^(?:Thực hiện|Triển khai|Theo|Tiếp theo)(?![\p{L}\p{N}])/u.test(text)) continue;
    chosen.push(...coordinated(text, resolve(text)));
  }
  // A legal basis the letter also says it carries out ("Trên cơ sở các nhiệm vụ trong Nghị quyết số 88 …").
  const carried = new Set(implementingTexts(t).flatMap((text) => findCitations(text).filter((f) => citedAsImplemented(text, f)).map((f) => resolveCitation(f, ctx).ref)));
  for (const b of t.bases) for (const c of resolve(blockText(b))) if (subject.some((s) => s.ref === c.ref) || carried.has(c.ref)) chosen.push(c);
  if (chosen.length === 0 && subject[0]) chosen.push(subject[0]);
  const unique = chosen.filter((c, i) => chosen.findIndex((d) => d.ref === c.ref) === i);
  return unique.filter((c) => !unique.some((d) => d.ref !== c.ref && implementsTransitively(d.ref, c.ref, ctx)));
}

/** The subject, preamble, body and closing: where a letter says what it carries out. */
function implementingTexts(t: CitingTexts): string[] {
  return [t.subject ?? '', ...t.preamble.map(blockText), ...nodeTexts(t.body), ...t.closing.map(blockText)];
}

// Words that make a later citation part of the description of an earlier one, not a second parent.
const DESCRIBES = /(?<![\p{L}\p{N}])(?:của|về|tại|theo|triển khai|thực hiện|hướng dẫn|ban hành|kèm theo)(?![\p{L}\p{N}])/iu;

/**
 * "Thực hiện A và B": the first document cited and those joined to it by "và" or a comma; not "A
 * về triển khai C" (C is what A is about).
 */
function coordinated(text: string, cited: readonly ResolvedCitation[]): ResolvedCitation[] {
  const out: ResolvedCitation[] = [];
  for (const [k, c] of cited.entries()) {
    if (k === 0) {
      out.push(c);
      continue;
    }
    const prev = cited[k - 1] as ResolvedCitation;
    const between = text.slice(prev.found.index, c.found.index);
    if (DESCRIBES.test(between) || between.split(/\s+/).length > 14 || !/(?:,|;|\svà\s)/u.test(between)) break;
    out.push(c);
  }
  return out;
}

function implementsTransitively(from: string, target: string, ctx: ImportContext, seen = new Set<string>()): boolean {
  if (seen.has(from)) return false;
  seen.add(from);
  const up = ctx.documentsById.get(from)?.implements ?? ctx.known.get(from)?.implements ?? [];
  return up.includes(target) || up.some((u) => implementsTransitively(u, target, ctx, seen));
}
