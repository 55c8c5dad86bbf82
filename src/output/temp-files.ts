import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

// `.name.<pid>.<12 hex>.tmp`: the temporary files of `writeDocxAtomic` and of the manifest.
const TEMP = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes the temporary files an interrupted run left in an output folder: those of a process that
 * no longer runs (a file of a live process is its write in progress). Returns their names.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => {
    const m = TEMP.exec(n);
    return m !== null && !alive(Number(m[1]));
  });
  await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
  return stale;
}
