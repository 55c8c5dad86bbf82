import type { Block } from './blocks.js';
import { columnOf } from './table.js';

/**
 * Task tables as pdftotext lays them out: no `|`, the columns side by side with runs of spaces
 * between them. A table starts at a header line whose cells name a task table's columns ("TT",
 * "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"); the gaps between its cells are the column bounds,
 * narrowed by every line after it (a cell's text runs into a wide header gap), and the table ends
 * at the first line that bridges a gap (a paragraph across the page). A row starts where the first
 * column holds a number; the lines under it are its cells wrapped (continuation lines), and a row
 * between blank lines whose number sits lower down (centred in its cell) is still one row. A group
 * row ("I. NHIỆM VỤ CHUNG") printed across the columns is kept as its number and its text.
 */

interface Gap {
  /** First and last (inclusive) column of spaces between two columns. */
  from: number;
  to: number;
}

const HEADER_GAP = /\S(\s{2,})(?=\S)/gu;
const ID_CELL = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?$/u;
const GROUP_ROW = /^\s*([IVXLC]{1,6}|[A-Z])[.)]?\s+(\S.*)$/u;

/** The space-aligned task tables among `lines` (0-based index of the first and last line, 1-based in the blocks). */
export function alignedTables(lines: readonly string[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = tableAt(lines, i);
    if (!found) continue;
    out.push(found);
    i = found.end - 1;
  }
  return out;
}

/** The header cells of a line: their text and where each starts and ends. */
function spans(line: string): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  let from = line.length - line.trimStart().length;
  for (const m of line.matchAll(HEADER_GAP)) {
    const at = (m.index ?? 0) + 1;
    out.push({ text: line.slice(from, at), from, to: at });
    from = at + (m[1]?.length ?? 0);
  }
  const rest = line.trimEnd();
  if (from < rest.length) out.push({ text: rest.slice(from), from, to: rest.length });
  return out;
}

/** Whether a line can open a task table: three cells or more, one naming the task, one a lead, partner or deadline. */
function looksLikeHeader(line: string): boolean {
  if (line.includes('|') || !/\S\s{2,}\S/u.test(line)) return false;
  const cells = spans(line);
  if (cells.length < 3) return false;
  const cols = cells.map((c) => columnOf(c.text));
  return cols.includes('text') && cols.some((c) => c === 'lead' || c === 'deadline' || c === 'coordinators');
}

function tableAt(lines: readonly string[], h: number): Block | undefined {
  const head = lines[h] ?? '';
  if (!looksLikeHeader(head)) return undefined;
  const cells = spans(head);
  const gaps: Gap[] = cells.slice(1).map((c, k) => ({ from: (cells[k] as { to: number }).to, to: c.from - 1 }));
  let last = h;
  let blanks = 0;
  for (let i = h + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      if (++blanks >= 3) break;
      continue;
    }
    if (groupRow(line, gaps)) {
      blanks = 0;
      last = i;
      continue;
    }
    const narrowed = narrow(line, gaps);
    if (!narrowed) break;
    gaps.splice(0, gaps.length, ...narrowed);
    blanks = 0;
    last = i;
  }
  if (last === h) return undefined;
  const rows = readRows(lines, h, last, gaps);
  if (rows.cells.length < 2) return undefined;
  return {
    kind: 'table',
    start: h + 1,
    end: last + 1,
    lines: lines.slice(h, last + 1).map((l) => l.trim()).filter((l) => l !== ''),
    rows: rows.cells,
    rowLines: rows.at,
  };
}

/** A group row ("I. NHIỆM VỤ CHUNG") written across the columns: its number and its text, one run of words past the task's column. */
function groupRow(line: string, gaps: readonly Gap[]): RegExpExecArray | null {
  const m = GROUP_ROW.exec(line);
  if (!m || line.includes('|')) return null;
  const rest = (m[2] ?? '').trim();
  const second = gaps[1] ?? gaps[0];
  if (/\S\s{2,}\S/u.test(rest) || !second || line.trimEnd().length <= second.from) return null;
  return m;
}

/** The gaps narrowed to the spaces of `line`; undefined when the line bridges one. */
function narrow(line: string, gaps: readonly Gap[]): Gap[] | undefined {
  const out: Gap[] = [];
  for (const g of gaps) {
    // The widest run of spaces of the line inside the gap is where the columns part on this line.
    let best: Gap | undefined;
    let runFrom = -1;
    for (let p = g.from; p <= g.to + 1; p++) {
      const space = p <= g.to && (p >= line.length || line[p] === ' ');
      if (space && runFrom < 0) runFrom = p;
      if (!space && runFrom >= 0) {
        const run = { from: runFrom, to: p - 1 };
        // A run that touches the text on both sides must be two spaces at least: one space is a word gap.
        const inner = run.from > g.from && run.to < g.to && line[run.from - 1] !== undefined && line[run.from - 1] !== ' ' && line[run.to + 1] !== undefined && line[run.to + 1] !== ' ';
        if (!(inner && run.to - run.from < 1) && (!best || run.to - run.from > best.to - best.from)) best = run;
        runFrom = -1;
      }
    }
    if (!best) return undefined;
    // A line that has nothing on either side of the gap does not narrow it.
    const touches = line.slice(0, g.from).trim() !== '' && line.slice(g.to + 1).trim() !== '';
    out.push(touches ? best : g);
  }
  return out;
}

/** The cells of a line cut at the gaps. */
function cut(line: string, gaps: readonly Gap[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const g of gaps) {
    out.push(line.slice(from, g.from).trim());
    from = g.to + 1;
  }
  out.push(line.slice(from).trim());
  return out;
}

/** The header (its lines joined column by column) and the rows, with the source line of each. */
function readRows(lines: readonly string[], h: number, last: number, gaps: readonly Gap[]): { cells: string[][]; at: number[] } {
  const width = gaps.length + 1;
  const join = (into: string[], more: readonly string[]): void => {
    more.forEach((t, k) => {
      if (t !== '') into[k] = into[k] ? `${into[k]} ${t}` : t;
    });
  };
  const header: string[] = Array.from({ length: width }, () => '');
  let i = h;
  // The header runs to its first blank line or to the first numbered row.
  for (; i <= last && (lines[i] ?? '').trim() !== '' && !ID_CELL.test(cut(lines[i] ?? '', gaps)[0] ?? ''); i++) join(header, cut(lines[i] ?? '', gaps));
  const cells: string[][] = [header];
  const at: number[] = [h + 1];
  // Bands of lines between blank lines, each one row: its number may sit on any of its lines (centred in the cell).
  let band: { line: number; cells: string[] }[] = [];
  const flush = (): void => {
    if (band.length === 0) return;
    const row = Array.from({ length: width }, () => '');
    for (const b of band) join(row, b.cells);
    cells.push(row);
    at.push((band[0] as { line: number }).line + 1);
    band = [];
  };
  for (; i <= last; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      flush();
      continue;
    }
    const group = groupRow(line, gaps);
    if (group) {
      flush();
      const row = Array.from({ length: width }, () => '');
      row[0] = group[1] ?? '';
      row[1] = (group[2] ?? '').trim();
      cells.push(row);
      at.push(i + 1);
      continue;
    }
    const c = cut(line, gaps);
    // A numbered line in a band that already has a number opens a new row straight away.
    if ((c[0] ?? '') !== '' && band.some((b) => (b.cells[0] ?? '') !== '')) flush();
    band.push({ line: i, cells: c });
  }
  flush();
  return { cells, at };
}
