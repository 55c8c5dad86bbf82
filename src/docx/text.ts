import { nfc } from '../text/normalize.js';

// A newline or tab inside `w:t` is not a line break or tab stop in Word: Markdown soft breaks and
// stray tabs become one space. `nfc` has already removed the characters XML cannot hold.
const WHITESPACE_CONTROLS = /[\t\n\v\f\u0085\u2028\u2029]+/g;

/** Text as it goes into the file: NFC, no control characters, whitespace controls as one space. */
export function cleanText(text: string): string {
  return nfc(text).replace(WHITESPACE_CONTROLS, ' ');
}
