import { resolve } from 'node:path';
import type { Cascade } from '../load/cascade.js';
import { KeptLoad } from '../load/kept-load.js';
import { loadCascade } from '../load/load-cascade.js';
import { ReadMemo } from '../load/read-memo.js';
import { sortDiagnostics } from '../load/sort.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { DEFAULT_CONFIG, type CheckConfig } from './config.js';
import { runChecksKept, type CheckOptions, type CheckResult, type KeptAudit } from './engine.js';

/** How a session audits: the configuration and the options of `runChecks`. */
export interface SessionAudit {
  readonly config?: CheckConfig;
  readonly check?: CheckOptions;
}

/** Options of `createCheckSession`. */
export interface SessionOptions extends SessionAudit {
  /** Folder relative paths start from (default: the process's). */
  readonly cwd?: string;
  /** The loader's cache on disk for the first load (see `LoadOptions.cache`); later loads use the session's memory. */
  readonly cache?: boolean;
  readonly cacheDir?: string;
  readonly maxFileBytes?: number;
  /**
   * The caller names every file that changed (a recursive `fs.watch` that has not failed): a re-check
   * then reads the named files again without `stat`ing the others, except every `sweepEvery`th
   * re-check and when `recheck` is asked to sweep, which `stat` every file (default: off).
   */
  readonly trustChanges?: boolean;
  /** How often a trusting session `stat`s every file anyway (default: every 10th re-check). */
  readonly sweepEvery?: number;
}

/** How one re-check reads. */
export interface RecheckOptions {
  /** `stat` every file, even when the session trusts the names it is given (the watcher failed). */
  readonly sweep?: boolean;
}

/** One audit of the session: what `loadCascade` and `runChecks` found, and how long each took. */
export interface SessionResult {
  readonly cascade: Cascade;
  /** The loader's findings. */
  readonly loaded: readonly Diagnostic[];
  readonly audit: CheckResult;
  /** The loader's and the rules' findings, sorted by file and place. */
  readonly diagnostics: readonly Diagnostic[];
  /** Milliseconds (wall) of loading, of `runChecks`, and of the whole audit. */
  readonly loadMs: number;
  readonly checkMs: number;
  readonly totalMs: number;
  /** How many documents the rules audited again, when an edit let the others' findings be kept. */
  readonly scoped?: number;
}

/** A kept audit of some files and folders: audit again after edits, reading only what changed. */
export interface CheckSession {
  /** The latest audit. */
  readonly last: SessionResult;
  /**
   * Audits again. `changed` names files (absolute, or relative to the session's folder) that
   * changed, were added or were deleted; a file not named is still read again if its size, times
   * or inode changed. `audit` replaces the configuration (the configuration file was edited).
   */
  recheck(changed?: Iterable<string>, audit?: SessionAudit, how?: RecheckOptions): Promise<SessionResult>;
}

/** Loads and audits `paths` once, and keeps what each file yielded for the next audit. */
export async function createCheckSession(paths: readonly string[], options: SessionOptions = {}): Promise<CheckSession> {
  const cwd = options.cwd ?? process.cwd();
  const memo = new ReadMemo();
  // Places, registry and each document's index, kept while the reads they came from are.
  const kept = new KeptLoad();
  const sweepEvery = Math.max(1, options.sweepEvery ?? 10);
  let rechecks = 0;
  let audit: SessionAudit = { ...(options.config ? { config: options.config } : {}), ...(options.check ? { check: options.check } : {}) };
  // The last audit: after an edit of some bodies, only the documents it can reach are audited again.
  let keptAudit: KeptAudit | undefined;
  const once = async (cache: boolean): Promise<SessionResult> => {
    const t0 = performance.now();
    const { cascade, diagnostics: loaded } = await loadCascade(paths, {
      cwd,
      memo,
      kept,
      cache,
      ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
      ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    });
    const t1 = performance.now();
    const run = runChecksKept(cascade, audit.config ?? DEFAULT_CONFIG, audit.check ?? {}, keptAudit);
    keptAudit = run.kept;
    const result = run.result;
    const t2 = performance.now();
    return {
      cascade, loaded, audit: result, diagnostics: sortDiagnostics([...loaded, ...result.diagnostics]), loadMs: t1 - t0, checkMs: t2 - t1, totalMs: t2 - t0,
      ...(run.scoped !== undefined ? { scoped: run.scoped } : {}),
    };
  };
  // The disk cache helps the first load only: afterwards the memory holds every unchanged file.
  let last = await once(options.cache ?? false);
  return {
    get last() {
      return last;
    },
    async recheck(changed = [], next, how = {}) {
      memo.forget([...changed].map((p) => resolve(cwd, p)));
      if (next) audit = next;
      rechecks++;
      memo.trust(options.trustChanges === true && how.sweep !== true && rechecks % sweepEvery !== 0);
      last = await once(false);
      return last;
    },
  };
}
