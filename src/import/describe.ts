import type { ProposedLink } from './link-proposals.js';
import type { KnownDocument } from '../model/citation.js';
import type { Document } from '../model/document.js';
import { readAgencies, type AgencyHit } from './agencies.js';
import type { ResolvedCitation } from './cites.js';
import type { RegistryView } from './context.js';
import type { IssuerGuess } from './issuer.js';
import { conf, linesLabel, tx, type Notebook } from './notes.js';
import type { LetterParts } from './zones.js';

/** An agency the registry lacks, proposed for it. */
export interface ProposedAgency {
  /** The id the draft already uses for it. */
  readonly id: string;
  readonly name: string;
  /** Lines of the source that name it. */
  readonly lines: readonly number[];
  /** Province it was named in, when known. */
  readonly province: string | undefined;
  /** For "các đơn vị trực thuộc Sở Y tế": a group of the units under this agency. */
  readonly under?: string;
}

/** New registry entries the draft refers to or mentions. */
export interface Proposals {
  readonly agencies: readonly ProposedAgency[];
  readonly documents: readonly KnownDocument[];
  /** Parent links below the threshold, left for review (links.ts). */
  readonly links?: readonly ProposedLink[];
}

/** Notes on the header fields: where each was read and how sure the reading is. */
export function describeHeader(
  doc: Document,
  parts: LetterParts,
  guess: IssuerGuess,
  citations: readonly ResolvedCitation[],
  implemented: readonly ResolvedCitation[],
  notes: Notebook,
): void {
  const withConf = (t: { vi: string; en: string }, c: number) => tx(`${t.vi} (${conf(c)})`, `${t.en} (${conf(c)})`);
  if (guess.issuer) notes.note(doc, withConf(guess.issuer.from, guess.issuer.confidence), 'issuer');
  if (guess.superior) notes.note(doc, withConf(guess.superior.from, guess.superior.confidence), 'superior');
  const n = parts.number;
  if (n) {
    const draft = n.number === '' ? tx(' (dự thảo: chưa có số)', ' (draft: no number yet)') : tx('', '');
    notes.note(doc, tx(`dòng ${n.line}: "Số: ${n.printed}"${draft.vi}`, `line ${n.line}: "Số: ${n.printed}"${draft.en}`), 'symbol');
  }
  if (parts.placeDate) {
    const partial = doc.date !== undefined && doc.date.length < 10;
    const l = parts.placeDate.line;
    notes.note(doc, tx(`dòng ${l}${partial ? ' (dự thảo: ngày chưa đủ)' : ''}`, `line ${l}${partial ? ' (draft: date incomplete)' : ''}`), 'date');
  }
  if (parts.subject) notes.note(doc, tx(`dòng ${parts.subject.line}`, `line ${parts.subject.line}`), 'subject');
  if (implemented.length > 0) {
    const list = implemented.map((c) => `${c.ref}: ${c.found.as} (${conf(c.confidence)})`).join('; ');
    notes.note(doc, tx(`văn bản thực hiện: ${list}`, `implements: ${list}`), 'implements');
  }
  const seen = new Set<string>();
  for (const c of citations) {
    if (c.confidence >= 0.9 || seen.has(c.ref)) continue;
    seen.add(c.ref);
    notes.note(doc, tx(`${c.found.as} → ${c.ref}: ${c.why.vi} (${conf(c.confidence)})`, `${c.found.as} → ${c.ref}: ${c.why.en} (${conf(c.confidence)})`), 'cites');
  }
}

