import JSZip from 'jszip';
import mammoth from 'mammoth';
import { numberLabels } from './docx-numbering.js';

/**
 * The text of a .docx as the importer reads text: one paragraph per line with blank lines between,
 * bold as `**…**`, links as `<url>`, footnote references as `[^n]` with the notes (`[^n]: …`) at
 * the end, and task tables as Markdown tables. The two-column layout tables of an official letter
 * (header, signature) are read cell by cell, left column first. Read with mammoth's document
 * model, so nothing here parses XML.
 */

interface Element {
  readonly type: string;
  readonly children?: readonly Element[];
  readonly value?: string;
  readonly isBold?: boolean;
  readonly href?: string;
  readonly noteId?: string;
  readonly noteType?: string;
  readonly body?: readonly Element[];
  /** Set on a paragraph that Word numbers automatically. */
  readonly numbering?: unknown;
}

interface NotesLike {
  resolve(ref: Element): Element | null;
}

function isElement(x: unknown): x is Element {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';
}

/** Converts a .docx to Markdown text; throws when the file is not a Word document. */
export async function docxToText(buffer: Buffer): Promise<string> {
  let root: unknown;
  await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (d: unknown) => {
        root = d;
        return d;
      },
    },
  );
  if (!isElement(root)) throw new Error('no document body');
  const notes = (root as { notes?: NotesLike }).notes;
  const refs: { label: string; body: readonly Element[] }[] = [];
  // The numbers Word prints before its numbered paragraphs, which mammoth's model does not carry.
  const labels = await numberLabels(await JSZip.loadAsync(buffer));
  let next = 0;
  const ctx: WalkContext = {
    number: () => labels[next++],
    note: (el) => {
      const note = notes?.resolve(el);
      const label = String(refs.length + 1);
      refs.push({ label, body: note?.body ?? [] });
      return `[^${label}]`;
    },
  };
  const lines = blocks(root.children ?? [], ctx);
  // A note's paragraphs stay on lines of their own, with no blank line between them.
  const inNotes: WalkContext = { ...ctx, number: () => undefined };
  const noteLines = refs.map((r) => `[^${r.label}]: ${blocks(r.body, inNotes).map((l) => l.trim()).filter(Boolean).join('\n')}`);
  return [...lines, ...(noteLines.length > 0 ? ['', ...noteLines] : [])].join('\n\n').replace(/\n{3,}/g, '\n\n');
}

interface WalkContext {
  note(el: Element): string;
  /** The printed number of the next numbered paragraph of the main part. */
  number(): string | undefined;
}

function blocks(children: readonly Element[], ctx: WalkContext): string[] {
  const out: string[] = [];
  for (const el of children) {
    if (el.type === 'paragraph') out.push(numbered(el, ctx) + inline(el.children ?? [], ctx).replace(/\s+$/g, ''));
    else if (el.type === 'table') out.push(...table(el, ctx));
    else if (el.children) out.push(...blocks(el.children, ctx));
  }
  return out;
}

/** The number Word prints before a paragraph, with the space after it; '' when it has none. */
function numbered(el: Element, ctx: WalkContext): string {
  if (el.numbering === undefined || el.numbering === null) return '';
  const label = ctx.number();
  return label === undefined || label === '' ? '' : `${label} `;
}

function inline(children: readonly Element[], ctx: WalkContext): string {
  let text = '';
  for (const el of children) {
    if (el.type === 'text') text += el.value ?? '';
    else if (el.type === 'tab') text += ' ';
    else if (el.type === 'break') text += '\n';
    else if (el.type === 'noteReference') text += ctx.note(el);
    else if (el.type === 'hyperlink') {
      const inner = inline(el.children ?? [], ctx);
      text += el.href && inner.trim() === el.href ? `<${el.href}>` : inner;
    } else if (el.type === 'run') {
      const inner = inline(el.children ?? [], ctx);
      text += el.isBold && inner.trim() !== '' ? bold(inner) : inner;
    } else if (el.children) text += inline(el.children, ctx);
  }
  return text;
}

/** `**…**` around the words, spaces kept outside (Markdown needs the marks next to the words). */
function bold(s: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s);
  return `${m?.[1] ?? ''}**${m?.[2] ?? s}**${m?.[3] ?? ''}`;
}

function cellText(cell: Element, ctx: WalkContext): string[] {
  return blocks(cell.children ?? [], ctx);
}

/** A table of tasks (three columns or more) as Markdown; a layout table cell by cell. */
function table(el: Element, ctx: WalkContext): string[] {
  const rows = (el.children ?? []).filter((r) => r.type === 'tableRow');
  const width = Math.max(0, ...rows.map((r) => (r.children ?? []).length));
  if (width < 3) {
    const columns: string[][] = [];
    for (const r of rows) (r.children ?? []).forEach((c, k) => (columns[k] ??= []).push(...cellText(c, ctx)));
    return columns.flatMap((c) => [...c, '']);
  }
  const md = rows.map((r) => `| ${(r.children ?? []).map((c) => cellText(c, ctx).join(' ').replace(/\|/g, '\\|').trim()).join(' | ')} |`);
  const rule = `|${' --- |'.repeat(width)}`;
  return [[md[0] ?? '', rule, ...md.slice(1)].join('\n')];
}
