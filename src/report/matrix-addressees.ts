import { vnDate } from '../check/as-of.js';
import type { MatrixAddressee } from '../matrix/addressees.js';
import type { CoverageMatrix } from '../matrix/types.js';
import { coverageText } from './audit-headline.js';
import type { Lang } from './diagnostic.js';

/** "Lập lúc … · tính đến ngày … · đầu vào: …": when, as of which day, from which inputs. */
export function stampText(m: CoverageMatrix, lang: Lang): string | undefined {
  const s = m.stamp;
  if (!s) return undefined;
  return lang === 'vi'
    ? `Lập lúc ${s.madeAt} · tính đến ngày ${vnDate(s.asOf)} · đầu vào: ${s.inputs.join(', ')}`
    : `Made ${s.madeAt} · as of ${s.asOf} · inputs: ${s.inputs.join(', ')}`;
}

/** Coverage over the root's addressees, one line per level: "Cấp tỉnh: 3/34 tỉnh có văn bản". */
export function addresseeCoverageLines(m: CoverageMatrix, lang: Lang): string[] {
  return (m.addressees?.coverage ?? []).map((c) => coverageText(c, lang));
}

/** Addressees of judged levels that have no document: the rows of ✗ "chưa có văn bản". */
export function silentAddressees(m: CoverageMatrix): MatrixAddressee[] {
  return (m.addressees?.rows ?? []).filter((a) => a.evaluated && a.documents.length === 0);
}

/** "chưa có văn bản" / "no document yet". */
export function noDocumentText(lang: Lang): string {
  return lang === 'vi' ? 'chưa có văn bản' : 'no document yet';
}

/** What a silent addressee owes and by when, one line. */
export function owedText(a: MatrixAddressee, lang: Lang): string {
  const owed = a.owed.length > 0 ? (lang === 'vi' ? `phải thực hiện ${a.owed.join(', ')}` : `owes ${a.owed.join(', ')}`) : '';
  const due = a.due ? (lang === 'vi' ? `hạn ${vnDate(a.due.date)} (\`${a.due.text}\`, ${a.due.task})` : `due ${a.due.date} (\`${a.due.text}\`, ${a.due.task})`) : '';
  return [owed, due].filter((x) => x !== '').join(' · ');
}

/** "2026-12-07 03:05", local time: when a matrix is made. */
export function madeAtNow(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}
