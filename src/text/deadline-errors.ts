/** The refusals of the deadline parser, in Vietnamese and English; every message quotes the phrase. */
import type { Failure } from './deadline-grammar.js';
import type { DeadlineError } from './deadline-types.js';

const EXAMPLES_VI = '“Trong tháng 6/2026”, “trước ngày 31/12/2026”, “Năm 2026”, “Thường xuyên”, “Định kỳ 6 tháng”';
const EXAMPLES_EN = EXAMPLES_VI;

/** A phrase no pattern knows. */
export function unknownPhrase(phrase: string): DeadlineError {
  return {
    code: 'unknown-phrase',
    message_vi: `Không nhận dạng được thời hạn “${phrase}”; hãy viết theo một mẫu đã biết, ví dụ ${EXAMPLES_VI}.`,
    message_en: `Unrecognised deadline “${phrase}”; write it in a known form, e.g. ${EXAMPLES_EN}.`,
    phrase,
  };
}

/** A phrase with nothing in it. */
export function emptyPhrase(phrase: string): DeadlineError {
  return {
    code: 'empty',
    message_vi: `Thời hạn “${phrase}” để trống.`,
    message_en: `The deadline “${phrase}” is empty.`,
    phrase,
  };
}

/** A phrase a pattern knows but refuses: a day that does not exist, a range that ends before it starts. */
export function refusedPhrase(phrase: string, why: Failure): DeadlineError {
  return {
    code: why.failure,
    message_vi: `Thời hạn “${phrase}” không hợp lệ: ${why.vi}.`,
    message_en: `Invalid deadline “${phrase}”: ${why.en}.`,
    phrase,
  };
}

/** A signing date option that is not a day. */
export function badSigningDate(phrase: string, signedOn: string): DeadlineError {
  return {
    code: 'invalid-option',
    message_vi: `Không tính được thời hạn “${phrase}”: ngày ký “${signedOn}” không phải một ngày có thật.`,
    message_en: `Cannot resolve the deadline “${phrase}”: the signing date “${signedOn}” is not a real day.`,
    phrase,
  };
}
