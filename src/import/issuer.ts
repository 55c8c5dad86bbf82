import { provinceSlug } from '../text/slug.js';
import { KIND_CODES } from '../model/kind.js';
import { readAgencies } from './agencies.js';
import type { ImportContext, RegistryView } from './context.js';
import { headerName } from './header.js';
import { tx } from './notes.js';
import type { Text } from '../report/diagnostic.js';
import type { Line } from './zones.js';

/** A guess and where it came from, with a confidence between 0 and 1. */
export interface Guess<T> {
  readonly value: T;
  readonly confidence: number;
  /** Where it was read, for the comment. */
  readonly from: Text;
}

/** What the top of the letter says about who issued it. */
export interface IssuerInput {
  readonly agencyLines: readonly Line[];
  readonly place: string | undefined;
  readonly symbol: string | undefined;
  /** Paragraphs where the issuer speaks ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu …"). */
  readonly speech: readonly string[];
  readonly signerFor: string | undefined;
  /** The signing authority over `signerFor` ("TM" for "TM. BỘ CHÍNH TRỊ"). */
  readonly signerAuthority?: string | undefined;
  /** The authority line under a decision's subject: who decides. */
  readonly authority?: string | undefined;
}

/** Issuer, its superior and province. */
export interface IssuerGuess {
  readonly province: Guess<string> | undefined;
  readonly issuer: Guess<string> | undefined;
  readonly superior: Guess<string> | undefined;
  /** Header lines printed in the source, when they are not the registry's names. */
  readonly header: { readonly superior?: string[]; readonly issuer?: string[] } | undefined;
}

const PROVINCE_MENTION = /(?:Ủy ban nhân dân|UBND)\s+(tỉnh|thành phố|Thành phố)\s+([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3})/u;
const SPEAKS = /^(.{3,90}?)\s+(?:trân trọng|kính đề nghị|đề nghị|yêu cầu|ban hành|triển khai|báo cáo|hướng dẫn|thông báo)(?![\p{L}\p{N}])/u;

/** Works out the province, the issuer and its superior from the header, the symbol and the text. */
export function guessIssuer(input: IssuerInput, ctx: ImportContext, view: RegistryView): IssuerGuess {
  const fromHeader = headerAgencies(input.agencyLines, view);
  let province: Guess<string> | undefined = fromHeader.province;
  if (!province && input.place) {
    const slug = provinceSlug(input.place);
    if (view.provinces.has(slug)) province = { value: slug, confidence: 0.9, from: tx(`nơi ban hành "${input.place}"`, `place of issue "${input.place}"`) };
  }
  if (!province) {
    for (const s of input.speech) {
      const m = PROVINCE_MENTION.exec(s);
      const slug = m?.[2] ? provinceSlug(m[2]) : undefined;
      if (slug && view.provinces.has(slug)) {
        province = { value: slug, confidence: 0.7, from: tx(`"${m?.[0]}" trong văn bản`, `"${m?.[0]}" in the text`) };
        break;
      }
    }
  }
  const p = province?.value;
  let issuer = fromAuthority(input.authority, p, view) ?? fromHeader.issuer;
  if (!issuer && input.symbol) issuer = fromSymbol(input.symbol, p, view);
  if (!issuer) issuer = fromSignedFor(input.signerAuthority, input.signerFor, p, view);
  if (!issuer) issuer = fromSpeech(input.speech, p, ctx, view);
  if (!issuer && p && /^CHỦ TỊCH$/u.test(input.signerFor ?? '')) {
    issuer = { value: `${p}.ubnd`, confidence: 0.5, from: tx(`chữ ký "KT. ${input.signerFor}"`, `signature "KT. ${input.signerFor}"`) };
  }
  // "Hà Nội, ngày …" under a central body's header is where the capital's bodies sit, not a province's letter.
  if (issuer && province && !fromHeader.province && view.rank(issuer.value) === 0 && view.province(issuer.value) === undefined) province = undefined;
  if (issuer && !province) {
    const ip = view.province(issuer.value);
    if (ip) province = { value: ip, confidence: issuer.confidence, from: issuer.from };
  }
  let superior = fromHeader.superior;
  const reg = issuer ? ctx.agencies.get(issuer.value) : undefined;
  if (!superior && reg?.superior && reg.level === 'department') {
    superior = { value: reg.superior, confidence: 0.8, from: tx('cấp trên của cơ quan ban hành trong danh mục', "the issuer's superior in the registry") };
  }
  return { province, issuer, superior, header: fromHeader.header };
}

