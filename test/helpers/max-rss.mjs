// Runs the script given first (`node max-rss.mjs dist/src/cli/bin.js ...args`) as if started
// directly, and prints its peak resident memory on exit, for tests that assert memory.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

process.on('exit', () => process.stderr.write(`\nMAXRSS_KB=${process.resourceUsage().maxRSS}\n`));
process.argv.splice(1, 1);
await import(pathToFileURL(resolve(process.argv[1])).href);
