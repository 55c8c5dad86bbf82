import type { Text } from '../report/diagnostic.js';

/**
 * The limits on what enters the tool: each has a default, an environment variable that raises (or
 * lowers) it, and a message that names it and says how to raise it. They bound memory and time on a
 * careless or hostile file; real files sit far below each of them (see docs/limits.md).
 */

/** One named limit. */
export interface Limit {
  /** What is limited, in words. */
  readonly what: Text;
  /** The environment variable that sets it. */
  readonly env: string;
  readonly default: number;
  /** The unit of the value, for messages. */
  readonly unit: Text;
}

const limit = (env: string, value: number, what: Text, unit: Text): Limit => ({ env, default: value, what, unit });
const BYTES: Text = { vi: 'byte', en: 'bytes' };

/** The limits, by name. */
export const LIMITS = {
  /** Bytes of a letter given to `cascade import` (text or .docx file). */
  importBytes: limit('CASCADE_MAX_IMPORT_BYTES', 4 * 1024 * 1024, { vi: 'kích thước tệp nhập', en: 'size of an imported file' }, BYTES),
  /** Bytes of the text of a letter, once read (a .docx's text, or the text file). */
  importTextBytes: limit('CASCADE_MAX_IMPORT_TEXT_BYTES', 2 * 1024 * 1024, { vi: 'độ dài văn bản nhập', en: 'length of an imported text' }, BYTES),
  /** Bytes of all the parts of a .docx after inflation. */
  docxInflatedBytes: limit('CASCADE_MAX_DOCX_INFLATED_BYTES', 32 * 1024 * 1024, { vi: 'dung lượng giải nén của tệp .docx', en: 'inflated size of a .docx' }, BYTES),
  /** Levels of nesting: YAML blocks and flow collections, Markdown lists and quotes. */
  nestingDepth: limit('CASCADE_MAX_NESTING_DEPTH', 64, { vi: 'độ sâu lồng nhau', en: 'nesting depth' }, { vi: 'cấp', en: 'levels' }),
  /** Alias expansions per YAML file. */
  aliasCount: limit('CASCADE_MAX_ALIASES', 100, { vi: 'số lần mở rộng bí danh (alias)', en: 'alias expansions' }, { vi: 'lần', en: 'expansions' }),
  /** Characters a YAML file's aliases stand for once expanded, over all its aliases. */
  aliasExpandedBytes: limit('CASCADE_MAX_ALIAS_EXPANSION', 256 * 1024, { vi: 'dung lượng sau khi mở rộng bí danh', en: 'size of the expanded aliases' }, { vi: 'ký tự', en: 'characters' }),
  /** Tasks (and sections) in one document. */
  tasksPerDocument: limit('CASCADE_MAX_TASKS', 5000, { vi: 'số nhiệm vụ trong một văn bản', en: 'tasks in one document' }, { vi: 'nhiệm vụ', en: 'tasks' }),
  /** Staff of one unit in a figures file. */
  staffPerUnit: limit('CASCADE_MAX_STAFF', 200_000, { vi: 'số cán bộ của một đơn vị', en: 'staff of one unit' }, { vi: 'người', en: 'people' }),
} as const;

/** The name of a limit. */
export type LimitName = keyof typeof LIMITS;

/** The value of a limit: its environment variable when set to a positive whole number, else its default. */
export function limitOf(name: LimitName, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[LIMITS[name].env];
  if (raw === undefined || raw.trim() === '') return LIMITS[name].default;
  const n = Number(raw.replace(/[_\s]/g, ''));
  return Number.isSafeInteger(n) && n > 0 ? n : LIMITS[name].default;
}

/** "over the limit": what was found, the limit, and how to raise it. */
export function overLimit(name: LimitName, found: string | Text, max = limitOf(name)): Text {
  const l = LIMITS[name];
  const f: Text = typeof found === 'string' ? { vi: found, en: found } : found;
  return {
    vi: `Vượt giới hạn ${l.what.vi}: ${f.vi}, giới hạn ${max} ${l.unit.vi} (nâng bằng biến môi trường ${l.env}=<số>); dừng, không đọc tiếp`,
    en: `Over the limit on ${l.what.en}: ${f.en}, the limit is ${max} ${l.unit.en} (raise it with the environment variable ${l.env}=<n>); stopped, nothing more read`,
  };
}
