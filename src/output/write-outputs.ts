import { lstat, mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeDocxAtomic } from '../docx/write.js';
import type { Lang } from '../report/diagnostic.js';
import { clearJournal, readJournal, type JournalEntry } from './journal.js';
import { readManifest, sha256, writeManifest, type Manifest } from './manifest.js';

/** A file to write into the output folder: its name there and its bytes, already complete in memory. */
export interface OutputFile {
  readonly name: string;
  readonly kind: string;
  readonly data: Uint8Array;
}

/** What a write did to each file. */
export interface WriteReport {
  /** New files. */
  readonly created: readonly string[];
  /** Files the tool had written before, unchanged since, replaced. */
  readonly replaced: readonly string[];
  /** Files someone else wrote or edited, replaced because `force` was given. */
  readonly forced: readonly string[];
}

/** Why a file is not the tool's to replace. */
export interface Conflict {
  readonly name: string;
  readonly reason: 'edited' | 'foreign' | 'read-only' | 'dangling-link';
}

/** Thrown before anything is written when files in the way are not the tool's own and `force` was not given. */
export class OutputConflictError extends Error {
  readonly conflicts: readonly Conflict[];
  constructor(dir: string, conflicts: readonly Conflict[]) {
    super(conflictMessage(dir, conflicts, 'vi'));
    this.name = 'OutputConflictError';
    this.conflicts = conflicts;
  }

  /** The message in the user's language. */
  say(dir: string, lang: Lang): string {
    return conflictMessage(dir, this.conflicts, lang);
  }
}

function conflictMessage(dir: string, conflicts: readonly Conflict[], lang: Lang): string {
  const lines = conflicts.map((c) => {
    const why = {
      edited: { vi: 'đã bị sửa sau khi chương trình ghi', en: 'edited since the tool wrote it' },
      foreign: { vi: 'không do chương trình ghi', en: 'not written by the tool' },
      'read-only': { vi: 'chỉ đọc (người dùng đã khóa tệp)', en: 'read-only (locked by its owner)' },
      'dangling-link': { vi: 'liên kết tượng trưng trỏ tới tệp không còn', en: 'a symbolic link to a file that no longer exists' },
    }[c.reason];
    return `  ${join(dir, c.name)}: ${why[lang]}`;
  });
  const head = lang === 'vi'
    ? `Không ghi đè ${conflicts.length} tệp (dùng --force để ghi đè); chưa ghi tệp nào:`
    : `Not overwriting ${conflicts.length} file${conflicts.length === 1 ? '' : 's'} (use --force to overwrite); nothing was written:`;
  return [head, ...lines].join('\n');
}

