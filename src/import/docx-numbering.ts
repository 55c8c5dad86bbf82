import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

/**
 * The numbers Word prints before its automatically numbered paragraphs ("1.", "a)", "2.3.", "-"),
 * worked out from the package's parts as Word does: a paragraph's `w:numPr` (or its style's) names a
 * list (`w:num` → `w:abstractNum`, with start overrides) and a level; each list counts per level,
 * a level restarts when a level above it moves on, and the level's `w:lvlText` with its `w:numFmt`
 * gives the text. Only numbered paragraphs get a label, in the order of the document.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

interface Lists {
  /** numId → its levels (by ilvl), overrides applied. */
  readonly levels: Map<string, Map<number, Level>>;
  /** numId → the abstract list whose counters it shares. */
  readonly abstractOf: Map<string, string>;
  /** paragraph style id → its numbering. */
  readonly styles: Map<string, { numId: string; ilvl: number }>;
}

type El = Element;

const children = (el: El | undefined, name: string): El[] => {
  if (!el) return [];
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as El).localName === name && (n as El).namespaceURI === W) out.push(n as El);
  return out;
};
const child = (el: El | undefined, name: string): El | undefined => children(el, name)[0];
const val = (el: El | undefined): string | undefined => el?.getAttributeNS(W, 'val') ?? undefined;

function parse(xml: string | undefined): Document | undefined {
  if (xml === undefined) return undefined;
  return new DOMParser({ errorHandler: () => undefined }).parseFromString(xml, 'text/xml') as unknown as Document;
}

function readLevel(lvl: El): Level {
  return {
    start: Number(val(child(lvl, 'start')) ?? '1'),
    format: val(child(lvl, 'numFmt')) ?? 'decimal',
    text: val(child(lvl, 'lvlText')) ?? '',
  };
}

function readLists(numbering: Document | undefined, styles: Document | undefined): Lists {
  const abstract = new Map<string, Map<number, Level>>();
  const root = numbering?.documentElement as El | undefined;
  for (const a of children(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of children(a, 'lvl')) levels.set(Number(lvl.getAttributeNS(W, 'ilvl') ?? '0'), readLevel(lvl));
    abstract.set(a.getAttributeNS(W, 'abstractNumId') ?? '', levels);
  }
  const levels = new Map<string, Map<number, Level>>();
  const abstractOf = new Map<string, string>();
  for (const num of children(root, 'num')) {
    const id = num.getAttributeNS(W, 'numId') ?? '';
    const abs = val(child(num, 'abstractNumId')) ?? '';
    const own = new Map(abstract.get(abs) ?? []);
    for (const o of children(num, 'lvlOverride')) {
      const ilvl = Number(o.getAttributeNS(W, 'ilvl') ?? '0');
      const lvl = child(o, 'lvl');
      const base = lvl ? readLevel(lvl) : own.get(ilvl);
      const start = val(child(o, 'startOverride'));
      if (base) own.set(ilvl, start !== undefined ? { ...base, start: Number(start) } : base);
    }
    levels.set(id, own);
    // A list restarted by an override counts on its own; the others continue their abstract list.
    abstractOf.set(id, children(num, 'lvlOverride').some((o) => child(o, 'startOverride')) ? `num:${id}` : `abs:${abs}`);
  }
  const byStyle = new Map<string, { numId: string; ilvl: number }>();
  for (const s of children(styles?.documentElement as El | undefined, 'style')) {
    const numPr = child(child(s, 'pPr'), 'numPr');
    const numId = val(child(numPr, 'numId'));
    if (numId !== undefined) byStyle.set(s.getAttributeNS(W, 'styleId') ?? '', { numId, ilvl: Number(val(child(numPr, 'ilvl')) ?? '0') });
  }
  return { levels, abstractOf, styles: byStyle };
}

const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(n: number): string {
  let out = '';
  let k = n;
  for (const [v, s] of ROMAN) while (k >= v) {
    out += s;
    k -= v;
  }
  return out;
}

/** A counter as the level's format prints it (Word's letters run a…z, then aa…zz). */
function formatted(n: number, format: string): string {
  const letter = (): string => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
  switch (format) {
    case 'lowerLetter':
      return letter();
    case 'upperLetter':
      return letter().toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** A bullet's text: a dash or plus as written; a symbol-font glyph or dot as "•". */
function bullet(text: string): string {
  const t = text.trim();
  if (/^[-–+]$/u.test(t)) return t === '–' ? '-' : t;
  return '•';
}

/** The labels of the numbered paragraphs of a .docx's main part, in order; none when it has no numbering. */
export async function numberLabels(zip: JSZip): Promise<string[]> {
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  if (numberingXml === undefined) return [];
  const lists = readLists(parse(numberingXml), parse(await zip.file('word/styles.xml')?.async('string')));
  const doc = parse(await zip.file('word/document.xml')?.async('string'));
  if (!doc) return [];
  const counters = new Map<string, number[]>();
  const labels: string[] = [];
  const paragraphs = doc.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i) as El;
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const styled = lists.styles.get(val(child(pPr, 'pStyle')) ?? '');
    const numId = val(child(numPr, 'numId')) ?? styled?.numId;
    if (numId === undefined || numId === '0') continue;
    const ilvl = Number(val(child(numPr, 'ilvl')) ?? (numPr ? '0' : String(styled?.ilvl ?? 0)));
    const levels = lists.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) continue;
    const key = lists.abstractOf.get(numId) ?? numId;
    const count = counters.get(key) ?? [];
    count[ilvl] = count[ilvl] === undefined ? level.start : count[ilvl] + 1;
    // The levels below restart when this one moves on.
    count.length = ilvl + 1;
    counters.set(key, count);
    if (level.format === 'bullet') {
      labels.push(bullet(level.text));
      continue;
    }
    labels.push(
      level.text.replace(/%(\d)/gu, (_, d: string) => {
        const k = Number(d) - 1;
        return formatted(count[k] ?? levels.get(k)?.start ?? 1, levels.get(k)?.format ?? 'decimal');
      }),
    );
  }
  return labels;
}
