/** The one edit distance of the project (insertions, deletions, substitutions), for near-miss suggestions. */

/** Levenshtein distance of `a` and `b`, or `max + 1` as soon as it must exceed `max` (banded). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const max = Math.min(limit, Math.max(a.length, b.length));
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const far = max + 1;
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = Math.min(j, far);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    row.fill(far);
    row[0] = Math.min(i, far);
    let best = row[0] ?? far;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? far) + 1, (row[j - 1] ?? far) + 1, (prev[j - 1] ?? far) + cost, far);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return far;
    [prev, row] = [row, prev];
  }
  return prev[b.length] ?? far;
}