/** ỦY BAN NHÂN DÂN / TỈNH AN GIANG; or ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH / SỞ GIÁO DỤC VÀ ĐÀO TẠO. */
function headerAgencies(lines: readonly Line[], view: RegistryView): Pick<IssuerGuess, 'province' | 'issuer' | 'superior' | 'header'> {
  if (lines.length === 0) return { province: undefined, issuer: undefined, superior: undefined, header: undefined };
  const texts = lines.map((l) => l.text);
  const whole = view.matcher.match(headerName(texts));
  const from = tx(`dòng đầu văn bản "${headerName(texts)}"`, `header lines "${headerName(texts)}"`);
  if (whole) {
    const province = view.province(whole.id);
    return {
      province: province ? { value: province, confidence: 0.95, from } : undefined,
      issuer: { value: whole.id, confidence: 0.95, from },
      superior: undefined,
      header: undefined,
    };
  }
  for (let k = 1; k < texts.length; k++) {
    const sup = view.matcher.match(headerName(texts.slice(0, k)));
    if (!sup) continue;
    const province = view.province(sup.id);
    const own = view.matcher.match(headerName(texts.slice(k)), province ? { province } : {});
    if (!own) continue;
    return {
      province: province ? { value: province, confidence: 0.95, from } : undefined,
      issuer: { value: own.id, confidence: 0.9, from },
      superior: { value: sup.id, confidence: 0.9, from },
      header: undefined,
    };
  }
  return { province: undefined, issuer: undefined, superior: undefined, header: { issuer: [...texts] } };
}

/** `UBND-NC` → the province's UBND; `CT-TTg` → ttg; `SGDĐT-TCCB` → the province's Sở GD&ĐT. */
function fromSymbol(symbol: string, province: string | undefined, view: RegistryView): Guess<string> | undefined {
  const parts = symbol.split('-');
  const codes = new Set(Object.values(KIND_CODES).filter(Boolean).map((c) => (c ?? '').toUpperCase()));
  const code = parts.length > 1 && codes.has((parts[0] ?? '').toUpperCase()) ? parts[1] : parts[0];
  if (!code) return undefined;
  const m = view.matcher.match(code, province ? { province } : {});
  if (!m || m.via === 'fuzzy') return undefined;
  return { value: m.id, confidence: 0.8, from: tx(`ký hiệu "${symbol}" (mã "${code}")`, `symbol "${symbol}" (code "${code}")`) };
}

/** "Ủy ban nhân dân tỉnh Gia Lai trân trọng …", "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu …". */
function fromSpeech(speech: readonly string[], province: string | undefined, ctx: ImportContext, view: RegistryView): Guess<string> | undefined {
  for (const s of speech) {
    for (const sentence of s.split(/(?<=[.;,])\s+/)) {
      const m = SPEAKS.exec(sentence.trim());
      if (!m?.[1]) continue;
      const read = readAgencies(m[1], view, { province });
      const hit = read.hits[read.hits.length - 1];
      if (!hit || read.coverage < 0.6) continue;
      // The chair speaks for the committee: the letter is the committee's.
      const a = ctx.agencies.get(hit.id);
      const id = a && /^Chủ tịch/iu.test(a.name) && a.superior ? a.superior : hit.id;
      return { value: id, confidence: 0.65, from: tx(`câu "${m[0]} …"`, `sentence "${m[0]} …"`) };
    }
  }
  return undefined;
}

/** "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH LÀO CAI" under a decision's subject: the Chairman decides, not the committee. */
function fromAuthority(line: string | undefined, province: string | undefined, view: RegistryView): Guess<string> | undefined {
  if (!line) return undefined;
  const m = view.matcher.match(line, province ? { province } : {});
  if (!m || m.via === 'fuzzy') return undefined;
  return { value: m.id, confidence: 0.9, from: tx(`dòng thẩm quyền "${line}"`, `authority line "${line}"`) };
}

/** "T/M BỘ CHÍNH TRỊ" over the signature: the body the signer signs on behalf of issued the document. */
function fromSignedFor(authority: string | undefined, forWhom: string | undefined, province: string | undefined, view: RegistryView): Guess<string> | undefined {
  if (authority !== 'TM' || !forWhom) return undefined;
  const m = view.matcher.match(forWhom, province ? { province, fuzzy: false } : { fuzzy: false });
  if (!m || m.via === 'fuzzy') return undefined;
  return { value: m.id, confidence: 0.75, from: tx(`chữ ký "TM. ${forWhom}"`, `signature "TM. ${forWhom}"`) };
}
