/** An agency's name cut where its own part starts: "Ủy ban nhân dân xã " + "Ia Grai". */
export interface NameShape {
  /** Everything up to and including the last place word: the same for every commune of a kind. */
  readonly before: string;
  /** The unit's own name: what differs from one recipient to the next. */
  readonly proper: string;
}

const PLACE_WORD = /(?:^|\s)(?:tỉnh|thành phố|thị xã|xã|phường|đặc khu|quận|huyện)\s/giu;

/**
 * Cuts a name after its last place word ("xã", "phường", "đặc khu", "tỉnh", …), so that recipients
 * share a template by what comes before it and fill in only their own name. Views split letterheads
 * at the place word; keeping it out of the field keeps every view's split the same.
 */
export function nameShape(name: string): NameShape {
  const text = name.normalize('NFC');
  let end = 0;
  for (const m of text.matchAll(PLACE_WORD)) end = m.index + m[0].length;
  return { before: text.slice(0, end), proper: text.slice(end) };
}
