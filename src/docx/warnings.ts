/** What a warning is about; stable ids for callers and tests. */
export const WARNING_CODES = [
  'unknown-node',
  'html',
  'image',
  'footnote-undefined',
  'footnote-unused',
  'footnote-content',
  'header-overflow',
] as const;
/** One of {@link WARNING_CODES}. */
export type WarningCode = (typeof WARNING_CODES)[number];

/** Something the layout could not print as asked; collected and returned, never thrown. */
export interface LayoutWarning {
  readonly code: WarningCode;
  readonly message: string;
  /** The mdast node type concerned, when there is one. */
  readonly nodeType?: string;
  /** 1-based line and column in the Markdown source, when the node has a position. */
  readonly line?: number;
  readonly column?: number;
}

/** Language of user-facing messages. */
export type Lang = 'vi' | 'en';

/** A message in both languages; the caller's `lang` picks one. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** Collects warnings in the caller's language. */
export class WarningSink {
  readonly list: LayoutWarning[] = [];
  constructor(readonly lang: Lang) {}

  /** Records a warning, located at the node when it has a position. */
  add(code: WarningCode, text: Bilingual, node?: { readonly type: string; readonly position?: { readonly start: { readonly line: number; readonly column: number } } | undefined }): void {
    const start = node?.position?.start;
    this.list.push({
      code,
      message: text[this.lang],
      ...(node ? { nodeType: node.type } : {}),
      ...(start ? { line: start.line, column: start.column } : {}),
    });
  }
}
