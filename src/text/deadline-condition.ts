/** Splits a precondition off a deadline: "Năm 2026 (Sau khi có hướng dẫn của Bộ Công an)". */
import { foldCase } from './deadline-normalise.js';

/** The deadline part and the condition as written (both from the cleaned phrase). */
export interface ConditionSplit {
  readonly main: string;
  readonly condition?: string;
}

// Words that open a precondition; a parenthesis that opens otherwise is not split off,
// so "Năm 2026 (ghi chú)" stays an unknown phrase instead of a silent guess.
const OPENS_CONDITION =
  /^(?:(?:ngay\s+)?sau\s+khi|khi|kể\s+từ\s+khi|trên\s+cơ\s+sở|căn\s+cứ|theo\s+(?:hướng\s+dẫn|chỉ\s+đạo|kế\s+hoạch|lộ\s+trình|yêu\s+cầu)|tùy\s+(?:theo|thuộc)|nếu|trường\s+hợp)(?!\p{L})/u;
const IN_PARENTHESES = /^(.*\S)\s*\(([^()]+)\)$/du;
const AFTER_COMMA = /^(.*?\S)\s*[,;-]\s+((?:ngay\s+)?sau\s+khi\s.*)$/du;
const BEFORE_COMMA = /^((?:ngay\s+)?sau\s+khi\s[^,;]+?)\s*[,;]\s*(\S.*)$/du;
const BARE = /^(?:ngay\s+)?sau\s+khi\s/u;

/** Splits `cleaned` (NFC, see cleanPhrase) into deadline and condition; `main` is '' for a bare condition. */
export function splitCondition(cleaned: string): ConditionSplit {
  // foldCase keeps the length, so indices found in the folded text cut the text as written.
  const folded = foldCase(cleaned);
  const first = BEFORE_COMMA.exec(folded)?.indices;
  if (first?.[1] && first[2]) {
    return { main: cleaned.slice(first[2][0], first[2][1]), condition: cleaned.slice(first[1][0], first[1][1]) };
  }
  if (BARE.test(folded)) return { main: '', condition: cleaned };
  for (const re of [IN_PARENTHESES, AFTER_COMMA]) {
    const m = re.exec(folded);
    const main = m?.indices?.[1];
    const cond = m?.indices?.[2];
    if (m && main && cond && OPENS_CONDITION.test(m[2] ?? '')) {
      return { main: cleaned.slice(main[0], main[1]), condition: cleaned.slice(cond[0], cond[1]).replace(/[\s.;,]+$/u, '').trim() };
    }
  }
  return { main: cleaned };
}
