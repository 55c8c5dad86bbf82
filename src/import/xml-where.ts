import JSZip from 'jszip';

/** Where a part's XML first breaks, as the XML reader Word files go through (xmldom) reports it. */
export interface XmlBreak {
  readonly part: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

interface DomParserLike {
  parseFromString(text: string, type: string): unknown;
}
type DomParserCtor = new (options: { locator: object; errorHandler: (level: string, message: string) => void }) => DomParserLike;

/**
 * The first break in the XML of the document's main part, read again with a locator (the Word
 * reader keeps no position); undefined when the XML reads, or the reader is not installed.
 */
export async function locateXmlBreak(bytes: Uint8Array, part = 'word/document.xml'): Promise<XmlBreak | undefined> {
  let DOMParser: DomParserCtor;
  try {
    // The XML reader mammoth itself uses (installed with it).
    ({ DOMParser } = (await import('@xmldom/xmldom')) as unknown as { DOMParser: DomParserCtor });
  } catch {
    return undefined;
  }
  const text = await (await JSZip.loadAsync(bytes)).file(part)?.async('string');
  if (text === undefined) return undefined;
  const found: { level: string; message: string }[] = [];
  new DOMParser({ locator: {}, errorHandler: (level, message) => void found.push({ level, message }) }).parseFromString(text, 'text/xml');
  const first = found.find((f) => f.level !== 'warning') ?? found[0];
  if (!first) return undefined;
  const at = /@#\[line:(\d+),col:(\d+)\]/.exec(first.message);
  const reason = first.message.replace(/^\[xmldom \w+\]\s*/, '').replace(/\s*@#\[line:\d+,col:\d+\][\s\S]*$/, '').split('\n')[0] ?? '';
  return { part, line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1), reason };
}
