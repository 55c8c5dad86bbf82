import type { Text } from '../report/diagnostic.js';

// The schemas of src/model carry their expectations in Vietnamese (zod messages); these are the
// English words for each, keyed by the Vietnamese text. A message missing here prints in Vietnamese.
const EN: Readonly<Record<string, string>> = {
  'một mã cơ quan dạng `gia-lai.skhcn`': 'an agency id like `gia-lai.skhcn`',
  'một mã văn bản dạng `gia-lai-5900`': 'a document id like `gia-lai-5900`',
  'một ngày dạng `2026-05-11` (bản dự thảo: `2026-05` hoặc `2026`)': 'a date like `2026-05-11` (in a draft: `2026-05` or `2026`)',
  'ngày không có thật trong lịch (ví dụ 31/2)': 'a day that is not in the calendar (such as 31 February)',
  'một số hiệu nhiệm vụ dạng `2.1`, `2.b` hoặc `2-1`': 'a task id like `2.1`, `2.b` or `2-1`',
  'một tham chiếu nhiệm vụ dạng `ct-14-ttg#2.b`': 'a task reference like `ct-14-ttg#2.b`',
  'một nhóm cần `members`, `rule` hoặc `includes`': 'a group needs `members`, `rule` or `includes`',
};

/** A message of the model's schemas in both languages. */
export function modelMessage(vi: string): Text {
  return { vi, en: EN[vi] ?? vi };
}

/** Whether zod wrote this message itself (English, generic) rather than the model's own words. */
export function isZodDefaultMessage(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized)/.test(message);
}
