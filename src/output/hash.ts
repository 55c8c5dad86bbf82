import { createHash } from 'node:crypto';

/** The sha256 of some bytes, in hex: what the output folder's manifest records of each file. */
export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