async function onDisk(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** What stands at `name` in `dir`: nothing, the tool's own unedited file, an edited one, or one it never wrote. */
async function stateOf(dir: string, name: string, manifest: Manifest, journal: ReadonlyMap<string, readonly JournalEntry[]> = new Map()): Promise<'new' | 'ours' | Conflict['reason']> {
  const existing = await onDisk(join(dir, name));
  if (!existing) return (await lstat(join(dir, name)).catch(() => undefined))?.isSymbolicLink() ? 'dangling-link' : 'new';
  // A file the tool wrote and someone then made read-only is theirs now: not replaced without --force.
  if (((await lstat(join(dir, name))).mode & 0o222) === 0) return 'read-only';
  const recorded = manifest.files[name]?.sha256;
  const journaled = journal.get(name) ?? [];
  if (recorded === undefined && journaled.length === 0) return 'foreign';
  const hash = sha256(existing);
  // The journal holds what an interrupted run was publishing: its complete files are the tool's own.
  return recorded === hash || journaled.some((j) => j.sha256 === hash) ? 'ours' : 'edited';
}

/**
 * Folds an interrupted run's journal into the manifest: a journaled file whose bytes are on disk
 * becomes the tool's own; the journal is then removed. Returns the manifest.
 */
export async function settleJournal(dir: string): Promise<Manifest> {
  const manifest = await readManifest(dir);
  const journal = readJournal(dir);
  if (journal.size === 0) return manifest;
  const files = { ...manifest.files };
  const now = new Date().toISOString();
  for (const [name, entries] of journal) {
    const recorded = files[name]?.sha256;
    if (recorded !== undefined && entries.some((e) => e.sha256 === recorded)) continue;
    const existing = await onDisk(join(dir, name));
    if (!existing) continue;
    const hash = sha256(existing);
    const match = entries.find((e) => e.sha256 === hash);
    if (match) files[name] = { sha256: hash, ...(match.kind ? { kind: match.kind } : {}), written: now };
  }
  const settled: Manifest = { version: 1, files };
  await writeManifest(dir, settled);
  clearJournal(dir);
  return settled;
}

/** What is in the way of writing `names` into `dir`: the tool's own unedited files (replaceable) and the rest. */
export interface TargetsInWay {
  readonly ours: readonly string[];
  readonly conflicts: readonly Conflict[];
}

/**
 * Looks at the files `names` would replace in `dir`, by the folder's manifest: a file whose bytes
 * still match the sha256 recorded when the tool wrote it is the tool's to replace; any other is a
 * conflict (`foreign`: the tool never wrote it; `edited`: changed since).
 */
export async function targetsInWay(dir: string, names: readonly string[]): Promise<TargetsInWay> {
  const manifest = await readManifest(dir);
  const journal = readJournal(dir);
  const ours: string[] = [];
  const conflicts: Conflict[] = [];
  for (const name of names) {
    const state = await stateOf(dir, name, manifest, journal);
    if (state === 'ours') ours.push(name);
    else if (state !== 'new') conflicts.push({ name, reason: state });
  }
  return { ours, conflicts };
}

/** Adds files the tool has just written to the folder's manifest (their hashes, kind, time). */
export async function recordOutputs(dir: string, written: readonly { readonly name: string; readonly sha256: string }[], kind: string): Promise<void> {
  const journal = readJournal(dir);
  if (written.length === 0 && journal.size === 0) return;
  const manifest = await readManifest(dir);
  const now = new Date().toISOString();
  const files = { ...manifest.files };
  for (const w of written) files[w.name] = { sha256: w.sha256, kind, written: now };
  await writeManifest(dir, { version: 1, files });
  // Whatever the journal holds beyond what was reported (a chunk whose report was lost) is settled from the disk.
  if (journal.size > 0) await settleJournal(dir);
}

/**
 * Writes complete files into the tool's output folder. The folder's manifest holds the sha256 of
 * every file the tool wrote: a file is replaced only when its bytes still match (the tool wrote it
 * and nobody edited it since); any other file in the way stops the whole write before anything is
 * written, unless `force`. Each file is written atomically; the manifest is updated with what was
 * written even when a later file fails.
 */
export async function writeOutputs(dir: string, files: readonly OutputFile[], options: { readonly force?: boolean } = {}): Promise<WriteReport> {
  const names = files.map((f) => f.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new Error(`two outputs named ${twice}`);
  await mkdir(dir, { recursive: true });
  const manifest = await readManifest(dir);
  const plan = await Promise.all(
    files.map(async (f) => {
      if (basename(f.name) !== f.name || f.name.startsWith('.')) throw new Error(`bad output name ${f.name}`);
      return { file: f, state: await stateOf(dir, f.name, manifest) };
    }),
  );
  const conflicts = plan.filter((p) => p.state !== 'new' && p.state !== 'ours').map((p) => ({ name: p.file.name, reason: p.state as Conflict['reason'] }));
  if (conflicts.length > 0 && !options.force) throw new OutputConflictError(dir, conflicts);
  const report = { created: [] as string[], replaced: [] as string[], forced: [] as string[] };
  const updated: Manifest = { version: 1, files: { ...manifest.files } };
  const now = new Date().toISOString();
  try {
    for (const p of plan) {
      await writeDocxAtomic(join(dir, p.file.name), p.file.data, { force: p.state !== 'new' });
      updated.files[p.file.name] = { sha256: sha256(p.file.data), kind: p.file.kind, written: now };
      (p.state === 'new' ? report.created : p.state === 'ours' ? report.replaced : report.forced).push(p.file.name);
    }
  } finally {
    await writeManifest(dir, updated);
  }
  return report;
}