/** Text after the signature that is neither list nor signature stays in the body, noted. */
export function keepUnplaced(parts: LetterParts, doc: Document, notes: Notebook): void {
  for (const b of parts.unplaced) {
    const node = { p: b.lines.join(' ') };
    doc.body.push(node);
    const why = tx('ở cuối văn bản, không phải nơi nhận hay chữ ký; giữ nguyên văn', 'at the end, neither distribution nor signature; kept as written');
    const at = linesLabel(b.start, b.end);
    notes.note(node, tx(`${at.vi}: ${why.vi}`, `${at.en}: ${why.en}`));
    notes.keep({ start: b.start, end: b.end, text: b.lines.join(' '), why, where: 'body' });
  }
  const sig = parts.signer;
  if (sig && sig.extra.length > 0) {
    const extra = sig.extra.join(' / ');
    notes.note(doc, tx(`phần chữ ký còn có: ${extra}`, `the signature block also reads: ${extra}`), 'signer');
    notes.keep({ start: sig.line, end: sig.line, text: extra, why: tx('mô hình chỉ giữ một thẩm quyền ký', 'the model keeps one signing authority'), where: 'signer' });
  }
}

/**
 * Agencies the letter names that the registry lacks: each gets an id when first met, so the draft
 * can name it (`{ ref: cao-bang.ttpvhcct, as: "Trung tâm Phục vụ hành chính công tỉnh" }`) and the
 * proposals file can add it. "các đơn vị trực thuộc Sở Y tế" becomes a group of the units under
 * that department.
 */
export class ProposalBook {
  private readonly agencies = new Map<string, { name: string; lines: number[]; id: string; under?: string }>();

  constructor(
    private readonly view: RegistryView,
    private readonly province: string | undefined,
  ) {}

  /** The proposed agency a name stands for, as a hit the draft can refer to. */
  agency(raw: string, line: number): AgencyHit {
    const name = withoutRole(raw.trim());
    const key = name.toLowerCase();
    let entry = this.agencies.get(key);
    if (!entry) {
      const under = unitsUnder(name, this.view, this.province);
      const stem = under ? `${under}-${initials(name.replace(/^các\s+/iu, '').replace(/\s+(?:trực thuộc|thuộc)\s.*$/u, ''))}` : `${this.province ? `${this.province}.` : ''}${initials(name)}`;
      const taken = new Set([...this.agencies.values()].map((a) => a.id));
      let id = stem;
      for (let k = 2; taken.has(id) || this.view.rank(id) !== undefined; k++) id = `${stem}-${k}`;
      entry = { name, lines: [], id, ...(under ? { under } : {}) };
      this.agencies.set(key, entry);
    }
    if (!entry.lines.includes(line)) entry.lines.push(line);
    return { id: entry.id, as: raw.trim(), via: 'exact', score: 0.5 };
  }

  /** Whether an id is one this book proposed. */
  has(id: string): boolean {
    return [...this.agencies.values()].some((a) => a.id === id);
  }

  /** The proposals: these agencies, and the documents cited but unknown. */
  proposals(citations: readonly ResolvedCitation[]): Proposals {
    const documents = new Map<string, KnownDocument>();
    for (const c of citations) if (c.proposal && !documents.has(c.proposal.id)) documents.set(c.proposal.id, c.proposal);
    return {
      documents: [...documents.values()],
      agencies: [...this.agencies.values()].map((a) => ({ id: a.id, name: a.name, lines: a.lines, province: this.province, ...(a.under ? { under: a.under } : {}) })),
    };
  }
}

/** Initials of a name's words, for a proposed id: "Trung tâm Phục vụ hành chính công tỉnh" → `ttpvhcct`. */
function initials(name: string): string {
  const out = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  return out === '' ? 'moi' : out;
}

const ROLE = /^(?:Thủ trưởng|Hiệu trưởng|Giám đốc|Chủ tịch|Lãnh đạo)\s+(?=các\s)/iu;

function withoutRole(name: string): string {
  return name.replace(ROLE, '');
}

/** "các đơn vị trực thuộc Sở Y tế" → the id of Sở Y tế, whose units the name groups. */
function unitsUnder(name: string, view: RegistryView, province: string | undefined): string | undefined {
  const m = /(?:^|\s)(?:trực thuộc|thuộc)\s+(.+)$/u.exec(name);
  if (!m?.[1]) return undefined;
  const read = readAgencies(m[1], view, { province });
  return read.hits.length === 1 && read.coverage >= 0.99 ? read.hits[0]?.id : undefined;
}
