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
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: readonly number[];
  }[];
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

/** A function of the profile with the time spent in it and in what it called (inclusive time). */
export interface InclusiveLine {
  readonly name: string;
  readonly where: string;
  readonly totalMs: number;
  readonly share: number;
}

/**
 * The `n` functions whose calls took the most time, callees included, among those whose place
 * matches `only` (e.g. the project's own files): a flat self-time top hides that one rule, through
 * its helpers, takes a tenth of a run. A function met twice on one stack (recursion) counts once.
 */
export function inclusiveTop(profile: CpuProfile, n = 15, only: RegExp = /./): readonly InclusiveLine[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const keyOf = new Map<number, { key: string; name: string; where: string }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules)\//, '');
    const where = file ? `${file}:${lineNumber + 1}` : '';
    keyOf.set(node.id, { key: `${functionName}@${where}`, name: functionName || '(anonymous)', where });
  }
  const totals = new Map<string, { name: string; where: string; us: number }>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    all += us;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined && byId.has(at); at = parent.get(at)) {
      const k = keyOf.get(at);
      if (!k || seen.has(k.key) || !only.test(k.where)) continue;
      seen.add(k.key);
      const entry = totals.get(k.key) ?? { name: k.name, where: k.where, us: 0 };
      entry.us += us;
      totals.set(k.key, entry);
    }
  });
  return [...totals.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, n)
    .map((e) => ({ name: e.name, where: e.where, totalMs: e.us / 1000, share: all > 0 ? e.us / all : 0 }));
}

/** The top of a profile: by self time, and the project's own functions by inclusive time. */
export type ProfileTop = ReturnType<typeof topFunctions> & { readonly inclusive?: readonly InclusiveLine[] };

/** Runs `node <args>` under the CPU profiler and returns the top of its profile. */
export async function profileCommand(args: readonly string[], env: Readonly<Record<string, string>>, n = 15, cwd?: string): Promise<ProfileTop> {
  const dir = await mkdtemp(join(tmpdir(), 'cascade-cpu-prof-'));
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], { stdio: 'ignore', cwd, env: { ...process.env, ...env } });
      child.on('error', reject);
      child.on('close', () => resolve());
    });
    const name = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
    if (!name) throw new Error('the profiled process wrote no profile');
    const profile = JSON.parse(await readFile(join(dir, name), 'utf8')) as CpuProfile;
    return { ...topFunctions(profile, n), inclusive: inclusiveTop(profile, n, /^src\//) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The top as table rows; then, when there is one, the inclusive top. */
export function formatTop(title: string, t: ProfileTop): string[] {
  const out = [`${title} (${(t.totalMs / 1000).toFixed(2)} s sampled; self time)`];
  for (const l of t.top) out.push(`  ${l.selfMs.toFixed(0).padStart(6)} ms ${(100 * l.share).toFixed(1).padStart(5)} %  ${l.name}  ${l.where}`);
  if (t.inclusive && t.inclusive.length > 0) {
    out.push('the project\'s own functions, time including what they call:');
    for (const l of t.inclusive) out.push(`  ${l.totalMs.toFixed(0).padStart(6)} ms ${(100 * l.share).toFixed(1).padStart(5)} %  ${l.name}  ${l.where}`);
  }
  return out;
}
