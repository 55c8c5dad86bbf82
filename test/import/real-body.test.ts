/**
 * The body of two real documents (test/fixtures/import/real/SOURCES.md): a resolution whose
 * programme and task table are printed after its signature, and a decision with articles, clauses
 * and points a–đ. What is asserted is what a reader of each document would write by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText, type ImportResult } from '../../src/import/import-text.js';
import { isTaskId } from '../../src/model/task-id.js';
import { registryAndDirective } from './cascades.js';

async function load(name: string): Promise<ImportResult> {
  return importText(readFileSync(`test/fixtures/import/real/${name}`, 'utf8'), await registryAndDirective(), { fileName: 'van-ban.txt' });
}

const deadlineOf = (t: ImportResult['tasks'][number]): string | undefined => {
  const d = t.task.deadline;
  return d === undefined ? undefined : typeof d === 'string' ? d : d.text;
};

describe('a resolution with its programme and task table after the signature', () => {
  it('reads the 18 numbered rows of the "DANH MỤC" table and the unnumbered one, with their deadlines as written', async () => {
    const r = await load('resolution-with-programme.txt');
    const rows = r.tasks.filter((t) => t.task.task.startsWith('PL.'));
    expect(rows.map((t) => t.task.task)).toEqual([
      'PL.1', 'PL.2', 'PL.3', 'PL.4', 'PL.5', 'PL.5-1', ...Array.from({ length: 13 }, (_, k) => `PL.${k + 6}`),
    ]);
    const byId = new Map(rows.map((t) => [t.task.task, t]));
    expect(deadlineOf(byId.get('PL.2')!)).toBe('Quý III năm 2022');
    expect(deadlineOf(byId.get('PL.5')!)).toBe('Quý III, năm 2022');
    expect(deadlineOf(byId.get('PL.5-1')!)).toBe('Năm 2025; Năm 2030');
    expect(deadlineOf(byId.get('PL.8')!)).toBe('Tháng 12, năm 2022');
    // The header row is structure: "TT" is no agency, "Nội dung công việc" no task.
    expect(rows.some((t) => /Nội dung công việc/u.test(String(t.task.text)))).toBe(false);
    expect(byId.get('PL.15')?.task.lead).toEqual(['bo-nv']);
  });

  it('reads the programme printed after the signature with its own numbering, and dates inside sentences', async () => {
    const r = await load('resolution-with-programme.txt');
    const byId = new Map(r.tasks.map((t) => [t.task.task, t]));
    expect(deadlineOf(byId.get('II.1.a')!)).toBe('Trong năm 2022');
    expect(deadlineOf(byId.get('III.2')!)).toBe('định kỳ trước ngày 31 tháng 12 hàng năm');
    expect(deadlineOf(byId.get('III.3')!)).toBe('định kỳ trước ngày 31 tháng 3 hàng năm');
    expect(byId.has('II.1.đ-1')).toBe(true);
    // Điều 1 issues the programme, Điều 2 says when it takes effect: provisions, not tasks.
    expect(byId.has('1')).toBe(false);
    expect(byId.has('2')).toBe(false);
    expect(byId.has('3')).toBe(true);
  });

  it('gives ids of the shared grammar only', async () => {
    const r = await load('resolution-with-programme.txt');
    expect(r.tasks.map((t) => t.task.task).filter((id) => !isTaskId(id))).toEqual([]);
  });
});

describe('a decision with articles, clauses and points a–đ', () => {
  it('numbers points under their clause and article (3.2.đ), and reads the rhythm beside a report on demand', async () => {
    const r = await load('decision-articles.txt');
    const ids = r.tasks.map((t) => t.task.task);
    // Clause 4.1 ("Quyết định này có hiệu lực thi hành kể từ ký ban hành") is read as the corpus key reads it: a task with its date.
    expect(ids).toEqual(['1', '2', '3.1', '3.2.a', '3.2.b', '3.2.c', '3.2.d', '3.2.đ', '4.1', '4.2']);
    const d = r.tasks.find((t) => t.task.task === '3.2.đ');
    expect(d && deadlineOf(d)).toBe('Định kỳ hằng năm');
    const inForce = r.tasks.find((t) => t.task.task === '4.1');
    expect(inForce && deadlineOf(inForce)).toBe('kể từ ký ban hành');
  });

  it('drops the page number printed inside the body', async () => {
    const r = await load('decision-articles.txt');
    const text = JSON.stringify(r.document.body);
    expect(text).not.toMatch(/"2"\]|"p":"2"/u);
    expect(r.notes.unplaced.map((u) => u.text)).not.toContain('2');
  });
});

