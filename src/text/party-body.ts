import { matchKey } from './normalize.js';

/**
 * A Party body that sits inside a state body: "Ban cán sự đảng Chính phủ", "Đảng đoàn Quốc hội",
 * "Đảng uỷ Sở Công Thương". A Party resolution addresses its duties to these; the state body they
 * sit in carries them out in its own documents (NQ 10-NQ/TW → Ban cán sự đảng Chính phủ → NQ 88/NQ-CP).
 */
const PARTY_BODY = /^(?:ban cán sự đảng|đảng đoàn|đảng ủy|đảng uỷ)\s+/u;

/** The folded name of the state body a Party body sits in, or undefined when the name is no Party body's. */
export function seatName(name: string): string | undefined {
  const folded = matchKey(name);
  const m = PARTY_BODY.exec(folded);
  return m === null ? undefined : folded.slice(m[0].length);
}

/** The agencies whose name or a variant is the body a Party body sits in ("Ban cán sự đảng Bộ TN&MT" → bo-tnmt). */
export function seatOf(name: string | undefined, agencies: Iterable<{ readonly id: string; readonly name: string; readonly variants?: readonly string[] | undefined }>): string[] {
  const seat = name === undefined ? undefined : seatName(name);
  if (seat === undefined) return [];
  const out: string[] = [];
  for (const a of agencies) if ([a.name, ...(a.variants ?? [])].some((n) => matchKey(n) === seat)) out.push(a.id);
  return out;
}
