#!/usr/bin/env node
// The `cascade` command. Loaded dynamically so that even a broken install ends in one line, exit 2.

/** Colours on a terminal or with FORCE_COLOR, never with NO_COLOR (no-color.org, force-color.org). */
function wantsColour(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env['NO_COLOR']) return false;
  const forced = env['FORCE_COLOR'];
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  return isTTY;
}

// A reader that stops early (`cascade check | head`) closes the pipe: what is left to print is dropped
// quietly and the command finishes its work, instead of dying with a stack trace on EPIPE.
let stdoutClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') stdoutClosed = true;
  else throw e;
});
const stdout = { write: (s: string): boolean => (stdoutClosed ? true : process.stdout.write(s)) };

try {
  const { main } = await import('./main.js');
  // The command keeps what it read in the user's cache folder (library calls do not, unless asked).
  (await import('../load/cache-dir.js')).useCacheByDefault();
  process.exitCode = await main(process.argv.slice(2), {
    stdout,
    stderr: process.stderr,
    isTTY: wantsColour(process.env, process.stdout.isTTY === true),
    columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
    cwd: process.cwd(),
    env: process.env,
  });
} catch (e) {
  process.stderr.write(`cascade: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exitCode = 2;
}
