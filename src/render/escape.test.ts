import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../docx/markdown.js';
import { escapeMarkdown } from './escape.js';

function parsedText(md: string): string {
  const root = parseMarkdown(md);
  const out: string[] = [];
  const walk = (n: { type: string; value?: string; children?: unknown[] }): void => {
    if (n.type !== 'text' && n.type !== 'root' && n.type !== 'paragraph') out.push(`<${n.type}>`);
    if (typeof n.value === 'string') out.push(n.value);
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(root as never);
  return out.join('');
}

describe('escapeMarkdown', () => {
  it('prints “Sở KH&CN” as written, not as an entity or HTML', () => {
    expect(parsedText(escapeMarkdown('Sở KH&CN và Sở GD&amp;ĐT <b>'))).toBe('Sở KH&CN và Sở GD&amp;ĐT <b>');
  });

  it('keeps * and _ from turning into emphasis', () => {
    expect(parsedText(escapeMarkdown('a *b* c_d_e __f__'))).toBe('a *b* c_d_e __f__');
  });

  it('keeps [^1], links and table pipes literal', () => {
    expect(parsedText(escapeMarkdown('x[^1] [a](b) | c'))).toBe('x[^1] [a](b) | c');
  });

  it('does not let a leading number or dash start a list', () => {
    expect(parsedText(escapeMarkdown('2026. Năm'))).toBe('2026. Năm');
    expect(parsedText(escapeMarkdown('- gạch'))).toBe('- gạch');
    expect(parsedText(escapeMarkdown('# tiêu đề'))).toBe('# tiêu đề');
  });

  it('joins lines, so a newline in the data cannot open a block', () => {
    expect(escapeMarkdown('một\n- hai')).toBe('một - hai');
  });
});
