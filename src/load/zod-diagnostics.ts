import type { Document as YamlDocument } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic, Place, Text } from '../report/diagnostic.js';
import { isZodDefaultMessage, modelMessage } from '../i18n/model-messages.js';
import { nearest } from './nearest.js';
import { placeOfNode } from './positions.js';
import { knownKeys } from './schema-keys.js';
import type { Source } from './source.js';
import { walkPath } from './yaml-path.js';
import { flattenIssue, valueAt, type FlatIssue } from './zod-flatten.js';

type Issue = z.core.$ZodIssue;

/** What a finding says, before it is given a place. */
interface Said {
  readonly rule: string;
  readonly message: Text;
  readonly found?: string;
  readonly expected?: Text;
}

const TYPE_NAMES: Readonly<Record<string, Text>> = {
  string: { vi: 'chuỗi văn bản', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'true/false', en: 'true/false' },
  array: { vi: 'danh sách (`- …` hoặc `[…]`)', en: 'a list (`- …` or `[…]`)' },
  object: { vi: 'bảng khóa–giá trị (`khóa: giá trị`)', en: 'a mapping (`key: value`)' },
  record: { vi: 'bảng khóa–giá trị (`khóa: giá trị`)', en: 'a mapping (`key: value`)' },
  null: { vi: 'giá trị rỗng', en: 'an empty value' },
};

function typeName(t: string): Text {
  return TYPE_NAMES[t] ?? { vi: t, en: t };
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The value as the user wrote it, short: strings as they are, lists and maps abbreviated. */
export function quote(v: unknown): string {
  if (typeof v === 'string') return v.length > 120 ? `${v.slice(0, 117)}…` : v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const s = JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 77)}…` : s;
  }
  return String(v);
}

/** `date`, `lead #2`: the name of the place in the user's words (items counted from 1). */
function fieldName(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const key = [...path].reverse().find((p) => typeof p === 'string');
    return key === undefined ? `#${last + 1}` : `${String(key)} #${last + 1}`;
  }
  return last === undefined ? '' : String(last);
}

function join(items: readonly string[], lang: 'vi' | 'en'): string {
  const q = items.map((i) => `\`${i}\``);
  if (q.length < 2) return q.join('');
  return `${q.slice(0, -1).join(', ')} ${lang === 'vi' ? 'hoặc' : 'or'} ${q[q.length - 1]}`;
}

function unknownKey(key: string): Said {
  const guess = nearest(key, knownKeys());
  const vi = guess ? ` (có phải \`${guess}\`?)` : '';
  const en = guess ? ` (did you mean \`${guess}\`?)` : '';
  return {
    rule: 'schema-unknown-key',
    message: { vi: `Khóa không được phép ở đây: \`${key}\`${vi}`, en: `Key not allowed here: \`${key}\`${en}` },
    found: key,
    expected: guess ? { vi: `\`${guess}\``, en: `\`${guess}\`` } : { vi: 'một khóa mà lược đồ biết', en: 'a key the schema knows' },
  };
}

function oneOfKeys(keys: readonly string[], present: unknown): Said {
  const have = present !== null && typeof present === 'object' ? Object.keys(present) : [];
  const guess = have.map((k) => nearest(k, keys)).find((g) => g !== undefined);
  const hint = guess ? { vi: ` (có phải \`${guess}\`?)`, en: ` (did you mean \`${guess}\`?)` } : { vi: '', en: '' };
  const seen = have.length > 0 ? have : ['(không có)'];
  return {
    rule: 'schema-node-kind',
    message: {
      vi: `Không rõ mục này là gì: cần một trong các khóa ${join(keys, 'vi')}; thấy ${seen.map((k) => `\`${k}\``).join(', ')}${hint.vi}`,
      en: `Cannot tell what this item is: it needs one of the keys ${join(keys, 'en')}; found ${(have.length > 0 ? have : ['(none)']).map((k) => `\`${k}\``).join(', ')}${hint.en}`,
    },
    found: have.join(', '),
    expected: { vi: `một trong các khóa ${join(keys, 'vi')}`, en: `one of the keys ${join(keys, 'en')}` },
  };
}

function wrongType(field: string, value: unknown, expected: readonly string[]): Said {
  const names = expected.map(typeName);
  const want: Text = { vi: names.map((n) => n.vi).join(' hoặc '), en: names.map((n) => n.en).join(' or ') };
  const got = typeName(typeOf(value));
  // YAML reads `number: 14` as a number and `yes` as a boolean: the fix is quotes.
  const quoteHint =
    expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')
      ? { vi: `; hãy đặt trong dấu nháy: "${String(value)}"`, en: `; put it in quotes: "${String(value)}"` }
      : { vi: '', en: '' };
  return {
    rule: 'schema-wrong-type',
    message: {
      vi: `Sai kiểu ở \`${field}\`: thấy ${got.vi} \`${quote(value)}\`, cần ${want.vi}${quoteHint.vi}`,
      en: `Wrong type at \`${field}\`: found ${got.en} \`${quote(value)}\`, expected ${want.en}${quoteHint.en}`,
    },
    found: quote(value),
    expected: want,
  };
}

function invalidFormat(field: string, value: unknown, issue: Issue & { code: 'invalid_format' }): Said {
  const expected = isZodDefaultMessage(issue.message)
    ? { vi: `chuỗi khớp mẫu ${issue.pattern ?? issue.format}`, en: `text matching ${issue.pattern ?? issue.format}` }
    : modelMessage(issue.message);
  return {
    rule: 'schema-invalid-format',
    message: {
      vi: `\`${field}\` sai dạng: \`${quote(value)}\`, cần ${expected.vi}`,
      en: `\`${field}\` is malformed: \`${quote(value)}\`, expected ${expected.en}`,
    },
    found: quote(value),
    expected,
  };
}

