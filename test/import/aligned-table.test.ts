/**
 * A task table laid out by pdftotext in columns of spaces reads as the same table in Markdown: NQ 88's
 * appendix (tuning group g02) re-laid as pdftotext prints a PDF table — cells wrapped to the width of
 * their column, a blank line between rows, the STT centred in its row — gives the same tasks, with
 * the same leads, coordinators and deadlines, as the `|` table it came from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/import/blocks.js';
import { importText, type ImportResult } from '../../src/import/import-text.js';
import { registryAndDirective } from './cascades.js';

const SOURCE = readFileSync('test/fixtures/corpus/g02-central-nq-88-nq-cp-chuong-trinh-hanh-dong-nq-10.txt', 'utf8').split('\n');
const WIDTHS = [4, 38, 18, 26, 26, 14];

/** Words of a cell wrapped to a width. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/u).filter(Boolean)) {
    if (line !== '' && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') out.push(line);
  return out;
}

/** One table row as pdftotext lays it out: cells side by side, three spaces between columns; the STT on the middle line. */
function layRow(cells: readonly string[], centreFirst: boolean): string[] {
  const wrapped = cells.map((c, k) => wrap(c, WIDTHS[k] ?? 20));
  const height = Math.max(...wrapped.map((w) => w.length));
  if (centreFirst && (wrapped[0]?.length ?? 0) === 1) {
    const mid = Math.floor((height - 1) / 2);
    wrapped[0] = [...Array.from({ length: mid }, () => ''), wrapped[0]?.[0] ?? ''];
  }
  return Array.from({ length: height }, (_, r) =>
    wrapped.map((w, k) => (w[r] ?? '').padEnd(WIDTHS[k] ?? 20)).join('   ').trimEnd(),
  );
}

/** The letter with its `|` table re-laid in columns of spaces. */
function relaid(): { text: string; rows: string[][] } {
  const first = SOURCE.findIndex((l) => l.startsWith('TT | '));
  let last = first;
  while (SOURCE[last + 1]?.includes(' | ')) last++;
  const rows = SOURCE.slice(first, last + 1).map((l) => l.split('|').map((c) => c.trim()));
  const laid = rows.flatMap((r, k) => [...layRow(r, k > 0), '']);
  return { text: [...SOURCE.slice(0, first), ...laid, ...SOURCE.slice(last + 1)].join('\n'), rows };
}

const view = (r: ImportResult): unknown[] =>
  r.tasks.filter((t) => t.task.task.startsWith('PL')).map((t) => ({
    id: t.task.task,
    text: t.task.text,
    lead: t.task.lead,
    coordinators: t.task.coordinators,
    deadline: t.task.deadline,
    products: t.task.products,
  }));

describe('a task table in columns of spaces (pdftotext layout)', () => {
  it('is one table block whose rows are the cells of the source table, wrapped lines joined', () => {
    const { text, rows } = relaid();
    const tables = segment(text.split('\n')).filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows).toEqual(rows);
  });

  it('gives the same tasks, leads, coordinators and deadlines as the Markdown table', async () => {
    const ctx = await registryAndDirective();
    const fromPipes = importText(SOURCE.join('\n'), ctx, { fileName: 'van-ban.txt' });
    const fromColumns = importText(relaid().text, ctx, { fileName: 'van-ban.txt' });
    expect(view(fromPipes).length).toBeGreaterThan(15);
    expect(view(fromColumns)).toEqual(view(fromPipes));
  });

  it('reads a group row printed across the columns as a heading, not a task', () => {
    const { text } = relaid();
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^\s*1\s{2,}/u.test(l) || /^\s+1\s+/u.test(l));
    const blank = lines.slice(0, at).lastIndexOf('');
    lines.splice(blank + 1, 0, 'I. NHIỆM VỤ TUYÊN TRUYỀN, HOÀN THIỆN THỂ CHẾ VÀ QUY HOẠCH KHOÁNG SẢN CẢ NƯỚC', '');
    const table = segment(lines).find((b) => b.kind === 'table');
    expect(table?.rows?.[1]?.slice(0, 2)).toEqual(['I', 'NHIỆM VỤ TUYÊN TRUYỀN, HOÀN THIỆN THỂ CHẾ VÀ QUY HOẠCH KHOÁNG SẢN CẢ NƯỚC']);
    expect(table?.rows?.[2]?.[0]).toBe('1');
  });

  it('ends at the paragraph that follows the table across the page', () => {
    const { text } = relaid();
    const lines = [...text.split('\n'), 'Các bộ, ngành, địa phương căn cứ Chương trình hành động này xây dựng kế hoạch triển khai cụ thể.'];
    const table = segment(lines).find((b) => b.kind === 'table');
    expect(table?.rows?.some((r) => r.join(' ').includes('căn cứ Chương trình hành động'))).toBe(false);
  });
});
