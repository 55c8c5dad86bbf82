import type { Document } from '../model/document.js';
import type { Node } from '../model/body.js';
import type { AgencyRef } from '../model/task.js';
import { nfc } from '../text/normalize.js';
import { readAgencies, type AgencyHit } from './agencies.js';
import { findAttachments } from './attachments.js';
import { segment, type Block } from './blocks.js';
import { buildBody, refOf, type BuiltTask } from './build-body.js';
import { kindOfSymbol } from './citations.js';
import { citesOf } from './cites.js';
import { type ImportContext, registryView, type RegistryView } from './context.js';
import { describeHeader, keepUnplaced, ProposalBook, type Proposals } from './describe.js';
import { documentId } from './doc-id.js';
import { collectCitations, implementedDocs } from './doc-links.js';
import { splitFootnotes } from './footnotes.js';
import { guessIssuer } from './issuer.js';
import { linkParents, type LinkOptions } from './links.js';
import { plain } from './markdown.js';
import { applyPrintSettings } from './print-fields.js';
import { linesLabel, Notebook, tx } from './notes.js';
import { buildOutline } from './outline.js';
import { rejoin } from './rejoin.js';
import { relocate, unfoldLayout } from './layout.js';
import { damageWarnings } from './damage.js';
import { shapeItems } from './shape.js';
import { looksLikeName } from './task-fields.js';
import { splitParts, type LetterParts } from './zones.js';
import { paragraphTasks } from './letter-paragraphs.js';

/** The draft and everything the importer has to say about it. */
export interface ImportResult {
  readonly document: Document;
  readonly notes: Notebook;
  readonly proposals: Proposals;
  /** The tasks of the draft, with the parent links found. */
  readonly tasks: readonly BuiltTask[];
  /** Whether the letter reads as one to a higher level (no tasks). */
  readonly upward: boolean;
}

/** Options of `importText`. */
export interface ImportTextOptions {
  /** The source's file name, for the id of a document that has no number or date. */
  readonly fileName?: string;
  /** Receives each task's ranked parent candidates (for tuning and tests). */
  readonly trace?: LinkOptions['trace'];
}

/**
 * Imports the text of a letter (plain text or Markdown, NFC or not) into a draft document of the
 * model, with notes on every guess and the text it could not place.
 */
