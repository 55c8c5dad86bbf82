/**
 * One `loadCascade` + `runChecks` in a fresh process, for the benchmark: prints
 * `{ "loadMs", "checkMs", "checkCpuMs", "wallMs", "cpuMs", "maxRssKb", "documents", "findings" }` as one JSON line.
 * Run: `node dist/test/bench/check-once.js <folder>`.
 */
import { runChecks } from '../../src/check/engine.js';
import { loadCascade } from '../../src/load/load-cascade.js';

const started = performance.now();
const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: check-once <folder>\n');
  process.exit(2);
}
const t0 = performance.now();
// As the `cascade` command: the cache on unless CASCADE_NO_CACHE is set.
const { cascade, diagnostics } = await loadCascade([dir], { cwd: dir, cache: !process.env['CASCADE_NO_CACHE'] });
const t1 = performance.now();
const c1 = process.cpuUsage();
const result = runChecks(cascade);
const checkCpu = process.cpuUsage(c1);
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    loadMs: t1 - t0,
    checkMs: t2 - t1,
    // CPU time of runChecks alone: less sensitive than wall time to other processes on the cores.
    checkCpuMs: (checkCpu.user + checkCpu.system) / 1000,
    // From the start of this module: module loading before it is measured by the parent.
    wallMs: t2 - started,
    // User + system time of the whole process: what the work costs when other processes share the cores.
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
    documents: cascade.documents.length,
    findings: diagnostics.length + result.diagnostics.length,
  })}\n`,
);
