/**
 * Sentinels: the text put where a per-recipient field goes when a template is compiled. Letters and
 * digits only, so Markdown, Handlebars and the layout pass them through; in mixed case, so a field the
 * views print upper case (a letterhead) is told apart from one printed as given, and any other change
 * (a first letter lowered, a cut) shows as a broken sentinel. A short and a long form: compiling with
 * both shows whether the layout depends on a field's length.
 */

const OPEN = 'Xqz';
const CLOSE = 'Zqx';
const PAD = 'Wq';
const LONG_PADS = 48;

/** How a hole prints its field: as given, or upper or lower case (the view changed the sentinel so). */
export type FieldCase = 'same' | 'upper' | 'lower';

/** A hole: which field, in which case. */
export interface Slot {
  readonly field: number;
  readonly case: FieldCase;
}

/** The sentinel of field number `index`; `long` pads it to the length of a long agency name. */
export function sentinel(index: number, long = false): string {
  return `${OPEN}${index}${long ? PAD.repeat(LONG_PADS) : ''}${CLOSE}`;
}

/** Text split at its sentinels: `parts` has one more item than `slots`. */
export interface SplitText {
  readonly parts: readonly string[];
  readonly slots: readonly Slot[];
  /** A trace of a sentinel that is not a whole one in a single case: a field was changed on its way. */
  readonly broken: boolean;
}

const FORMS: readonly [FieldCase, (s: string) => string][] = [
  ['same', (s) => s],
  ['upper', (s) => s.toUpperCase()],
  ['lower', (s) => s.toLowerCase()],
];
const WHOLE = new RegExp(
  FORMS.map(([, f]) => `${f(OPEN)}(?:\\d+)(?:${f(PAD)})*${f(CLOSE)}`).join('|'),
  'g',
);

function caseOf(opening: string): FieldCase {
  return FORMS.find(([, f]) => f(OPEN) === opening)?.[0] ?? 'same';
}

/** Splits text at every sentinel. */
export function splitAtSentinels(text: string): SplitText {
  const parts: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const m of text.matchAll(WHOLE)) {
    parts.push(text.slice(last, m.index));
    slots.push({ field: Number(/\d+/.exec(m[0])?.[0]), case: caseOf(m[0].slice(0, OPEN.length)) });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  const marks = (re: RegExp): number => text.match(re)?.length ?? 0;
  const broken = marks(/xqz/gi) !== slots.length || marks(/zqx/gi) !== slots.length;
  return { parts, slots, broken };
}
