/**
 * The top of a V8 CPU profile (`node --cpu-prof`): the functions that took the most time
 * themselves (self time), for the benchmark to print beside its medians. Run a command under the
 * profiler with `profileCommand`, read a profile with `topFunctions`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The parts of a `.cpuprofile` this reads. */
interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One function of the profile: its self time in milliseconds and its share of the whole. */
export interface ProfileLine {
  readonly name: string;
  readonly where: string;
  readonly selfMs: number;
  readonly share: number;
}

/** The `n` functions with the most self time; the same function reached by several paths counts once. */
export function topFunctions(profile: CpuProfile, n = 15): { readonly totalMs: number; readonly top: readonly ProfileLine[] } {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, { name: string; where: string; us: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    total += us;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    // Paths shortened to what a reader recognises: dist/src/check/engine.js, zod/v4/core/schemas.js.
    const file = url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules)\//, '');
    const where = file ? `${file}:${lineNumber + 1}` : '';
    const key = `${functionName}@${where}`;
    const entry = byFunction.get(key) ?? { name: functionName || '(anonymous)', where, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  const top = [...byFunction.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, n)
    .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, share: total > 0 ? e.us / total : 0 }));
  return { totalMs: total / 1000, top };
}

/** Runs `node <args>` under the CPU profiler and returns the top of its profile. */
export async function profileCommand(args: readonly string[], env: Readonly<Record<string, string>>, n = 15, cwd?: string): Promise<ReturnType<typeof topFunctions>> {
  const dir = await mkdtemp(join(tmpdir(), 'cascade-cpu-prof-'));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], { stdio: 'ignore', cwd, env: { ...process.env, ...env } });
      child.on('error', reject);
      child.on('close', () => resolve());
    });
    const name = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
    if (!name) throw new Error('the profiled process wrote no profile');
    return topFunctions(JSON.parse(await readFile(join(dir, name), 'utf8')) as CpuProfile, n);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The top as table rows. */
export function formatTop(title: string, t: ReturnType<typeof topFunctions>): string[] {
  const out = [`${title} (${(t.totalMs / 1000).toFixed(2)} s sampled; self time)`];
  for (const l of t.top) out.push(`  ${l.selfMs.toFixed(0).padStart(6)} ms ${(100 * l.share).toFixed(1).padStart(5)} %  ${l.name}  ${l.where}`);
  return out;
}
