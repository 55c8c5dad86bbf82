import pc from 'picocolors';
import { countDiagnostics, countsText, errorsText, type Counts } from './counts.js';
import type { Diagnostic, Lang, Place, Severity } from './diagnostic.js';

/** Options of the stylish formatter. */
export interface StylishOptions {
  readonly lang: Lang;
  /** Colours (ANSI): only when writing to a terminal. */
  readonly color: boolean;
  /** Findings not shown (`--quiet`), counted in the summary as hidden. */
  readonly hidden?: Counts | undefined;
}

/** From this many findings on, the summary also counts them by rule: a national cascade has thousands. */
export const TALLY_FROM = 20;

type Colors = ReturnType<typeof pc.createColors>;

const SEVERITY: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

const WORDS = {
  vi: { found: 'thấy', expected: 'cần', general: '(chung)', waived: 'miễn trừ' },
  en: { found: 'found', expected: 'expected', general: '(general)', waived: 'waived' },
} as const;

function at(p: Place): string {
  return `${p.line}:${p.column}`;
}

function paint(c: Colors, s: Severity, text: string): string {
  return s === 'error' ? c.red(text) : s === 'warning' ? c.yellow(text) : c.blue(text);
}

/** Findings by file, in the order they come, findings without a place under one heading. */
function byFile(diagnostics: readonly Diagnostic[], general: string): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const file = d.place?.file ?? general;
    const list = groups.get(file);
    if (list) list.push(d);
    else groups.set(file, [d]);
  }
  return groups;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(width - [...s].length, 0));
}

/** The lines of one finding: place, severity, message, rule; then what was found, expected, and related places. */
function findingLines(d: Diagnostic, o: StylishOptions, c: Colors, widths: { at: number; sev: number }): string[] {
  const w = WORDS[o.lang];
  const message = d.message[o.lang];
  const waived = d.waived === undefined ? '' : ` ${c.dim(`[${w.waived}: ${d.waived}]`)}`;
  const head = `  ${c.dim(pad(d.place ? at(d.place) : '', widths.at))}  ${paint(c, d.severity, pad(SEVERITY[o.lang][d.severity], widths.sev))}  ${message}${waived}  ${c.dim(d.rule)}`;
  const lines = [head];
  const indent = ' '.repeat(widths.at + 4);
  if (d.found !== undefined && d.found !== '' && !message.includes(`\`${d.found}\``)) lines.push(`${indent}${c.dim(`${w.found}:`)} «${d.found}»`);
  if (d.expected && !message.includes(d.expected[o.lang])) lines.push(`${indent}${c.dim(`${w.expected}:`)} ${d.expected[o.lang]}`);
  for (const r of d.related ?? []) lines.push(`${indent}${c.dim('↳')} ${r.place.file}:${at(r.place)}  ${r.message[o.lang]}`);
  return lines;
}

/**
 * ESLint's "stylish" output: findings grouped by file, `line:col  severity  message  rule`, the
 * quoted text and related places indented below, and a summary line ("✖ 3 lỗi, 2 cảnh báo").
 * Nothing at all when there are no findings.
 */
export function formatStylish(diagnostics: readonly Diagnostic[], options: StylishOptions): string {
  if (diagnostics.length === 0) return '';
  const c = pc.createColors(options.color);
  const widths = {
    at: Math.max(...diagnostics.map((d) => (d.place ? at(d.place).length : 0))),
    sev: Math.max(...diagnostics.map((d) => SEVERITY[options.lang][d.severity].length)),
  };
  const out: string[] = [];
  for (const [file, list] of byFile(diagnostics, WORDS[options.lang].general)) {
    out.push(c.underline(file));
    for (const d of list) out.push(...findingLines(d, options, c, widths));
    out.push('');
  }
  const counts = countDiagnostics(diagnostics);
  const mark = counts.errors > 0 ? c.red('✖') : counts.warnings > 0 ? c.yellow('⚠') : c.blue('ℹ');
  // With --quiet only errors are shown: the summary counts them, and says what was hidden.
  const summary = options.hidden ? errorsText(counts.errors, options.lang) : countsText(counts, options.lang);
  out.push(`${mark} ${c.bold(summary)}${hiddenText(options)}`);
  if (diagnostics.length >= TALLY_FROM) out.push(...tallyLines(diagnostics, options, c, widths.sev));
  return `${out.join('\n')}\n`;
}

function hiddenText(o: StylishOptions): string {
  const h = o.hidden;
  if (!h || h.warnings + h.infos === 0) return '';
  return o.lang === 'vi'
    ? ` (ẩn ${h.warnings} cảnh báo, ${h.infos} thông tin: --quiet)`
    : ` (${h.warnings} warning${h.warnings === 1 ? '' : 's'} and ${h.infos} info hidden: --quiet)`;
}

/** One line per severity: its rules, most findings first (`lỗi  central-task-missing 5 · …`); waived findings left out. */
function tallyLines(diagnostics: readonly Diagnostic[], o: StylishOptions, c: Colors, width: number): string[] {
  const bySeverity = new Map<Severity, Map<string, number>>();
  for (const d of diagnostics) {
    if (d.waived !== undefined) continue;
    const rules = bySeverity.get(d.severity) ?? new Map<string, number>();
    rules.set(d.rule, (rules.get(d.rule) ?? 0) + 1);
    bySeverity.set(d.severity, rules);
  }
  return (['error', 'warning', 'info'] as const).flatMap((s) => {
    const rules = bySeverity.get(s);
    if (!rules) return [];
    const list = [...rules].sort(([a, n], [b, m]) => m - n || a.localeCompare(b)).map(([rule, n]) => `${rule} ${n}`);
    return [`  ${paint(c, s, pad(SEVERITY[o.lang][s], width))}  ${list.join(c.dim(' · '))}`];
  });
}
