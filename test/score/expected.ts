/**
 * The expected files of the corpus (`test/fixtures/corpus/expected/*.yaml`): the answer key
 * (`KEY.md`) transcribed, one file per document. Read and checked here with zod.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** An agency as the key names it: a registry id, or a name the registry lacks (proposed). */
export const ExpectedAgency = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1),
    /** Other spellings the text uses for the same body. */
    aka: z.array(z.string().min(1)).optional(),
    proposed: z.literal(true),
    /** Province slug, when the body belongs to one. */
    province: z.string().optional(),
  }),
]);
export type ExpectedAgency = z.infer<typeof ExpectedAgency>;

/** A header value the OCR broke: right when the importer leaves it unread (flagged), wrong when it guesses. */
const Damaged = z.strictObject({ damaged: z.literal(true), printed: z.string(), real: z.string().optional() });

const Signer = z.strictObject({
  above: z.array(z.string()).optional(),
  authority: z.string().optional(),
  for: z.string().optional(),
  title: z.string().optional(),
  name: z.string().optional(),
});

export const ExpectedHeader = z.strictObject({
  kind: z.string(),
  /** `""`: a draft with a blank number. */
  number: z.union([z.string(), Damaged]),
  symbol: z.union([z.string(), Damaged]),
  /** ISO, partial for a draft (`2025`). */
  date: z.union([z.string(), Damaged]),
  issuer: ExpectedAgency,
  place: z.string(),
  /** `null`: the text has no signature block. */
  signer: Signer.nullable(),
  addressees: z.array(ExpectedAgency),
  /** Header fields left out of the score (uncertain in the key), with the reason. */
  unscored: z.record(z.string(), z.string()).optional(),
});
export type ExpectedHeader = z.infer<typeof ExpectedHeader>;

export const ExpectedLink = z.strictObject({
  /** File name of the parent document in the corpus, or a document outside it (`NĐ 15/2018/NĐ-CP`). */
  document: z.string(),
  /** The parent task in the key's notation; absent for a link to the whole document. */
  task: z.string().optional(),
  relation: z.enum(['implements', 'mirrors', 'supersedes', 'amends', 'responds', 'restates', 'implicit']),
  /** Whether the child cites the parent in its text (only these links are scored). */
  explicit: z.boolean(),
  note: z.string().optional(),
});
export type ExpectedLink = z.infer<typeof ExpectedLink>;

export const ExpectedTask = z.strictObject({
  /** The key's id (`Đ3.2.a`, `3·2`, `¶4`, `PL 5`); the product id is `productId(key)`. */
  key: z.string(),
  /** The key's summary of the task. */
  task: z.string(),
  /** The opening words of the task as printed, for pairing when the ids differ. */
  quote: z.string().optional(),
  lead: z.array(ExpectedAgency),
  coordinators: z.array(ExpectedAgency).default([]),
  /** Verbatim; `null`: none written. */
  deadline: z.string().nullable(),
  /** Other readings of the same deadline that count as right, each verbatim in the text (the rhythm alone, without the task's words). */
  deadline_also: z.array(z.string()).default([]),
  implements: z.array(ExpectedLink).default([]),
  /** `false`: a Judgement or UNCERTAIN row, not scored at all. */
  scored: z.boolean().default(true),
  /** Fields of a scored row left out (an inferred lead, a deadline the key paraphrases). */
  unscored: z.array(z.enum(['lead', 'coordinators', 'deadline'])).default([]),
  note: z.string().optional(),
});
export type ExpectedTask = z.infer<typeof ExpectedTask>;

export const ExpectedFinding = z.strictObject({
  /** A rule of `cascade check`, or a proposed rule id for a finding no rule makes yet. */
  rule: z.string(),
  document: z.string(),
  task: z.string().optional(),
  severity: z.enum(['error', 'warning', 'info']),
  /** Whether the finding rests on explicit citations (the key marks the others Judgement). */
  explicit: z.boolean(),
  note: z.string(),
});

export const Correction = z.strictObject({ key: z.string(), text: z.string(), reason: z.string() });

export const Expected = z.strictObject({
  file: z.string(),
  group: z.string(),
  part: z.enum(['tuning', 'held-out']),
  /** Corpus files to import before this one (its parents, explicit or implicit), in order. */
  after: z.array(z.string()).default([]),
  header: ExpectedHeader,
  /** What the key restricts the tasks to, when it does. */
  scope: z.string().optional(),
  tasks: z.array(ExpectedTask),
  findings: z.array(ExpectedFinding).default([]),
  corrections: z.array(Correction).default([]),
});
export type Expected = z.infer<typeof Expected>;

/** Every expected file of a folder, checked; a malformed file is an error naming it. */
export function readExpected(dir: string): Expected[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const parsed = Expected.safeParse(parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${join(dir, f)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}