export function importText(source: string, ctx: ImportContext, opts: ImportTextOptions = {}): ImportResult {
  const notes = new Notebook();
  const view = registryView(ctx);
  const laid = unfoldLayout(nfc(source).split('\n'));
  const split = splitFootnotes(laid.lines);
  const parts = splitParts(rejoin(relocate(segment(split.lines), laid.origin)));
  for (const w of damageWarnings(nfc(source).split('\n'), parts.damaged)) notes.warn(w);
  const outline = buildOutline(parts.body);
  const { bases, preamble } = splitBases(outline.preamble);

  const guess = guessIssuer(
    {
      agencyLines: parts.agencyLines,
      place: parts.placeDate?.place,
      symbol: parts.number?.symbol,
      speech: [...preamble, ...parts.closing].map((b) => plain(b.lines.join(' '))),
      signerFor: parts.signer?.signer.for,
      signerAuthority: parts.signer?.signer.authority,
      authority: parts.authority?.text,
    },
    ctx,
    view,
  );
  const province = guess.province?.value;
  const book = new ProposalBook(view, province);
  const to = addressees(parts, ctx, view, province, book);
  const strangers = to.flatMap((t) => t.hits.filter((h) => book.has(h.id)).map((h) => h.as));
  const upward = isUpward(guess.issuer?.value, to, view);

  // A letter that numbers nothing: its paragraphs that charge a body with work are its tasks.
  const letter = upward || outline.items.length > 0 ? { items: outline.items, preamble, closing: [...parts.closing] } : paragraphTasks(preamble, parts.closing);
  const shaped = shapeItems(letter.items, { view, province, upward });
  const built = buildBody(shaped, { ctx, view, province, notes, addressees: upward ? [] : to.flatMap((t) => t.hits), book });
  const body: Node[] = [...built.body, ...strayNodes(outline.stray, notes)];

  const fields = applyPrintSettings(built.tasks);
  const kind = parts.kindTitle ?? (parts.vv ? 'cong-van' : parts.number ? kindOfSymbol(parts.number.symbol) : undefined) ?? 'cong-van';
  const citing = { subject: parts.subject?.text, bases, preamble: letter.preamble, body, closing: letter.closing };
  const citations = collectCitations(citing, ctx);
  // A parent the draft cannot point at (neither modelled, nor known, nor proposed: a decree the model has no id for) stays a citation in the text.
  const parents = upward ? [] : implementedDocs(citing, ctx);
  const implemented = parents.filter((c) => c.proposal !== undefined || ctx.documentsById.has(c.ref) || ctx.known.has(c.ref));
  const unmodelled = parents.filter((c) => !implemented.includes(c));
  const id = documentId({
    kind,
    number: parts.number?.number,
    symbol: parts.number?.symbol,
    date: parts.placeDate?.date,
    // A central issuer's letter is named by its symbol, wherever it was signed.
    province: guess.issuer ? view.province(guess.issuer.value) : province,
    issuer: guess.issuer?.value,
    fileStem: opts.fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''),
  });

  const doc: Document = {
    id,
    kind,
    ...(parts.number && parts.number.number !== '' ? { number: parts.number.number } : {}),
    ...(parts.number ? { symbol: parts.number.symbol } : {}),
    ...(guess.issuer ? { issuer: guess.issuer.value } : {}),
    ...(guess.superior ? { superior: guess.superior.value } : {}),
    ...(guess.header ? { header: guess.header } : {}),
    ...(parts.placeDate?.place ? { place: parts.placeDate.place } : parts.damagedPlace ? { place: parts.damagedPlace } : {}),
    ...(parts.placeDate ? { date: parts.placeDate.date } : {}),
    ...(parts.subject ? { subject: parts.subject.text } : {}),
    to: to.flatMap((t) => t.refs),
    implements: implemented.map((r) => r.ref),
    // Citations of kinds the model has no id for (Thông tư, Nghị định) stay in the text only.
    cites: citesOf(citations.filter((c) => c.proposal !== undefined || c.confidence > 0.5)),
    ...(bases.length > 0 ? { bases: bases.map((b) => b.lines.join(' ')) } : {}),
    ...(letter.preamble.length > 0 ? { preamble: paragraphs(letter.preamble) } : {}),
    ...(fields ? { fields } : {}),
    body,
    ...(letter.closing.length > 0 ? { closing: paragraphs(letter.closing) } : {}),
    footnotes: Object.fromEntries(split.notes.map((n) => [n.label, n.text])),
    not_applicable: [],
    ...(parts.signer ? { signer: parts.signer.signer } : {}),
    distribution: parts.distribution.map((d) => d.text),
  };
  const attachments = findAttachments([...letter.preamble, ...letter.closing].map((b) => b.lines.join(' ')).concat(bodyTexts(body)));
  if (attachments.length > 0) doc.attachments = attachments;
  const unknown = unknownParts(doc);
  if (unknown.length > 0) doc.unknown = unknown;

  if (unmodelled.length > 0) {
    const list = unmodelled.map((c) => `"${[c.found.kindWord, c.found.as].filter(Boolean).join(" ")}"`).join(', ');
    notes.note(doc, tx(`văn bản được thực hiện chưa có trong mô hình, giữ là trích dẫn: ${list}`, `implemented document not in the model, kept as a citation: ${list}`), 'implements');
  }
  if (strangers.length > 0) {
    const list = strangers.map((s) => `"${s}"`).join(', ');
    notes.note(doc, tx(`chưa có trong danh mục: ${list} (xem đề xuất bổ sung)`, `not in the registry: ${list} (see the proposals)`), 'to');
  }
  const links = linkParents(doc, built.tasks, implemented.map((r) => r.ref), ctx, notes, opts.trace ? { trace: opts.trace } : {});
  describeHeader(doc, parts, guess, citations, implemented, notes);
  keepUnplaced(parts, doc, notes);
  return { document: doc, notes, proposals: { ...book.proposals(citations), links }, tasks: built.tasks, upward };
}

