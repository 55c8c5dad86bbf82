import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { ParsedConfig } from '../../check/config.js';
import { CONFIG_FILE } from '../../check/config.js';
import { createCheckSession, type CheckSession, type SessionAudit, type SessionResult } from '../../check/session.js';
import type { NotEvaluatedInput } from '../../report/check-json.js';
import { countDiagnostics, countsText } from '../../report/counts.js';
import type { Diagnostic, Lang } from '../../report/diagnostic.js';
import { formatStylish } from '../../report/stylish.js';
import { cacheOnByDefault } from '../../load/cache-dir.js';
import type { CliIO } from '../io.js';

/** One audit as `cascade check` shows it. */
export interface Presented {
  /** Every finding inside the given paths (what the exit code reads). */
  readonly all: readonly Diagnostic[];
  /** What is printed (`--quiet`: errors only). */
  readonly shown: readonly Diagnostic[];
  readonly notEvaluated: readonly NotEvaluatedInput[];
  readonly text: string;
}

/** What `watchCheck` needs of the `check` command. */
export interface WatchOptions {
  readonly io: CliIO;
  readonly lang: Lang;
  /** Stylish output: only the new findings are printed after an edit; other formats print the whole output again. */
  readonly stylish: boolean;
  readonly asOf: string;
  readonly readConfig: () => Promise<ParsedConfig | undefined>;
  readonly present: (result: SessionResult) => Presented;
  /** Stops watching (default: Ctrl-C or SIGTERM). */
  readonly signal?: AbortSignal;
  /** Milliseconds of quiet after the last change before checking again (default 100). */
  readonly debounceMs?: number;
}

const YAML = /\.ya?ml$/iu;

function auditOf(parsed: ParsedConfig | undefined, asOf: string): SessionAudit {
  return { ...(parsed?.config ? { config: parsed.config } : {}), check: { waiverPlaces: parsed?.waiverPlaces ?? [], asOf } };
}

/** A finding without its line: moving text above it does not make it new. */
function keyOf(d: Diagnostic): string {
  return [d.severity, d.rule, d.place?.file ?? '', d.message.en, d.found ?? ''].join('\u0000');
}

/** Findings that appeared and that went away, by severity, counting repeats. */
export function changesOf(before: readonly Diagnostic[], after: readonly Diagnostic[]): { added: Diagnostic[]; gone: Diagnostic[] } {
  const left = new Map<string, Diagnostic[]>();
  for (const d of before) {
    const k = keyOf(d);
    left.set(k, [...(left.get(k) ?? []), d]);
  }
  const added: Diagnostic[] = [];
  for (const d of after) {
    const same = left.get(keyOf(d));
    if (same && same.length > 0) same.pop();
    else added.push(d);
  }
  return { added, gone: [...left.values()].flat() };
}

const seconds = (ms: number, lang: Lang): string => {
  const s = (ms / 1000).toFixed(2);
  return `${lang === 'vi' ? s.replace('.', ',') : s} s`;
};

/** "+2 lỗi mới, −1 đã sửa" / "+2 new errors, −1 fixed", with warnings and information when they changed. */
export function changeText(added: readonly Diagnostic[], gone: readonly Diagnostic[], lang: Lang): string {
  const a = countDiagnostics(added);
  const g = countDiagnostics(gone);
  if (a.errors + a.warnings + a.infos + g.errors + g.warnings + g.infos === 0) return lang === 'vi' ? 'không có gì thay đổi' : 'nothing changed';
  const parts =
    lang === 'vi'
      ? [`+${a.errors} lỗi mới, −${g.errors} đã sửa`, ...(a.warnings + g.warnings > 0 ? [`cảnh báo +${a.warnings} −${g.warnings}`] : []), ...(a.infos + g.infos > 0 ? [`thông tin +${a.infos} −${g.infos}`] : [])]
      : [`+${a.errors} new error${a.errors === 1 ? '' : 's'}, −${g.errors} fixed`, ...(a.warnings + g.warnings > 0 ? [`warnings +${a.warnings} −${g.warnings}`] : []), ...(a.infos + g.infos > 0 ? [`info +${a.infos} −${g.infos}`] : [])];
  return parts.join('; ');
}

/** The folders to watch: a given folder itself (recursively), a given file's folder. */
async function watchRoots(paths: readonly string[], cwd: string): Promise<{ dir: string; only?: string }[]> {
  const roots: { dir: string; only?: string }[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const isDir = await stat(abs).then((s) => s.isDirectory(), () => false);
    roots.push(isDir ? { dir: abs } : { dir: dirname(abs), only: abs });
  }
  return roots;
}

/**
 * `cascade check --watch`: checks once and prints the findings as `check` does, then watches the
 * given folders; after each change (debounced) it reads again only the changed files, runs the
 * rules again, and prints the new findings, the counts, what changed and how long it took. A file
 * that does not parse is a finding with its place, and the watch goes on. Ends on Ctrl-C.
 */
