import { z } from 'zod';

/**
 * The layout profile: every size, margin and split the Decree 30/2020 layout leaves open.
 * Defaults are the "default" column of the project's format notes (the decree's own sample, and
 * the lower bound of each margin range); a value outside the decree's range is rejected.
 * Where the decree is silent (column splits, table and footnote text) the bounds are the project's.
 */

/** A closed range with its unit, as the decree writes it. */
interface Range {
  readonly min: number;
  readonly max: number;
  readonly unit: 'pt' | 'mm' | 'cm' | '' | '×';
}

/** Marks an issue as a range violation, so the message can quote the range. */
const RANGE_ISSUE = 'decree-range';

function ranged(def: number, range: Range) {
  return z
    .number()
    .superRefine((value, ctx) => {
      if (value < range.min || value > range.max) {
        ctx.addIssue({ code: 'custom', message: RANGE_ISSUE, params: { ...range, value } });
      }
    })
    .default(def);
}

const pt = (def: number, min: number, max = min) => ranged(def, { min, max, unit: 'pt' });

/** Font sizes in points, one per component of the first page and the appendix. */
const Sizes = z.strictObject({
  /** ô 1, `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`. */
  nationalTitle: pt(12, 12, 13),
  /** ô 1, `Độc lập - Tự do - Hạnh phúc`. */
  motto: pt(13, 13, 14),
  /** ô 2, the superior agency (not bold). */
  superior: pt(12, 12, 13),
  /** ô 2, the issuing agency (bold). */
  issuer: pt(12, 12, 13),
  /** ô 3, `Số: …`; the decree gives 13 only. */
  number: pt(13, 13),
  /** ô 4, place and date (italic). */
  date: pt(13, 13, 14),
  /** ô 5a, the type name (`CHỈ THỊ`). */
  kindTitle: pt(14, 13, 14),
  /** ô 5a, the subject of a typed document. */
  subject: pt(14, 13, 14),
  /** ô 5b, the `V/v …` subject of a công văn. */
  letterSubject: pt(12, 12, 13),
  /** ô 9a, `Kính gửi:`. */
  recipients: pt(14, 13, 14),
  /** ô 6, legal bases (căn cứ). */
  bases: pt(14, 13, 14),
  /** ô 6, the body. */
  body: pt(14, 13, 14),
  /** ô 7a/7b, signing authority, title and name. */
  signer: pt(14, 13, 14),
  /** ô 9b, `Nơi nhận:`; the decree gives 12 only. */
  distributionLabel: pt(12, 12),
  /** ô 9b, distribution items; the decree gives 11 only. */
  distributionItem: pt(11, 11),
  /** Appendix title and subtitle. */
  appendixTitle: pt(14, 13, 14),
  /** Page number in the top margin. */
  pageNumber: pt(13, 13, 14),
  /** Text inside tables: the decree is silent; project bounds. */
  table: pt(13, 11, 14),
  /** Footnote text: the decree is silent; project bounds. */
  footnote: pt(12, 10, 14),
});

const Margins = z.strictObject({
  top: ranged(20, { min: 20, max: 25, unit: 'mm' }),
  bottom: ranged(20, { min: 20, max: 25, unit: 'mm' }),
  left: ranged(30, { min: 30, max: 35, unit: 'mm' }),
  right: ranged(15, { min: 15, max: 20, unit: 'mm' }),
});

const Body = z.strictObject({
  /** First-line indent: the decree allows 1 cm or 1.27 cm. */
  indentCm: z
    .number()
    .superRefine((value, ctx) => {
      if (value !== 1 && value !== 1.27) {
        ctx.addIssue({ code: 'custom', message: RANGE_ISSUE, params: { min: 1, max: 1.27, unit: 'cm', value, oneOf: true } });
      }
    })
    .default(1.27),
  /** Space after each paragraph: at least 6 pt. */
  spacingAfterPt: ranged(6, { min: 6, max: Number.POSITIVE_INFINITY, unit: 'pt' }),
  /** Line spacing as a multiple of single: single to 1.5 lines. */
  lineSpacing: ranged(1, { min: 1, max: 1.5, unit: '×' }),
});

const fraction = (def: number) => ranged(def, { min: 0.3, max: 0.6, unit: '' });

