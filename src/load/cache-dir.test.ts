import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirectory, cacheOnByDefault, useCacheByDefault } from './cache-dir.js';
import { packageRoot } from './discover.js';
import { loadCascade } from './load-cascade.js';

const PLACES = 'test/fixtures/broken/ok-places.yaml';
const HOME = () => '/home/an';

describe('where the cache lives', () => {
  it('is CASCADE_CACHE_DIR when the environment names one', () => {
    expect(cacheDirectory({ CASCADE_CACHE_DIR: '/tmp/c', XDG_CACHE_HOME: '/x' }, 'linux', HOME)).toBe('/tmp/c');
  });

  it('is $XDG_CACHE_HOME/cascade, else ~/.cache/cascade', () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: '/var/cache/an' }, 'linux', HOME)).toBe('/var/cache/an/cascade');
    expect(cacheDirectory({}, 'linux', HOME)).toBe('/home/an/.cache/cascade');
  });

  it('ignores a relative XDG_CACHE_HOME, as the XDG specification says', () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: 'cache' }, 'linux', HOME)).toBe('/home/an/.cache/cascade');
  });

  it('is under LOCALAPPDATA on Windows', () => {
    expect(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local' }, 'win32', HOME)).toMatch(/cascade[\\/]Cache$/);
  });

  it('is nowhere without a home folder', () => {
    expect(cacheDirectory({}, 'linux', () => '')).toBeUndefined();
    expect(cacheDirectory({}, 'linux', () => { throw new Error('no home'); })).toBeUndefined();
  });

  it('is never inside the installed package', () => {
    const dir = cacheDirectory({}, process.platform) ?? '';
    expect(dir.startsWith(packageRoot())).toBe(false);
  });
});

describe('when the cache is on', () => {
  it('is off for a library call that does not ask for it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cascade-cache-off-'));
    const before = process.env['CASCADE_CACHE_DIR'];
    process.env['CASCADE_CACHE_DIR'] = cacheDir;
    try {
      await loadCascade([PLACES]);
    } finally {
      if (before === undefined) delete process.env['CASCADE_CACHE_DIR'];
      else process.env['CASCADE_CACHE_DIR'] = before;
    }
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('is on by default once the command turns it on, unless CASCADE_NO_CACHE is set', () => {
    try {
      expect(cacheOnByDefault({})).toBe(false);
      useCacheByDefault();
      expect(cacheOnByDefault({})).toBe(true);
      expect(cacheOnByDefault({ CASCADE_NO_CACHE: '1' })).toBe(false);
    } finally {
      useCacheByDefault(false);
    }
  });

  it('is written by the `cascade` command under XDG_CACHE_HOME, and not with CASCADE_NO_CACHE', () => {
    const bin = join(packageRoot(), 'dist', 'src', 'cli', 'bin.js');
    if (!existsSync(bin)) return expect.fail('build first: npm run build');
    const xdg = mkdtempSync(join(tmpdir(), 'cascade-xdg-'));
    const env = { ...process.env, XDG_CACHE_HOME: xdg, CASCADE_CACHE_DIR: '', CASCADE_NO_CACHE: '' };
    const on = spawnSync(process.execPath, [bin, 'validate', PLACES], { encoding: 'utf8', env });
    expect(on.status).toBe(0);
    expect(readdirSync(join(xdg, 'cascade')).some((n) => n.startsWith('parse-'))).toBe(true);
    const xdg2 = mkdtempSync(join(tmpdir(), 'cascade-xdg-'));
    const off = spawnSync(process.execPath, [bin, 'validate', PLACES], { encoding: 'utf8', env: { ...env, XDG_CACHE_HOME: xdg2, CASCADE_NO_CACHE: '1' } });
    expect(off.status).toBe(0);
    expect(readdirSync(xdg2)).toEqual([]);
  });
});
