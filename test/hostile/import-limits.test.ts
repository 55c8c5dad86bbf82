import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli, spawnCli } from '../helpers/spawn-cli.js';

// The three inputs that used to take gigabytes, each refused by the real binary in a child
// process whose own peak memory is read back (memory is asserted; time is measured by `npm run fuzz`).
const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'cascade-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(builtCli())('import refuses what would exhaust memory', () => {
  it('a zip bomb (300 MB declared in a 300 KB .docx): exit 2, from the declared sizes, under 300 MB', () => {
    const r = spawnCli(['import', 'test/fixtures/hostile/not-ok-zip-bomb.docx', '--lang', 'en']);
    expect(r.err).toBe(
      'test/fixtures/hostile/not-ok-zip-bomb.docx:1:1: Over the limit on inflated size of a .docx: 314572854 bytes declared in the zip, the limit is 33554432 bytes (raise it with the environment variable CASCADE_MAX_DOCX_INFLATED_BYTES=<n>); stopped, nothing more read\n',
    );
    expect(r.code).toBe(2);
    expect(r.maxRssBytes).toBeLessThan(300 * MB);
  });

  it('a zip bomb whose sizes lie (1,000 bytes declared): stopped by the streaming cap, under 300 MB', () => {
    const r = spawnCli(['import', 'test/fixtures/hostile/not-ok-zip-bomb-lying-sizes.docx', '--lang', 'en']);
    expect(r.err).toBe(
      'test/fixtures/hostile/not-ok-zip-bomb-lying-sizes.docx:1:1: Over the limit on inflated size of a .docx: word/document.xml inflates to more than 33554403 bytes, the limit is 33554432 bytes (raise it with the environment variable CASCADE_MAX_DOCX_INFLATED_BYTES=<n>); stopped, nothing more read\n',
    );
    expect(r.code).toBe(2);
    expect(r.maxRssBytes).toBeLessThan(300 * MB);
  });

  it('a 50 MB text: refused from its size before it is read, under 300 MB', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * MB, 'a'));
    const r = spawnCli(['import', big, '--lang', 'en']);
    expect(r.err).toBe(
      `cascade: Over the limit on size of an imported file: ${big}: 52428800 bytes, the limit is 4194304 bytes (raise it with the environment variable CASCADE_MAX_IMPORT_BYTES=<n>); stopped, nothing more read\n`,
    );
    expect(r.code).toBe(2);
    expect(r.maxRssBytes).toBeLessThan(300 * MB);
  });

  it('/dev/zero: a device is not read at all, under 300 MB', () => {
    const r = spawnCli(['import', '/dev/zero', '--lang', 'en']);
    expect(r.err).toBe('cascade: `/dev/zero` is not a regular file (a device, pipe or socket): not read\n');
    expect(r.code).toBe(2);
    expect(r.maxRssBytes).toBeLessThan(300 * MB);
  });

  it('the limit is raised by its environment variable, and says so in Vietnamese by default', () => {
    const small = join(dir, 'small.txt');
    writeFileSync(small, 'x'.repeat(2000));
    const r = spawnCli(['import', small], { env: { CASCADE_MAX_IMPORT_BYTES: '1000' } });
    expect(r.err).toBe(
      `cascade: Vượt giới hạn kích thước tệp nhập: ${small}: 2000 byte, giới hạn 1000 byte (nâng bằng biến môi trường CASCADE_MAX_IMPORT_BYTES=<số>); dừng, không đọc tiếp\n`,
    );
    expect(r.code).toBe(2);
  });
});
