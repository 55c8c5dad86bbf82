import type { Diagnostic, Lang, Place, Text } from './diagnostic.js';

/** A check that could not be made, as the markdown report lists it. */
export interface NotEvaluatedItem {
  readonly rule: string;
  readonly reason: Text;
  readonly place?: Place;
}

/** Counts printed in the closing summary. */
export interface MarkdownSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly waived: number;
  readonly notEvaluated: number;
}

const WORDS = {
  vi: { title: 'Kết quả kiểm tra', place: 'Vị trí', severity: 'Mức', rule: 'Quy tắc', message: 'Nội dung', reason: 'Lý do',
    error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', waived: 'miễn trừ', expected: 'cần', related: 'xem',
    none: 'Không có phát hiện nào.', notEvaluated: 'Chưa đánh giá', noPlace: '(không gắn với tệp)', summary: 'Tổng kết',
    counts: (s: MarkdownSummary) => `${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin, ${s.waived} được miễn trừ, ${s.notEvaluated} chưa đánh giá.` },
  en: { title: 'Audit results', place: 'Place', severity: 'Severity', rule: 'Rule', message: 'Message', reason: 'Reason',
    error: 'error', warning: 'warning', info: 'info', waived: 'waived', expected: 'expected', related: 'see',
    none: 'No findings.', notEvaluated: 'Not evaluated', noPlace: '(no file)', summary: 'Summary',
    counts: (s: MarkdownSummary) => `${s.errors} errors, ${s.warnings} warnings, ${s.infos} info, ${s.waived} waived, ${s.notEvaluated} not evaluated.` },
} as const;

/** The audit as Markdown: one table per file (document), the checks not evaluated, and a summary. */
export function formatMarkdown(
  diagnostics: readonly Diagnostic[],
  notEvaluated: readonly NotEvaluatedItem[],
  summary: MarkdownSummary,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const out = [`# ${w.title}`, ''];
  if (diagnostics.length === 0) out.push(w.none, '');
  for (const [file, items] of byFile(diagnostics, w.noPlace)) {
    out.push(`## ${cell(file)}`, '', `| ${w.place} | ${w.severity} | ${w.rule} | ${w.message} |`, '|---|---|---|---|');
    for (const d of items) {
      const severity = d.waived === undefined ? w[d.severity] : `~~${w[d.severity]}~~ ${w.waived}: ${cell(d.waived)}`;
      const extra = [
        d.expected ? `${w.expected}: ${d.expected[lang]}` : undefined,
        ...(d.related ?? []).map((r) => `${w.related} ${at(r.place, true)} (${r.message[lang]})`),
      ].filter((x) => x !== undefined);
      const message = [d.message[lang], ...extra].map(cell).join('<br>');
      out.push(`| ${at(d.place)} | ${severity} | \`${d.rule}\` | ${message} |`);
    }
    out.push('');
  }
  if (notEvaluated.length > 0) {
    out.push(`## ${w.notEvaluated}`, '', `| ${w.place} | ${w.rule} | ${w.reason} |`, '|---|---|---|');
    for (const n of notEvaluated) out.push(`| ${n.place ? at(n.place, true) : '—'} | \`${n.rule}\` | ${cell(n.reason[lang])} |`);
    out.push('');
  }
  out.push(`## ${w.summary}`, '', w.counts(summary), '');
  return out.join('\n');
}

function byFile(diagnostics: readonly Diagnostic[], noPlace: string): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.place?.file ?? noPlace;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return groups;
}

function at(place: Place | undefined, withFile = false): string {
  if (!place) return '—';
  return `${withFile ? `${cell(place.file)}:` : ''}${place.line}:${place.column}`;
}

/** Text made safe for a table cell: no pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
