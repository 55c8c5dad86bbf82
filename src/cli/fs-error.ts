/** A file-system failure said plainly (no "internal error"): what could not be done, to which path, and what to check. */
export function plainFsError(e: unknown): string | undefined {
  const err = e as { code?: unknown; path?: unknown; syscall?: unknown };
  if (typeof err?.code !== 'string' || typeof err.path !== 'string') return undefined;
  const path = err.path;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return `không có quyền ${err.syscall === 'open' || err.syscall === 'scandir' ? 'đọc' : 'ghi'} \`${path}\` (kiểm tra quyền: ls -l) / no permission for \`${path}\` (${String(err.syscall ?? 'access')}; check the permissions: ls -l)`;
    case 'EROFS':
      return `\`${path}\` nằm trên ổ chỉ đọc / \`${path}\` is on a read-only file system`;
    case 'ENOSPC':
      return `hết chỗ trên ổ khi ghi \`${path}\` / no space left on the device writing \`${path}\``;
    case 'ELOOP':
      return `\`${path}\`: vòng lặp liên kết tượng trưng / \`${path}\`: a loop of symbolic links`;
    case 'ENOTDIR':
      return `một phần của \`${path}\` là tệp, không phải thư mục / part of \`${path}\` is a file, not a folder`;
    default:
      return undefined;
  }
}
