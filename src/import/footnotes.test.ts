import { describe, expect, it } from 'vitest';
import { splitFootnotes } from './footnotes.js';

describe('splitFootnotes', () => {
  it('takes the notes out where the page broke, blanks their lines and turns the markers into [^n]', () => {
    const lines = ['Sử dụng bộ học liệu¹ và tham gia² khóa học hoàn', '', '¹ - Video:', '<https://a.vn>', '² <https://b.vn>', '', 'thành học tập.'];
    const { lines: out, notes } = splitFootnotes(lines);
    expect(notes).toEqual([
      { label: '1', text: '- Video:\n<https://a.vn>', start: 3, end: 4 },
      { label: '2', text: '<https://b.vn>', start: 5, end: 5 },
    ]);
    expect(out).toEqual(['Sử dụng bộ học liệu[^1] và tham gia[^2] khóa học hoàn', '', '', '', '', '', 'thành học tập.']);
  });

  it('reads Markdown notes, and leaves a superscript that is no note ("m²") alone', () => {
    const { lines, notes } = splitFootnotes(['Diện tích 20 m² và tài liệu[^1].', '', '[^1]: Phụ lục kèm theo']);
    expect(notes.map((n) => [n.label, n.text])).toEqual([['1', 'Phụ lục kèm theo']]);
    expect(lines[0]).toBe('Diện tích 20 m² và tài liệu[^1].');
  });
});
