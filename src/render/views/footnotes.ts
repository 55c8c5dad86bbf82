import { nfc } from '../../text/normalize.js';

/** A footnote as the templates print it: `[^label]: text`, the text's further lines already indented. */
export interface FootnoteView {
  readonly label: string;
  readonly text: string;
}

// Continuation lines of a footnote definition are indented by four spaces.
const INDENT = '    ';

/**
 * A footnote's Markdown: its lines kept as lines (a link on its own line stays there, by a hard
 * break), a line starting `- ` kept as a list item, everything indented under the definition.
 */
export function footnoteView(label: string, text: string): FootnoteView {
  const lines = nfc(text).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const broken = lines.map((line, i) => {
    const next = lines[i + 1];
    return next !== undefined && !next.startsWith('- ') ? `${line}\\` : line;
  });
  const body = broken.length > 1 || broken[0]?.startsWith('- ') ? `\n${broken.map((l) => INDENT + l).join('\n')}` : ` ${broken[0] ?? ''}`;
  return { label, text: body };
}

/** The footnotes of a document, in label order as they were written. */
export function footnotesView(footnotes: Readonly<Record<string, string>>): FootnoteView[] {
  return Object.entries(footnotes).map(([label, text]) => footnoteView(label, text));
}