const paragraphs = (blocks: readonly Block[]): string | string[] =>
  blocks.length === 1 ? (blocks[0]?.lines.join(' ') ?? '') : blocks.map((b) => b.lines.join(' '));

/** "Căn cứ …" paragraphs at the start are the legal bases; the rest is the preamble. */
function splitBases(blocks: readonly Block[]): { bases: Block[]; preamble: Block[] } {
  let k = 0;
  while (k < blocks.length && /^(?:\*|_)?Căn cứ(?![\p{L}\p{N}])/u.test(blocks[k]?.lines[0] ?? '')) k++;
  return { bases: blocks.slice(0, k), preamble: blocks.slice(k) };
}

interface Addressee {
  readonly hits: AgencyHit[];
  readonly refs: AgencyRef[];
}

/** The addressees as agencies; names the registry lacks are proposed, and addressed by their proposed id. */
function addressees(parts: LetterParts, ctx: ImportContext, view: RegistryView, province: string | undefined, book: ProposalBook): Addressee[] {
  return parts.to.map((line) => {
    // "Đồng chí Hoàng Văn A - Phó Giám đốc Sở": a person with a title is one addressee.
    if (/^(?:Đồng chí|Đ\/c|Ông|Bà)\s/iu.test(line.text)) {
      const hit = book.agency(line.text, line.line);
      return { hits: [hit], refs: [refOf(hit, ctx)] };
    }
    const read = readAgencies(line.text, view, { province, fuzzy: true });
    const strangers = read.rest.filter((r) => looksLikeName(r) || read.hits.length === 0).map((r) => book.agency(r, line.line));
    const hits = [...read.hits, ...strangers];
    return { hits, refs: hits.map((h) => refOf(h, ctx)) };
  });
}

/** A letter to a higher level than its issuer (a province to a ministry) assigns no tasks. */
function isUpward(issuer: string | undefined, to: readonly Addressee[], view: RegistryView): boolean {
  const own = issuer ? view.rank(issuer) : undefined;
  const ranks = to.flatMap((t) => t.hits.map((h) => view.rank(h.id)));
  return own !== undefined && ranks.length > 0 && ranks.every((r) => r !== undefined && r < own);
}

/** Blocks the outline could not place: kept as paragraphs, noted and reported. */
function strayNodes(stray: readonly Block[], notes: Notebook): Node[] {
  return stray.map((b) => {
    const text = b.lines.join(b.kind === 'table' ? '\n' : ' ');
    const node = { p: text };
    const why = tx('không xếp được vào mục nào, giữ nguyên văn', 'could not be placed under any item; kept as written');
    const at = linesLabel(b.start, b.end);
    notes.note(node, tx(`${at.vi}: ${why.vi}`, `${at.en}: ${why.en}`));
    notes.keep({ start: b.start, end: b.end, text, why, where: 'body' });
    return node;
  });
}

function bodyTexts(nodes: readonly Node[]): string[] {
  return nodes.flatMap((n) => {
    const own = 'p' in n ? [n.p].flat() : 'text' in n && n.text !== undefined ? [n.text].flat() : [];
    return [...own, ...('items' in n && n.items ? bodyTexts(n.items) : [])];
  });
}

function unknownParts(doc: Document): NonNullable<Document['unknown']> {
  const out: NonNullable<Document['unknown']> = [];
  if (doc.symbol === undefined) out.push('number');
  if (doc.date === undefined) out.push('date');
  if (doc.issuer === undefined) out.push('issuer');
  if (doc.place === undefined && doc.issuer === undefined) out.push('place');
  if (doc.subject === undefined) out.push('subject');
  if (doc.signer === undefined) out.push('signer');
  return out;
}
