import { DOMParser } from '@xmldom/xmldom';
import PizZip from 'pizzip';

/** The parts of a .docx that the tests read, parsed. */
export interface DocxParts {
  readonly files: readonly string[];
  readonly document: Document;
  readonly styles: Document;
  readonly footnotes: Document | undefined;
  /** Header parts by file name (`word/header1.xml`). */
  readonly headers: ReadonlyMap<string, Document>;
  /** The raw text of a part. */
  text(name: string): string;
}

/** Unzips a .docx and parses its main parts with a real XML parser. */
export function openDocx(buffer: Uint8Array): DocxParts {
  const zip = new PizZip(buffer);
  const files = Object.keys(zip.files);
  const text = (name: string): string => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the .docx`);
    return file.asText();
  };
  const parse = (name: string): Document => new DOMParser().parseFromString(text(name), 'text/xml') as unknown as Document;
  const headers = new Map(files.filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => [f, parse(f)] as const));
  return {
    files,
    document: parse('word/document.xml'),
    styles: parse('word/styles.xml'),
    footnotes: files.includes('word/footnotes.xml') ? parse('word/footnotes.xml') : undefined,
    headers,
    text,
  };
}

/** Elements with a qualified name (`w:p`) under a node, in document order. */
export function all(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagName(name));
}

/** The first direct child with a qualified name. */
export function child(node: Element, name: string): Element | undefined {
  return Array.from(node.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).nodeName === name);
}

/** The `w:` attribute of an element (`w:val` by default). */
export function wAttr(el: Element | undefined, name = 'w:val'): string | undefined {
  const v = el?.getAttribute(name);
  return v === null || v === undefined || v === '' ? undefined : v;
}

/** The text of a paragraph (its `w:t`, tabs as `\t`, breaks as `\n`). */
export function paragraphText(p: Element): string {
  let out = '';
  for (const el of all(p, '*')) {
    if (el.nodeName === 'w:t') out += el.textContent ?? '';
    else if (el.nodeName === 'w:tab' && el.parentNode?.nodeName === 'w:r') out += '\t';
    else if (el.nodeName === 'w:br') out += '\n';
  }
  return out;
}

/** The body paragraphs whose text satisfies a test (a string means "starts with"). */
export function paragraphsWhere(doc: Document, test: string | ((text: string) => boolean)): Element[] {
  const ok = typeof test === 'string' ? (t: string) => t.startsWith(test) : test;
  return all(doc, 'w:p').filter((p) => ok(paragraphText(p)));
}

/** The one paragraph whose text starts with `prefix`; throws when there is none. */
export function paragraphStarting(doc: Document, prefix: string): Element {
  const found = paragraphsWhere(doc, prefix)[0];
  if (!found) throw new Error(`no paragraph starts with ${JSON.stringify(prefix)}`);
  return found;
}

/** Direct formatting of a run, as the tests compare it. */
export interface RunFormat {
  readonly font: string | undefined;
  /** Size in points (`w:sz` is in half-points). */
  readonly sizePt: number | undefined;
  readonly bold: boolean;
  readonly italics: boolean;
}

function onOff(el: Element | undefined): boolean {
  if (!el) return false;
  const v = wAttr(el);
  return v === undefined || v === 'true' || v === '1' || v === 'on';
}

/** The direct formatting of a run. */
export function runFormat(run: Element): RunFormat {
  const rPr = child(run, 'w:rPr');
  const sz = rPr ? wAttr(child(rPr, 'w:sz')) : undefined;
  return {
    font: rPr ? wAttr(child(rPr, 'w:rFonts'), 'w:ascii') : undefined,
    sizePt: sz === undefined ? undefined : Number(sz) / 2,
    bold: onOff(rPr ? child(rPr, 'w:b') : undefined),
    italics: onOff(rPr ? child(rPr, 'w:i') : undefined),
  };
}

/** The formatting of every run of a paragraph that carries text. */
export function textRunFormats(p: Element): RunFormat[] {
  return all(p, 'w:r')
    .filter((r) => all(r, 'w:t').some((t) => (t.textContent ?? '') !== ''))
    .map(runFormat);
}

/** A paragraph property element (`w:jc`, `w:ind`, `w:spacing`, `w:pBdr`). */
export function pPr(p: Element, name: string): Element | undefined {
  const props = child(p, 'w:pPr');
  return props ? child(props, name) : undefined;
}
