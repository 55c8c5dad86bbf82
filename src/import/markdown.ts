import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The Markdown syntax tree of a text, with positions. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** The text of a node without its Markdown: emphasis dropped, links as their text. */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'footnoteReference') return '';
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

// Inline syntax (emphasis, code, links, escapes, entities, strikethrough, tables, headings), or a
// line that opens a list, a quote or an indented code block.
const MAY_BE_MARKDOWN = /[*_`[\]<>\\&~|#=!]|(?:^|\n)\s*(?:[-+]|\d+[.)])(?:\s|$)|(?:^|\n) {4}|--|:\/\/|www\./;

/**
 * The words of one line or paragraph of Markdown inline text, without the marks: `**Trong tháng
 * 6/2026.**` → `Trong tháng 6/2026.`, `<https://a.b>` → `https://a.b`, `[^1]` dropped.
 */
export function plain(inline: string): string {
  // Most lines carry no Markdown at all: parsing them would only give them back.
  if (!MAY_BE_MARKDOWN.test(inline)) return inline.replace(/\s+/g, ' ').trim();
  // A leading marker would read as a list; the inline text is all that is wanted here.
  const guarded = inline.replace(/^(\s*)([-+*#>]|\d+[.)])(?=\s|$)/, '$1\\$2');
  const root = parseMarkdown(guarded);
  return root.children
    .map(textOf)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