function invalidValue(field: string, value: unknown, values: readonly unknown[]): Said {
  const options = values.map(String);
  const guess = typeof value === 'string' ? nearest(value, options) : undefined;
  const hint = guess ? { vi: ` (có phải \`${guess}\`?)`, en: ` (did you mean \`${guess}\`?)` } : { vi: '', en: '' };
  return {
    rule: 'schema-invalid-value',
    message: {
      vi: `Giá trị \`${quote(value)}\` không hợp lệ cho \`${field}\`${hint.vi}`,
      en: `The value \`${quote(value)}\` is not valid for \`${field}\`${hint.en}`,
    },
    found: quote(value),
    expected: { vi: `một trong ${join(options, 'vi')}`, en: `one of ${join(options, 'en')}` },
  };
}

function custom(field: string, value: unknown, message: string): Said {
  const text = modelMessage(message);
  if (/ngày không có thật/.test(message)) {
    return {
      rule: 'schema-invalid-date',
      message: {
        vi: `Ngày \`${quote(value)}\` ở \`${field}\` không có thật trong lịch`,
        en: `The date \`${quote(value)}\` at \`${field}\` is not in the calendar`,
      },
      found: quote(value),
      expected: { vi: 'một ngày có thật, dạng `2026-05-11`', en: 'a real date, like `2026-05-11`' },
    };
  }
  return {
    rule: 'schema-invalid',
    message: { vi: `\`${field || 'mục này'}\`: ${text.vi}`, en: `\`${field || 'this item'}\`: ${text.en}` },
    found: quote(value),
    expected: text,
  };
}

function sizeIssue(field: string, value: unknown, issue: Issue & { code: 'too_small' | 'too_big' }): Said {
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  if (issue.origin === 'string' && small) {
    return {
      rule: 'schema-empty',
      message: { vi: `\`${field}\` rỗng`, en: `\`${field}\` is empty` },
      found: '',
      expected: { vi: 'một chuỗi không rỗng', en: 'non-empty text' },
    };
  }
  if (issue.origin === 'array') {
    return {
      rule: 'schema-empty',
      message: {
        vi: `Danh sách \`${field}\` cần ${small ? 'ít nhất' : 'nhiều nhất'} ${bound} mục`,
        en: `The list \`${field}\` needs ${small ? 'at least' : 'at most'} ${bound} item(s)`,
      },
      found: quote(value),
      expected: { vi: `${small ? '≥' : '≤'} ${bound} mục`, en: `${small ? '≥' : '≤'} ${bound} item(s)` },
    };
  }
  return {
    rule: 'schema-out-of-range',
    message: {
      vi: `\`${field}\` = ${quote(value)} nằm ngoài khoảng cho phép (${small ? '≥' : '≤'} ${bound})`,
      en: `\`${field}\` = ${quote(value)} is out of range (${small ? '≥' : '≤'} ${bound})`,
    },
    found: quote(value),
    expected: { vi: `${small ? '≥' : '≤'} ${bound}`, en: `${small ? '≥' : '≤'} ${bound}` },
  };
}

function missingKey(field: string, expected: string): Said {
  const t = typeName(expected);
  return {
    rule: 'schema-missing-key',
    message: { vi: `Thiếu khóa bắt buộc \`${field}\``, en: `The required key \`${field}\` is missing` },
    expected: { vi: `khóa \`${field}\` (${t.vi})`, en: `the key \`${field}\` (${t.en})` },
  };
}

/** What to say about one flattened issue. */
function say(flat: FlatIssue, data: unknown): Said {
  const value = valueAt(data, flat.path);
  const field = fieldName(flat.path);
  if (flat.kind === 'unknown-key') return unknownKey(flat.key);
  if (flat.kind === 'one-of-keys') return oneOfKeys(flat.keys, value);
  if (flat.kind === 'one-of-types') {
    return value === undefined && flat.path.length > 0 ? missingKey(field, flat.types[0] ?? 'string') : wrongType(field, value, flat.types);
  }
  const { issue } = flat;
  if (value === undefined && flat.path.length > 0) {
    if (issue.code === 'invalid_type') return missingKey(field, issue.expected);
    if (issue.code === 'invalid_union') return missingKey(field, 'string');
  }
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(field, value, [issue.expected]);
    case 'invalid_format':
      return invalidFormat(field, value, issue);
    case 'invalid_value':
      return invalidValue(field, value, issue.values);
    case 'custom':
      return custom(field, value, issue.message);
    case 'too_small':
    case 'too_big':
      return sizeIssue(field, value, issue);
    default:
      return {
        rule: 'schema-invalid',
        message: { vi: `\`${field}\`: ${issue.message}`, en: `\`${field}\`: ${issue.message}` },
        found: quote(value),
      };
  }
}

/** Where a flattened issue sits: its key (or list item); the enclosing object for a missing key. */
function placeOf(flat: FlatIssue, doc: YamlDocument.Parsed, source: Source): Place | undefined {
  const hit = walkPath(doc, flat.path);
  if (hit.complete && hit.pair) return placeOfNode(source, hit.pair);
  return placeOfNode(source, hit.node) ?? { file: source.file, line: 1, column: 1 };
}

/** zod's issues for one file as findings, one per issue, each at its key in the YAML. */
export function zodDiagnostics(issues: readonly Issue[], data: unknown, doc: YamlDocument.Parsed, source: Source): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    for (const flat of flattenIssue(issue, [], data)) {
      const said = say(flat, data);
      const place = placeOf(flat, doc, source);
      out.push({ severity: 'error', ...said, ...(place ? { place } : {}) });
    }
  }
  return out;
}
