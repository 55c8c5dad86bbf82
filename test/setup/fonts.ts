import { execFileSync } from 'node:child_process';

/** Whether a command answers on the PATH. */
function has(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * The fonts the LibreOffice tests measure pages with, checked by their glyphs and not by a file path:
 * Debian's fonts-liberation 1.07 has Liberation Serif without Vietnamese letters (U+1EE6 "Ủ" among them),
 * so LibreOffice fills them from DejaVu and words split, lines and pages move. fonts-liberation2 has the
 * glyphs and the metrics of Times New Roman.
 */
export function setup(): void {
  if (!has('soffice', ['--version'])) return; // the LibreOffice tests skip themselves
  let listed = '';
  try {
    listed = execFileSync('fc-list', ['Liberation Serif:charset=1ee6'], { encoding: 'utf8' });
  } catch {
    listed = '';
  }
  if (listed.trim() !== '') return;
  throw new Error(
    'Liberation Serif có chữ tiếng Việt (U+1EE6 "Ủ") chưa được cài: LibreOffice sẽ thay bằng DejaVu và bố cục trang sai. ' +
      'Cài: sudo apt-get install fonts-liberation2 (hoặc chạy bash .ci/run). / ' +
      'Liberation Serif with Vietnamese glyphs is missing (fc-list "Liberation Serif:charset=1ee6" is empty): ' +
      'install fonts-liberation2 (sudo apt-get install fonts-liberation2, or run bash .ci/run).',
  );
}
