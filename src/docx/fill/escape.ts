import { escapeXml } from '../../text/escape-xml.js';
import { cleanText } from '../text.js';

/**
 * A field value as the layout would write it into `w:t`: cleaned like every run (NFC, no control
 * characters), then escaped the way the `docx` library escapes text, quotes included.
 */
export function xmlFieldText(value: string): string {
  return escapeXml(cleanText(value));
}
