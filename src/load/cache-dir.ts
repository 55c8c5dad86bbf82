import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the loader's cache lives: `CASCADE_CACHE_DIR` when set, else the user's cache folder
 * (`$XDG_CACHE_HOME/cascade`, `~/.cache/cascade`; `%LOCALAPPDATA%\cascade\Cache` on Windows).
 * Never inside the installed package, which may be read-only and is shared by every user.
 * Undefined when there is no home folder to put it in (then no cache).
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: () => string = homedir): string | undefined {
  const given = env['CASCADE_CACHE_DIR'];
  if (given) return given;
  if (platform === 'win32' && env['LOCALAPPDATA']) return join(env['LOCALAPPDATA'], 'cascade', 'Cache');
  const xdg = env['XDG_CACHE_HOME'];
  // The XDG specification: a relative path is invalid and is ignored.
  if (xdg && xdg.startsWith('/')) return join(xdg, 'cascade');
  let dir: string;
  try {
    dir = home();
  } catch {
    return undefined;
  }
  return dir ? join(dir, '.cache', 'cascade') : undefined;
}

let byDefault = false;

/**
 * Turns the cache on for `loadCascade` calls that do not say (the `cascade` command does this;
 * a library call keeps it off unless it asks with `cache: true`).
 */
export function useCacheByDefault(on = true): void {
  byDefault = on;
}

/** Is the cache on for a call that does not say? Off when the environment sets `CASCADE_NO_CACHE`. */
export function cacheOnByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  return byDefault && !env['CASCADE_NO_CACHE'];
}
