import { isScalar, visit, type Document, type Pair, type Scalar, type YAMLError, type YAMLMap } from 'yaml';
import type { Diagnostic, Related, Text } from '../report/diagnostic.js';
import { placeAt, type Source } from './source.js';

/** The words of the YAML library's message, without the position and excerpt `prettyErrors` adds. */
function bareMessage(err: YAMLError): string {
  return err.message.split(/ at line \d+, column \d+/)[0] ?? err.message;
}

/** Start offset of the tab in the indentation of the line holding `offset`, or -1. */
function indentTab(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', Math.max(offset - 1, 0)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
  const tab = indent.indexOf('\t');
  return tab < 0 ? -1 : lineStart + tab;
}

// The library's words for each error are precise but terse; these say what to do.
const HINTS: Partial<Record<YAMLError['code'], Text>> = {
  BAD_INDENT: { vi: 'Thụt lề sai: các khóa cùng cấp phải thẳng cột', en: 'Wrong indentation: keys at one level must line up' },
  MULTIPLE_DOCS: {
    vi: 'Tệp chứa nhiều tài liệu YAML (dấu `---`): mỗi tệp chỉ một văn bản',
    en: 'The file holds several YAML documents (`---`): one document per file',
  },
  BAD_ALIAS: { vi: 'Bí danh `*x` trỏ tới anchor `&x` không có', en: 'An alias `*x` names an anchor `&x` that does not exist' },
  BLOCK_AS_IMPLICIT_KEY: {
    vi: 'Khóa không hợp lệ: có thể thiếu dấu `:` hoặc thụt lề sai',
    en: 'Invalid key: a `:` may be missing, or the indentation is wrong',
  },
  MULTILINE_IMPLICIT_KEY: {
    vi: 'Khóa trải trên nhiều dòng: có thể thiếu dấu `:` hoặc dấu nháy đóng',
    en: 'A key spans several lines: a `:` or a closing quote may be missing',
  },
  UNEXPECTED_TOKEN: { vi: 'Ký tự không mong đợi ở đây', en: 'Unexpected character here' },
  MISSING_CHAR: { vi: 'Thiếu ký tự', en: 'A character is missing' },
};

/** One finding for one error of the YAML parser, with a message that says what to fix. */
export function yamlErrorDiagnostic(err: YAMLError, source: Source, doc: Document.Parsed): Diagnostic {
  const [start, end] = err.pos;
  const tab = indentTab(source.text, start);
  if (err.code === 'TAB_AS_INDENT' || tab >= 0) return tabDiagnostic(source, tab >= 0 ? tab : start);
  if (err.code === 'DUPLICATE_KEY') return duplicateKey(err, source, doc);
  const bare = bareMessage(err);
  if (err.code === 'MISSING_CHAR' && /quote/i.test(bare)) return unclosedQuote(err, source, doc);
  const trap = clerkTrap(source, start);
  if (trap) return trap;
  const hint = HINTS[err.code] ?? { vi: 'Lỗi cú pháp YAML', en: 'YAML syntax error' };
  return {
    rule: 'yaml-syntax',
    severity: 'error',
    // The library's own words are English: they stay in the English message only.
    message: { vi: hint.vi, en: `${hint.en} (yaml: ${bare})` },
    place: placeAt(source, start, end),
    found: source.text.slice(start, Math.max(end, start + 1)).split('\n')[0] ?? '',
  };
}

function tabDiagnostic(source: Source, at: number): Diagnostic {
  const place = placeAt(source, at, at + 1);
  return {
    rule: 'yaml-tab-indent',
    severity: 'error',
    message: {
      vi: `Dòng ${place.line} thụt lề bằng ký tự tab (cột ${place.column}): YAML chỉ cho phép thụt lề bằng dấu cách; hãy thay tab bằng dấu cách`,
      en: `Line ${place.line} is indented with a tab (column ${place.column}): YAML allows only spaces for indentation; replace the tab with spaces`,
    },
    place,
    found: '\\t',
    expected: { vi: 'dấu cách', en: 'spaces' },
  };
}

/** The first pair with the same key in the map that holds the duplicate key starting at `offset`. */
function firstOfDuplicate(doc: Document.Parsed, offset: number): { dup?: Scalar; first?: Scalar } {
  let found: { dup?: Scalar; first?: Scalar } = {};
  visit(doc, {
    Map(_, map: YAMLMap) {
      const seen = new Map<unknown, Scalar>();
      for (const pair of map.items as Pair[]) {
        if (!isScalar(pair.key)) continue;
        const prior = seen.get(pair.key.value);
        if (prior && pair.key.range?.[0] === offset) {
          found = { dup: pair.key, first: prior };
          return visit.BREAK;
        }
        if (!prior) seen.set(pair.key.value, pair.key);
      }
      return undefined;
    },
  });
  return found;
}