export async function watchCheck(paths: readonly string[], parsed: ParsedConfig | undefined, o: WatchOptions): Promise<void> {
  const { io, lang } = o;
  // Ctrl-C is heard from the start: pressed during the first check, it ends the watch after it.
  const controller = new AbortController();
  const signal = o.signal ?? controller.signal;
  const stop = (): void => controller.abort();
  if (!o.signal) {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  // Watching starts before the first check, so that no edit falls between the two.
  let session: CheckSession | undefined;
  let shown: Presented | undefined;
  const pending = new Set<string>();
  // A watcher that failed may have missed a change: the next re-check `stat`s every file.
  let sweep = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const recheck = async (): Promise<void> => {
    if (!session || !shown) return;
    const changed = [...pending];
    pending.clear();
    const configChanged = changed.some((p) => basename(p) === CONFIG_FILE);
    let audit: SessionAudit | undefined;
    if (configChanged) {
      const next = await o.readConfig().catch(() => undefined);
      if (next && !next.config) {
        io.stdout.write(formatStylish([...next.diagnostics], { lang, color: io.isTTY }));
        status(lang === 'vi' ? 'Tệp cấu hình có lỗi: vẫn dùng cấu hình trước.' : 'The configuration has errors: the previous one is still used.');
      } else audit = auditOf(next, o.asOf);
    }
    const before = shown;
    const how = { sweep };
    sweep = false;
    const result = await session.recheck(changed, audit, how);
    shown = o.present(result);
    const { added, gone } = changesOf(before.all, shown.all);
    if (o.stylish) {
      const fresh = new Set(added);
      const news = shown.shown.filter((d) => fresh.has(d));
      if (news.length > 0) io.stdout.write(`\n${lang === 'vi' ? 'Phát hiện mới:' : 'New findings:'}\n${formatStylish(news, { lang, color: io.isTTY })}`);
    } else io.stdout.write(shown.text);
    const docs = result.cascade.documents.length;
    const scope = result.scoped === undefined ? '' : lang === 'vi' ? `, ${result.scoped}/${docs} văn bản` : `, ${result.scoped} of ${docs} documents`;
    const took = lang === 'vi'
      ? `kiểm tra lại trong ${seconds(result.totalMs, lang)} (quy tắc ${seconds(result.checkMs, lang)}${scope})`
      : `re-checked in ${seconds(result.totalMs, lang)} (rules ${seconds(result.checkMs, lang)}${scope})`;
    status(`${countsText(countDiagnostics(shown.all), lang)} · ${changeText(added, gone, lang)} · ${took}`);
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (running || !session) return; // the running (or first) check schedules the next one when it ends
      running = recheck().catch((e: unknown) => {
        // The loader reports bad files as findings; anything else is said in one line, and the watch goes on.
        io.stderr.write(`${lang === 'vi' ? 'không kiểm tra lại được' : 'could not check again'}: ${e instanceof Error ? e.message : String(e)}\n`);
      }).finally(() => {
        running = undefined;
        if (pending.size > 0) schedule();
      });
    }, o.debounceMs ?? 100);
  };

  const watchers: FSWatcher[] = [];
  for (const root of await watchRoots(paths, io.cwd)) {
    const w = watch(root.dir, { recursive: root.only === undefined }, (_event, name) => {
      if (name === null) return;
      const abs = resolve(root.dir, name.toString());
      if (root.only !== undefined ? abs !== root.only : !YAML.test(abs)) return;
      pending.add(abs);
      schedule();
    });
    w.on('error', () => {
      sweep = true;
      schedule();
    });
    watchers.push(w);
  }

  // The watchers name every changed file: the session need not `stat` the others (but sweeps now and then).
  session = await createCheckSession(paths, { cwd: io.cwd, cache: cacheOnByDefault(), trustChanges: true, ...auditOf(parsed, o.asOf) });
  shown = o.present(session.last);
  io.stdout.write(shown.text);
  const status = (line: string): void => void (o.stylish ? io.stdout : io.stderr).write(`${line}\n`);
  status(lang === 'vi'
    ? `Đang theo dõi ${paths.join(', ')} (kiểm tra lần đầu trong ${seconds(session.last.totalMs, lang)}); Ctrl-C để thoát.`
    : `Watching ${paths.join(', ')} (first check in ${seconds(session.last.totalMs, lang)}); Ctrl-C to stop.`);

  // Edits made while the first check ran were seen by the watchers: check them now.
  if (pending.size > 0) schedule();

  await new Promise<void>((done) => {
    if (signal.aborted) done();
    else signal.addEventListener('abort', () => done(), { once: true });
  });
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  for (const w of watchers) w.close();
  if (timer) clearTimeout(timer);
  await running;
  status(lang === 'vi' ? 'Đã dừng theo dõi.' : 'Stopped watching.');
}
