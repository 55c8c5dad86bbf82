import { LineRuleType, Paragraph } from 'docx';

/**
 * The paragraph that closes a section followed by another (the letter before its landscape
 * appendix): Word keeps a section's properties in its last paragraph, and when the section ends
 * with a table (the signature block) the `docx` library adds an empty paragraph in the body's
 * 14-pt style, which a full page pushes onto a page of its own — a blank page before the annex.
 * This one is 1 pt high, so it fits under the table on the page the table ends on.
 */
export function sectionEnd(): Paragraph {
  return new Paragraph({
    children: [],
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
  });
}
