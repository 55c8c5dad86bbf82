/**
 * One import in a fresh process, for `npm run bench`: reads a text, imports it with the bundled
 * registry and prints one JSON line (characters, tasks, wall and CPU time of the import alone).
 * Run: `node dist/test/bench/import-once.js <file.txt>`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importText } from '../../src/import/import-text.js';
import { loadCascade } from '../../src/load/load-cascade.js';
import { flatten } from '../import/compare.js';

/** What one import measured. */
export interface ImportRun {
  readonly chars: number;
  readonly tasks: number;
  readonly ms: number;
  readonly cpuMs: number;
}

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: import-once <file.txt>\n');
  process.exitCode = 2;
} else {
  const text = readFileSync(file, 'utf8');
  const { cascade } = await loadCascade(['directives/registry']);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = importText(text, cascade, { fileName: basename(file) });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const run: ImportRun = { chars: text.length, tasks: flatten(result.document.body).length, ms, cpuMs: (used.user + used.system) / 1000 };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}