function duplicateKey(err: YAMLError, source: Source, doc: Document.Parsed): Diagnostic {
  const { dup, first } = firstOfDuplicate(doc, err.pos[0]);
  const key = String(dup?.value ?? source.text.slice(err.pos[0], err.pos[1]));
  const related: Related[] = first?.range
    ? [{ place: placeAt(source, first.range[0], first.range[1]), message: { vi: 'lần đầu ở đây', en: 'first here' } }]
    : [];
  return {
    rule: 'yaml-duplicate-key',
    severity: 'error',
    message: {
      vi: `Khóa \`${key}\` lặp lại trong cùng một bảng: giá trị sau sẽ đè giá trị trước`,
      en: `The key \`${key}\` is repeated in one mapping: the later value would overwrite the earlier`,
    },
    place: placeAt(source, err.pos[0], dup?.range?.[1] ?? err.pos[1]),
    found: key,
    expected: { vi: 'mỗi khóa một lần', en: 'each key once' },
    related,
  };
}

/** Points at the opening quote, which the parser reports only at the end of the file. */
function unclosedQuote(err: YAMLError, source: Source, doc: Document.Parsed): Diagnostic {
  let open = -1;
  visit(doc, {
    Scalar(_, s: Scalar) {
      const r = s.range;
      if (r && (s.type === 'QUOTE_DOUBLE' || s.type === 'QUOTE_SINGLE') && r[0] <= err.pos[0] && r[0] > open) open = r[0];
    },
  });
  const at = open >= 0 ? open : err.pos[0];
  const quote = source.text[at] === "'" ? "'" : '"';
  const found = source.text.slice(at, at + 40).split('\n')[0] ?? '';
  return {
    rule: 'yaml-syntax',
    severity: 'error',
    message: {
      vi: `Dấu nháy ${quote} mở ở đây không được đóng`,
      en: `The quote ${quote} opened here is never closed`,
    },
    place: placeAt(source, at, at + 1),
    found,
    expected: { vi: `một dấu ${quote} đóng chuỗi`, en: `a closing ${quote}` },
    related: [{ place: placeAt(source, err.pos[0]), message: { vi: 'trình đọc YAML dừng ở đây', en: 'the YAML parser stopped here' } }],
  };
}

/** The line of the text holding `offset`, with the offset it starts at. */
function lineAt(text: string, offset: number): { start: number; line: string } {
  const start = text.lastIndexOf('\n', Math.max(offset - 1, 0)) + 1;
  const end = text.indexOf('\n', start);
  return { start, line: text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '') };
}

// `key: value` on one line (after an optional list dash), and a bare `key value` with the colon missing.
const KEY_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):[ \t]+(.*\S)\s*$/;
const KEY_NO_COLON = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)[ \t]+([^:#"'\s][^:#]*?)\s*$/;

/**
 * The two mistakes a clerk makes first, said in words that tell the fix: a text holding ": " left
 * unquoted (YAML reads a second key inside it), and a key written without its colon.
 */
function clerkTrap(source: Source, offset: number): Diagnostic | undefined {
  const { start, line } = lineAt(source.text, offset);
  const kv = KEY_VALUE.exec(line);
  const value = kv?.[3];
  if (kv && value && /:\s/.test(value) && !/^["'[{|>]/.test(value)) {
    const valueStart = start + line.indexOf(value, (kv[1]?.length ?? 0) + (kv[2]?.length ?? 0) + 1);
    const quoted = `${kv[2]}: "${value.replace(/"/g, '\\"')}"`;
    return {
      rule: 'yaml-colon-in-text',
      severity: 'error',
      message: {
        vi: `Nội dung của \`${kv[2]}\` có dấu \`:\` và dấu cách: đặt nội dung có dấu ':' trong dấu nháy, ví dụ ${quoted}`,
        en: `The value of \`${kv[2]}\` holds a \`:\` followed by a space: put text containing ':' in quotes, e.g. ${quoted}`,
      },
      place: placeAt(source, valueStart, valueStart + value.length),
      found: value,
      expected: { vi: 'nội dung trong dấu nháy "…"', en: 'the text in quotes "…"' },
    };
  }
  const bare = KEY_NO_COLON.exec(line);
  if (bare && bare[2] && bare[3]) {
    const keyStart = start + (bare[1]?.length ?? 0);
    return {
      rule: 'yaml-missing-colon',
      severity: 'error',
      message: {
        vi: `Thiếu dấu \`:\` sau khóa \`${bare[2]}\`: viết \`${bare[2]}: ${bare[3]}\``,
        en: `A \`:\` is missing after the key \`${bare[2]}\`: write \`${bare[2]}: ${bare[3]}\``,
      },
      place: placeAt(source, keyStart, keyStart + line.trimEnd().length - (bare[1]?.length ?? 0)),
      found: line.trim(),
      expected: { vi: `\`${bare[2]}: …\``, en: `\`${bare[2]}: …\`` },
    };
  }
  return undefined;
}
