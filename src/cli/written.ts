import { join, relative } from 'node:path';
import type { WriteReport } from '../output/write-outputs.js';
import type { GeneratedFile } from '../render/render-docx.js';
import type { Lang } from '../report/diagnostic.js';
import type { CliIO } from './io.js';

const WORDS = {
  vi: { head: (n: number, dir: string) => `Đã ghi ${n} tệp vào ${dir}:`, created: 'mới', replaced: 'thay bản cũ', forced: 'ghi đè (--force)', warning: 'lưu ý' },
  en: { head: (n: number, dir: string) => `Wrote ${n} file${n === 1 ? '' : 's'} to ${dir}:`, created: 'new', replaced: 'replaced', forced: 'overwritten (--force)', warning: 'note' },
} as const;

/** Prints what a write did: one line per file with its kind and whether it was new, then the layout's warnings. */
export function printWritten(io: CliIO, dir: string, report: WriteReport, kinds: ReadonlyMap<string, string>, generated: readonly GeneratedFile[], lang: Lang): void {
  const w = WORDS[lang];
  const shown = relative(io.cwd, dir) || '.';
  const rows = [
    ...report.created.map((n) => [n, w.created] as const),
    ...report.replaced.map((n) => [n, w.replaced] as const),
    ...report.forced.map((n) => [n, w.forced] as const),
  ].sort(([a], [b]) => a.localeCompare(b));
  io.stdout.write(`${w.head(rows.length, shown)}\n`);
  const width = Math.max(0, ...rows.map(([n]) => join(shown, n).length));
  for (const [name, state] of rows) io.stdout.write(`  ${join(shown, name).padEnd(width)}  ${(kinds.get(name) ?? '').padEnd(16)} ${state}\n`);
  for (const g of generated) {
    for (const warning of g.warnings) io.stdout.write(`  ${w.warning}: ${g.name}: ${warning.message}\n`);
  }
}
