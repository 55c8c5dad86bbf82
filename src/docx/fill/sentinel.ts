/**
 * Sentinels: the text put where a per-recipient field goes when a template is compiled. Letters and
 * digits only, so Markdown, Handlebars and the layout pass them through untouched; a short and a long
 * form, so that compiling with both shows whether the layout depends on the field's length.
 */

const OPEN = 'XQZ';
const CLOSE = 'ZQX';
const LONG_PAD = 96;

/** The sentinel of field number `index`; `long` pads it to the length of a long agency name. */
export function sentinel(index: number, long = false): string {
  return `${OPEN}${index}${long ? 'W'.repeat(LONG_PAD) : ''}${CLOSE}`;
}

/** Text split at its sentinels: `parts` has one more item than `slots` (the field number of each hole). */
export interface SplitText {
  readonly parts: readonly string[];
  readonly slots: readonly number[];
  /** An opening mark not followed by a whole sentinel: a field was changed on its way (upper-cased, cut). */
  readonly broken: boolean;
}

const WHOLE = new RegExp(`${OPEN}(\\d+)W*${CLOSE}`, 'g');

/** Splits text at every sentinel. */
export function splitAtSentinels(text: string): SplitText {
  const parts: string[] = [];
  const slots: number[] = [];
  let last = 0;
  for (const m of text.matchAll(WHOLE)) {
    parts.push(text.slice(last, m.index));
    slots.push(Number(m[1]));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  const marks = (re: RegExp): number => text.match(re)?.length ?? 0;
  const broken = marks(/xqz/gi) !== slots.length || marks(/zqx/gi) !== slots.length;
  return { parts, slots, broken };
}

/** Whether text holds any trace of a sentinel, whole or changed. */
export function hasSentinel(text: string): boolean {
  return /xqz|zqx/i.test(text);
}
