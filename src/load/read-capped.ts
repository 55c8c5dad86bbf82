import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Text } from '../report/diagnostic.js';
import { limitOf, overLimit, type LimitName } from './limits.js';

/** The bytes of a file, or why they were not read (a plain message, and the rule of the refusal). */
export type CappedRead = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly rule: string; readonly message: Text };

const refuse = (rule: string, vi: string, en: string): CappedRead => ({ ok: false, rule, message: { vi, en } });

/** A plain message for a failed file-system call on `shown`. */
export function fsProblem(error: unknown, shown: string, path: string): CappedRead {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ENOENT') {
    let dangling = false;
    try {
      dangling = lstatSync(path).isSymbolicLink();
    } catch {
      dangling = false;
    }
    if (dangling) return refuse('file-dangling-symlink', `\`${shown}\` là liên kết tượng trưng trỏ tới một tệp không còn`, `\`${shown}\` is a symbolic link to a file that no longer exists`);
    return refuse('file-missing', `không có tệp \`${shown}\``, `no file \`${shown}\``);
  }
  if (code === 'EACCES' || code === 'EPERM') return refuse('file-permission', `không có quyền đọc \`${shown}\` (kiểm tra quyền của tệp: ls -l)`, `no permission to read \`${shown}\` (check the file's permissions: ls -l)`);
  if (code === 'EISDIR') return refuse('file-is-folder', `\`${shown}\` là thư mục, cần một tệp`, `\`${shown}\` is a folder, not a file`);
  if (code === 'ELOOP') return refuse('file-symlink-loop', `\`${shown}\`: vòng lặp liên kết tượng trưng`, `\`${shown}\`: a loop of symbolic links`);
  const why = error instanceof Error ? error.message : String(error);
  return refuse('file-unreadable', `không đọc được \`${shown}\`: ${why}`, `cannot read \`${shown}\`: ${why}`);
}

/**
 * Reads a regular file of at most `limit` bytes. A device, a pipe or a socket is refused before a
 * byte is read (`/dev/zero` never ends); the size is checked from the file's status, and the read
 * itself stops at the limit (a file that grows, or a status that lies, cannot push past it).
 */
export function readCapped(path: string, shown: string, limit: LimitName): CappedRead {
  const max = limitOf(limit);
  let fd: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fsProblem({ code: 'EISDIR' }, shown, path);
    if (!st.isFile()) {
      return refuse('file-not-regular', `\`${shown}\` không phải tệp thường (thiết bị, ống hay socket): không đọc`, `\`${shown}\` is not a regular file (a device, pipe or socket): not read`);
    }
    if (st.size > max) return { ok: false, rule: 'input-limit', message: overLimit(limit, { vi: `${shown}: ${st.size} byte`, en: `${shown}: ${st.size} bytes` }, max) };
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return fsProblem(e, shown, path);
  }
  try {
    const buffer = Buffer.alloc(Math.min(max + 1, fstatSync(fd).size + 1));
    let got = 0;
    for (;;) {
      const n = readSync(fd, buffer, got, buffer.length - got, null);
      if (n === 0) break;
      got += n;
      if (got === buffer.length) {
        if (got > max) return { ok: false, rule: 'input-limit', message: overLimit(limit, `${shown}: > ${max} byte`, max) };
        break;
      }
    }
    return { ok: true, bytes: buffer.subarray(0, got) };
  } catch (e) {
    return fsProblem(e, shown, path);
  } finally {
    closeSync(fd);
  }
}
