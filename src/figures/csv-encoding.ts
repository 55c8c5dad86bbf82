import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { bytePosition } from '../load/encoding.js';
import { legacyEncodingMessage } from '../load/legacy-name.js';
import type { FigureProblem } from './types.js';

const HEAD = 256 * 1024;

/**
 * A CSV that is not UTF-8 (saved by Excel as "CSV" in a Vietnamese Windows: Windows-1258; or TCVN3,
 * VNI): one problem naming the encoding and the command to convert it, at the row of its first
 * such byte, instead of a dozen garbled "unknown unit" rows. The first 256 KiB tell.
 */
export async function csvEncodingProblem(path: string, file: string): Promise<FigureProblem | undefined> {
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD), 0, HEAD, 0);
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  // Whole lines only: a character cut at the end of the read is not an error.
  const end = bytes.length === HEAD ? bytes.lastIndexOf(0x0a) + 1 : bytes.length;
  const lines = bytes.subarray(0, end);
  if (isUtf8(lines)) return undefined;
  const at = bytePosition(lines, firstNonUtf8(lines));
  return { rule: 'figures-encoding', severity: 'error', file, row: at.line, message: legacyEncodingMessage(lines, file) };
}

/** The offset of the first byte that is not part of valid UTF-8 (at a line start, found line by line). */
function firstNonUtf8(bytes: Buffer): number {
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start);
    const stop = nl < 0 ? bytes.length : nl + 1;
    if (!isUtf8(bytes.subarray(start, stop))) return start;
    start = stop;
  }
  return 0;
}
