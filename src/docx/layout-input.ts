import type { Root } from 'mdast';

/**
 * What the Decree 30/2020 layout needs to print one document: plain data, already worded.
 * The view builders decide the words (agency names, recipients, dates); this layer decides only
 * where they go and how they look. Every string is printed as given, after NFC and control-character
 * clean-up, except where a field says the layout adds punctuation or padding.
 */

/** A date that may be partly blank in a draft; a missing part prints as a gap to write in by hand. */
export interface DocDate {
  readonly day?: number | undefined;
  readonly month?: number | undefined;
  readonly year?: number | undefined;
}

/** The first-page header (ô 1–5 of the decree's layout). */
export interface OfficialDocHeader {
  /** Superior agency lines, upper case, printed not bold (`ỦY BAN NHÂN DÂN`, `TỈNH GIA LAI`). */
  readonly superior?: readonly string[] | undefined;
  /** Issuing agency lines, upper case, printed bold with a short line under them; empty prints blank lines. */
  readonly issuer: readonly string[];
  /**
   * The line whose width sets the rule under the issuer (default: the widest issuer line). A form
   * filled per unit sets the line every unit shares (`ỦY BAN NHÂN DÂN`), so the rule does not move
   * with the unit's own name and one compiled form fills them all.
   */
  readonly ruleUnder?: string | undefined;
  /** The number as issued (`5900`); absent or empty in a draft, printed `Số:      /UBND-NC`. A number below 10 gets a leading 0. */
  readonly number?: string | undefined;
  /** The symbol after the slash (`UBND-NC`, `CT-TTg`). */
  readonly symbol?: string | undefined;
  /** Place name before the date (`Gia Lai`); a comma follows it. */
  readonly place?: string | undefined;
  /** Date of issue; missing parts print as blanks (`ngày     tháng 5 năm 2026`). */
  readonly date?: DocDate | undefined;
  /** Type name for a typed document (`CHỈ THỊ`, `KẾ HOẠCH`); absent for a công văn. */
  readonly kindTitle?: string | undefined;
  /**
   * Subject (trích yếu). A công văn prints it as `V/v …` under the number in the left header cell,
   * 12 pt; give it without the `V/v ` prefix. A typed document prints it bold under the type name.
   * A `\n` forces a line break where the drafter wants one.
   */
  readonly subject: string;
}

/** The signature block (ô 7a–7b). */
export interface SignerBlock {
  /** Authority and title lines, upper case: `['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']`. */
  readonly lines: readonly string[];
  /** Signer's name, under the room left for signature and seal; absent leaves the line blank. */
  readonly name?: string | undefined;
  /** With no name: an italic line under the title telling the signer what to do (`(Ký, ghi rõ họ tên, đóng dấu)`). */
  readonly hint?: string | undefined;
}

/** An appendix (phụ lục), printed in its own section with its own page numbers. */
export interface Appendix {
  /** Title lines, upper case (`PHỤ LỤC`, or `PHỤ LỤC I\nDANH MỤC NHIỆM VỤ`). */
  readonly title: string;
  /** Italic line under the title: `(Kèm theo Công văn số 5900/UBND-NC ngày 11/5/2026 của …)`. */
  readonly subtitle?: string | undefined;
  /** Content, parsed Markdown (see `parseMarkdown`). */
  readonly body: Root;
  /** Landscape pages, for a wide table. */
  readonly landscape?: boolean | undefined;
}

/** A picture the body shows where its Markdown says `![caption](name)`: PNG bytes and the size to print it at. */
export interface Picture {
  readonly png: Uint8Array;
  /** Printed size in CSS pixels (96 per inch); shrunk to the text width when wider. */
  readonly widthPx: number;
  readonly heightPx: number;
}

/** One document in the Decree 30/2020 layout. */
export interface OfficialDocInput {
  readonly header: OfficialDocHeader;
  /** Addressees (Kính gửi) without punctuation; one prints on the label's line, several one per line `- X;` … `- Y.`. Empty: no Kính gửi. */
  readonly to: readonly string[];
  /** Legal bases (căn cứ), printed in italics one per line; the layout ends them with `;` and the last with `.`. */
  readonly bases?: readonly string[] | undefined;
  /** The body as parsed Markdown (see `parseMarkdown`), including any closing line and `./.`. */
  readonly body: Root;
  /** Nơi nhận items without the leading `- ` and the trailing `;`/`.`, last usually `Lưu: VT, C6`. */
  readonly distribution: readonly string[];
  readonly signer: SignerBlock;
  readonly appendices?: readonly Appendix[] | undefined;
  /** A warning printed above the header of a draft that must not be signed as it is (`DỰ THẢO — CÒN LỖI`). */
  readonly banner?: string | undefined;
  /** Pictures by the name the Markdown gives them; an image whose name is not here prints its caption and a warning. */
  readonly pictures?: ReadonlyMap<string, Picture> | undefined;
}
