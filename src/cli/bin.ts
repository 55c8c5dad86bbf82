#!/usr/bin/env node
// The `cascade` command. Loaded dynamically so that even a broken install ends in one line, exit 2.
try {
  const { main } = await import('./main.js');
  // The command keeps what it read in the user's cache folder (library calls do not, unless asked).
  (await import('../load/cache-dir.js')).useCacheByDefault();
  // Colours only on a terminal, and never when NO_COLOR is set (no-color.org).
  const isTTY = process.stdout.isTTY === true && !process.env['NO_COLOR'];
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY, cwd: process.cwd() });
} catch (e) {
  process.stderr.write(`cascade: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exitCode = 2;
}
