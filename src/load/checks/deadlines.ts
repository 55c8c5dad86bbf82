import type { Task } from '../../model/body.js';
import type { Document } from '../../model/document.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import { parseDeadline, type DeadlineResult } from '../../text/deadline.js';
import type { TaskEntry } from '../cascade.js';
import type { Positions } from '../positions.js';

/** The phrase of a deadline field as written. */
export function deadlinePhrase(task: Task): string | undefined {
  const d = task.deadline;
  return typeof d === 'string' ? d : d?.text;
}

/** Parses deadline phrases, each distinct phrase (and signing date) once: a national cascade repeats them. */
export function createDeadlineChecker(positions: Positions): (doc: Document, task: Task) => Diagnostic | undefined {
  const cache = new Map<string, DeadlineResult>();
  return (doc, task) => {
    const phrase = deadlinePhrase(task);
    if (phrase === undefined) return undefined;
    // "trong vòng 30 ngày kể từ ngày ký" needs the signing day; a draft without one leaves it open.
    const signedOn = doc.date && /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? doc.date : undefined;
    const key = `${signedOn ?? ''}\u0000${phrase}`;
    let result = cache.get(key);
    if (!result) {
      result = parseDeadline(phrase, signedOn ? { signedOn } : {});
      cache.set(key, result);
    }
    if (result.ok) return undefined;
    const place = positions.locate(task, 'deadline');
    return {
      rule: 'deadline-unparsed',
      severity: 'error',
      message: { vi: result.error.message_vi, en: result.error.message_en },
      ...(place ? { place } : {}),
      found: phrase,
      expected: {
        vi: 'một thời hạn như `trước ngày 31/12/2026`, `Trong tháng 6/2026`, `Năm 2026`, `Thường xuyên`, `Định kỳ 6 tháng`',
        en: 'a deadline such as `trước ngày 31/12/2026`, `Trong tháng 6/2026`, `Năm 2026`, `Thường xuyên`, `Định kỳ 6 tháng`',
      },
    };
  };
}

/** Every task deadline of the cascade that does not parse, one finding each, quoting the phrase. */
export function checkDeadlines(tasks: Iterable<TaskEntry>, positions: Positions): Diagnostic[] {
  const check = createDeadlineChecker(positions);
  const out: Diagnostic[] = [];
  for (const t of tasks) {
    const d = check(t.doc, t.task);
    if (d) out.push(d);
  }
  return out;
}
