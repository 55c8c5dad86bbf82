import { isAlias, isNode, parseDocument, visit, type LineCounter } from 'yaml';
import { LineCounter as Lines } from 'yaml';
import type { Diagnostic } from '../report/diagnostic.js';
import { limitOf, overLimit } from './limits.js';

/**
 * What a YAML file's aliases cost once expanded, measured before anything expands them: their
 * number, the characters they stand for (an alias of a large node is as large as the node, and an
 * alias inside it multiplies), and an alias inside the very node it names (a loop).
 */

// An anchor starts a node: after a space, a line start or a flow indicator (`Sở KH&CN` is no anchor).
const ANCHOR = /(?:^|[\s[{,])&[^\s[\]{},]/;

/** Whether the text may hold an anchor at all: most files hold none and need no second look. */
export const mayHoldAnchors = (text: string): boolean => ANCHOR.test(text);

interface Anchor {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

interface AliasAt {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

function place(file: string, lines: LineCounter, offset: number): { file: string; line: number; column: number } {
  const at = lines.linePos(offset);
  return { file, line: at.line, column: at.col };
}

/** The first problem of a file's aliases, or undefined. */
export function aliasProblem(file: string, text: string): Diagnostic | undefined {
  if (!mayHoldAnchors(text)) return undefined;
  const lines = new Lines();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, logLevel: 'error' });
  const anchors: Anchor[] = [];
  const aliases: AliasAt[] = [];
  visit(doc, (_key, node) => {
    if (isAlias(node) && node.range) aliases.push({ name: node.source, start: node.range[0], end: node.range[1] });
    else if (isNode(node) && node.anchor && node.range) anchors.push({ name: node.anchor, start: node.range[0], end: node.range[1] });
  });
  const maxCount = limitOf('aliasCount');
  if (aliases.length > maxCount) {
    const a = aliases[maxCount] as AliasAt;
    return finding(file, lines, a, 'yaml-alias-limit', overLimit('aliasCount', { vi: `${aliases.length} bí danh, bí danh thứ ${maxCount + 1} là *${a.name} ở dòng ${lines.linePos(a.start).line}`, en: `${aliases.length} aliases, alias number ${maxCount + 1} is *${a.name} at line ${lines.linePos(a.start).line}` }, maxCount));
  }
  // The anchor an alias names is the last one of that name defined before it.
  const target = (a: AliasAt): Anchor | undefined => anchors.filter((x) => x.name === a.name && x.start < a.start).at(-1);
  for (const a of aliases) {
    const t = target(a);
    if (t && t.start <= a.start && a.end <= t.end) {
      return finding(file, lines, a, 'yaml-alias-loop', {
        vi: `Bí danh *${a.name} nằm bên trong chính nút &${a.name} mà nó trỏ tới: mở rộng sẽ không bao giờ dừng`,
        en: `The alias *${a.name} sits inside the very node &${a.name} it names: expanding it would never end`,
      });
    }
  }
  const sizes = new Map<Anchor, number>();
  const expanded = (anchor: Anchor, seen: ReadonlySet<Anchor>): number => {
    const known = sizes.get(anchor);
    if (known !== undefined) return known;
    let size = anchor.end - anchor.start;
    for (const a of aliases) {
      if (a.start < anchor.start || a.end > anchor.end) continue;
      const t = target(a);
      if (t && !seen.has(t)) size += expanded(t, new Set([...seen, t])) - (a.end - a.start);
    }
    sizes.set(anchor, size);
    return size;
  };
  const maxBytes = limitOf('aliasExpandedBytes');
  let total = 0;
  for (const a of aliases) {
    const t = target(a);
    if (!t) continue;
    total += expanded(t, new Set([t]));
    if (total > maxBytes) {
      return finding(file, lines, a, 'yaml-alias-limit', overLimit('aliasExpandedBytes', {
        vi: `các bí danh đến *${a.name} (dòng ${lines.linePos(a.start).line}) mở rộng thành ${total} ký tự`,
        en: `the aliases up to *${a.name} (line ${lines.linePos(a.start).line}) expand to ${total} characters`,
      }, maxBytes));
    }
  }
  return undefined;
}

function finding(file: string, lines: LineCounter, a: AliasAt, rule: string, message: Diagnostic['message']): Diagnostic {
  return { rule, severity: 'error', message, place: place(file, lines, a.start), found: `*${a.name}` };
}
