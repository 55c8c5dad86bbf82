import pc from 'picocolors';
import type { Lang } from './diagnostic.js';
import type { NotEvaluatedInput } from './check-json.js';

/**
 * The checks that could not be made, for the terminal: after the findings, under their own heading,
 * one per line (`file:line:col  rule  reason`). Empty when every check was made.
 */
export function formatNotEvaluated(items: readonly NotEvaluatedInput[], options: { readonly lang: Lang; readonly color: boolean }): string {
  if (items.length === 0) return '';
  const c = pc.createColors(options.color);
  const title = options.lang === 'vi' ? `Chưa đánh giá được (${items.length}), không tính là đạt:` : `Not evaluated (${items.length}), never counted as passed:`;
  const lines = items.map((n) => {
    const at = n.place ? `${n.place.file}:${n.place.line}:${n.place.column}` : '—';
    return `  ${c.dim(at)}  ${n.reason[options.lang]}  ${c.dim(n.rule)}`;
  });
  return `${c.bold(title)}\n${lines.join('\n')}\n`;
}
