import { describe, expect, it } from 'vitest';
import type { Blockquote, List, Paragraph, Table } from 'mdast';
import { parseMarkdown } from './markdown.js';

describe('parseMarkdown', () => {
  it('records each list item marker as written', () => {
    const root = parseMarkdown('1) Một\n2) Hai\n\n+ Năm 2026\n+ Năm 2027\n');
    const lists = root.children.filter((n): n is List => n.type === 'list');
    expect(lists.map((l) => l.children.map((i) => i.data?.marker))).toEqual([
      ['1)', '2)'],
      ['+', '+'],
    ]);
  });
  it('parses GFM tables and footnotes', () => {
    const root = parseMarkdown('a[^1]\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[^1]: note\n');
    expect(root.children.map((n) => n.type)).toEqual(['paragraph', 'table', 'footnoteDefinition']);
    expect((root.children[0] as Paragraph).children.map((n) => n.type)).toEqual(['text', 'footnoteReference']);
  });
  it('records the widths of a delimiter row whose cells differ in length, and only then', () => {
    const widths = (md: string) => (parseMarkdown(md).children[0] as Table).data?.widths;
    expect(widths('| A | B | C |\n|:--:|:--------|---:|\n| 1 | 2 | 3 |\n')).toEqual([2, 8, 3]);
    const quoted = parseMarkdown('> | A | B |\n> |--|------|\n> | 1 | 2 |\n').children[0] as Blockquote;
    expect((quoted.children[0] as Table).data?.widths).toEqual([2, 6]);
    expect(widths('| A | B |\n|:---:|---|\n| 1 | 2 |\n')).toBeUndefined();
  });
  it('leaves `a)` and `2.1.` as paragraphs', () => {
    const root = parseMarkdown('a) Cơ quan thực hiện\n\n2.1. Nội dung\n');
    expect(root.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
  });
});
