import type { FieldsPrint, Goal, Node, Paragraphs, Para, Section, Task } from '../../model/body.js';
import type { AgencyRegistry } from '../agencies.js';
import { escapeMarkdown, inlineMarkdown } from '../escape.js';
import { fieldLines } from './fields.js';

/**
 * One block of a body as the templates get it; exactly one key is set. Every value is Markdown,
 * already worded and numbered: a template only places them.
 * - `heading`: a numbered title on its own line (`2. Sử dụng nền tảng …`), printed bold
 * - `paragraph`: a paragraph with its marker (`2.1. Các cơ quan …`, `- Tổ chức …`, `a) Đẩy mạnh …`)
 * - `field`: a field line of a task (`a) Cơ quan thực hiện: …`, `Thời gian hoàn thành: **…**`)
 */
export interface BlockView {
  readonly heading?: string;
  readonly paragraph?: string;
  readonly field?: string;
}

/** The paragraphs of a `Paragraphs` value as Markdown. */
export function paragraphs(p: Paragraphs | undefined): string[] {
  if (p === undefined) return [];
  return (typeof p === 'string' ? [p] : p).map(inlineMarkdown).filter((s) => s !== '');
}

/**
 * The printed marker of a numbered item: its own `marker` when it has one (`-`, `+`, or `""` for
 * none); else from the id: a last part that is a letter prints `b)` (the directive's `2.b`),
 * numbers print the whole id with a dot (`2.1.`, `3.`, `I.`); positional ids (`1-2`, `2.b/2026`)
 * print none.
 */
export function markerOf(id: string, marker: string | undefined): string {
  if (marker !== undefined) return marker;
  if (/[-/]/.test(id)) return '';
  const last = id.split('.').at(-1) ?? id;
  if (/^[a-zđ]$/.test(last)) return `${last})`;
  return `${id}.`;
}

function withMarker(marker: string, text: string): string {
  return marker === '' ? text : `${marker} ${text}`;
}

interface BodyContext {
  readonly registry: AgencyRegistry;
  readonly fields: FieldsPrint | undefined;
  /** Whether the field lines are printed (a plan leaves them to its annex table). */
  readonly withFields: boolean;
}

function sectionBlocks(s: Section, ctx: BodyContext): BlockView[] {
  const marker = markerOf(s.section, s.marker);
  const head = s.title ? [{ heading: withMarker(marker, escapeMarkdown(s.title)) }] : [];
  return [...head, ...nodesBlocks(s.items ?? [], ctx)];
}

function taskBlocks(t: Task, ctx: BodyContext): BlockView[] {
  const marker = markerOf(t.task, t.marker);
  const texts = paragraphs(t.text);
  const out: BlockView[] = [];
  let first = texts.shift();
  if (t.title) out.push({ heading: withMarker(marker, escapeMarkdown(t.title)) });
  else if (first !== undefined || t.lead_in) {
    const leadIn = t.lead_in ? `${escapeMarkdown(t.lead_in)}:${first === undefined ? '' : ' '}` : '';
    out.push({ paragraph: withMarker(marker, `${leadIn}${first ?? ''}`) });
    first = undefined;
  }
  if (first !== undefined) out.push({ paragraph: first });
  out.push(...texts.map((p) => ({ paragraph: p })));
  if (ctx.withFields) out.push(...fieldLines(t, ctx.fields, ctx.registry).map((field) => ({ field })));
  out.push(...nodesBlocks(t.items ?? [], ctx));
  out.push(...paragraphs(t.after).map((p) => ({ paragraph: p })));
  return out;
}

function goalBlocks(g: Goal): BlockView[] {
  const [first, ...rest] = paragraphs(g.text);
  const marker = markerOf(g.goal, undefined);
  return [...(first === undefined ? [] : [{ paragraph: withMarker(marker, first) }]), ...rest.map((p) => ({ paragraph: p }))];
}

function nodesBlocks(nodes: readonly Node[], ctx: BodyContext): BlockView[] {
  return nodes.flatMap((n): BlockView[] => {
    if ('section' in n) return sectionBlocks(n, ctx);
    if ('task' in n) return taskBlocks(n, ctx);
    if ('goal' in n) return goalBlocks(n);
    return paragraphs((n as Para).p).map((p) => ({ paragraph: p }));
  });
}

/**
 * The body of a document as blocks, in order: sections, tasks with their field lines (unless
 * `withFields` is false), goals, paragraphs.
 */
export function bodyBlocks(body: readonly Node[], registry: AgencyRegistry, fields: FieldsPrint | undefined, withFields = true): BlockView[] {
  return nodesBlocks(body, { registry, fields, withFields });
}
