import { cleanText } from '../text.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * A field value as the layout would write it into `w:t`: cleaned like every run (NFC, no control
 * characters), then escaped the way the `docx` library escapes text, quotes included.
 */
export function xmlFieldText(value: string): string {
  return cleanText(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
