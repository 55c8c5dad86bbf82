import { createHash } from 'node:crypto';
import type { Task } from '../model/body.js';
import { deadlineText } from './facts.js';

/** Hex digits kept in a link's fingerprint (the schema accepts 8 to 64). */
export const FINGERPRINT_LENGTH = 12;

/**
 * What a link remembers of its parent: the first 12 hex digits of the SHA-256 of the parent's text
 * (paragraphs joined by a newline, NFC, whitespace collapsed) and its deadline phrase, on two lines.
 * Re-wrapping or NFD input does not change it; a changed word or deadline does.
 */
export function fingerprintOf(task: Task): string {
  return fullHash(task).slice(0, FINGERPRINT_LENGTH);
}

/** Does a stored fingerprint (8–64 hex digits) still match the task? */
export function fingerprintMatches(stored: string, task: Task): boolean {
  return fullHash(task).startsWith(stored.toLowerCase());
}

// A parent is linked from every letter below it: hash it once.
const HASHES = new WeakMap<Task, string>();

function fullHash(task: Task): string {
  let hash = HASHES.get(task);
  if (hash === undefined) HASHES.set(task, (hash = computeHash(task)));
  return hash;
}

function computeHash(task: Task): string {
  const text = typeof task.text === 'string' ? [task.text] : (task.text ?? []);
  const deadline = task.deadline === undefined ? '' : deadlineText(task.deadline);
  const canonical = [text.map(tidy).join('\n'), tidy(deadline)].join('\n');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

function tidy(s: string): string {
  return s.normalize('NFC').replace(/[ \t\r\n]+/g, ' ').trim();
}