/** The complete profile schema; every field has a default, so `{}` is the default profile. */
export const LayoutProfile = z.strictObject({
  /** The decree asks for Times New Roman; a Unicode font of the same metrics could stand in. */
  font: z.string().min(1).default('Times New Roman'),
  sizes: Sizes.prefault({}),
  marginsMm: Margins.prefault({}),
  body: Body.prefault({}),
  /** Share of the text width given to the header's left (agency) column. */
  headerLeft: fraction(0.4),
  /** Share of the text width given to the `Nơi nhận` column of the bottom block. */
  bottomLeft: fraction(0.45),
  /** Length of the line under the issuer and under a typed document's subject, as a share of the text above. */
  ruleRatio: ranged(0.4, { min: 1 / 3, max: 0.5, unit: '×' }),
  /** Distance of the page number from the top edge of the page, inside the top margin. */
  pageNumberFromTopMm: ranged(10, { min: 5, max: 15, unit: 'mm' }),
});

/** A resolved profile: every value present and inside its range. */
export type LayoutProfile = z.output<typeof LayoutProfile>;
/** What a caller may pass: any subset of the profile. */
export type LayoutProfileInput = z.input<typeof LayoutProfile>;

/** The default profile. */
export const DEFAULT_PROFILE: LayoutProfile = LayoutProfile.parse({});

/** One rejected profile value. */
export interface ProfileIssue {
  /** Dotted path of the field, e.g. `marginsMm.top`. */
  readonly field: string;
  readonly value: unknown;
  /** The allowed range as text, e.g. `20–25 mm`, when the issue is a range violation. */
  readonly range?: string;
  readonly message: string;
}

/** The result of checking a profile. */
export type ProfileResult =
  | { readonly ok: true; readonly profile: LayoutProfile }
  | { readonly ok: false; readonly issues: readonly ProfileIssue[] };

function rangeText(p: Readonly<Record<string, unknown>>, lang: 'vi' | 'en'): string {
  const unit = p['unit'] ? ` ${String(p['unit'])}` : '';
  const fmt = (n: unknown) => (typeof n === 'number' ? String(Math.round(n * 1000) / 1000) : String(n));
  if (p['oneOf']) return `${fmt(p['min'])}${unit} ${lang === 'vi' ? 'hoặc' : 'or'} ${fmt(p['max'])}${unit}`;
  if (p['max'] === Number.POSITIVE_INFINITY) return `≥ ${fmt(p['min'])}${unit}`;
  if (p['min'] === p['max']) return `${fmt(p['min'])}${unit}`;
  return `${fmt(p['min'])}–${fmt(p['max'])}${unit}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function toIssue(issue: z.core.$ZodIssue, input: unknown, lang: 'vi' | 'en'): ProfileIssue {
  const field = issue.path.map(String).join('.');
  const params = issue.code === 'custom' && issue.message === RANGE_ISSUE ? issue.params : undefined;
  if (params) {
    const range = rangeText(params, lang);
    const value = params['value'];
    const message =
      lang === 'vi'
        ? `\`${field}\` = ${String(value)} nằm ngoài khoảng cho phép ${range} (Nghị định 30/2020/NĐ-CP)`
        : `\`${field}\` = ${String(value)} is outside the allowed range ${range} (Decree 30/2020/ND-CP)`;
    return { field, value, range, message };
  }
  const value = valueAt(input, issue.path);
  const message =
    lang === 'vi'
      ? `\`${field}\` = ${JSON.stringify(value)} không hợp lệ: ${issue.message}`
      : `\`${field}\` = ${JSON.stringify(value)} is invalid: ${issue.message}`;
  return { field, value, message };
}

/** Checks a profile against the decree's ranges; every rejected value is reported. */
export function checkProfile(input: unknown, lang: 'vi' | 'en' = 'vi'): ProfileResult {
  const parsed = LayoutProfile.safeParse(input ?? {});
  if (parsed.success) return { ok: true, profile: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => toIssue(i, input, lang)) };
}

/** Thrown by {@link resolveProfile} when a profile value is outside the decree's range. */
export class ProfileError extends Error {
  readonly issues: readonly ProfileIssue[];
  constructor(issues: readonly ProfileIssue[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'ProfileError';
    this.issues = issues;
  }
}

/** Resolves a partial profile to a complete one, throwing {@link ProfileError} on a bad value. */
export function resolveProfile(input?: LayoutProfileInput, lang: 'vi' | 'en' = 'vi'): LayoutProfile {
  const result = checkProfile(input, lang);
  if (!result.ok) throw new ProfileError(result.issues);
  return result.profile;
}
