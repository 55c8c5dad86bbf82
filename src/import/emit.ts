import { Document as YamlDocument, isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Lang, Text } from '../report/diagnostic.js';
import type { Document } from '../model/document.js';
import type { Proposals } from './describe.js';
import { linkProposalsYaml } from './link-proposals.js';
import type { Notebook } from './notes.js';

/** A draft to print: a document and the notes taken while making it. */
export interface Draft {
  readonly document: Document;
  readonly notes: Notebook;
  /** A letter to a higher level (its items are proposals, not tasks). */
  readonly upward?: boolean;
}

/** Options of `draftYaml`. */
export interface EmitOptions {
  /** The source as the user named it, for the header comment. */
  readonly source: string;
  readonly lang: Lang;
  /** The first line of the header comment, when the draft was not imported (a scaffold). */
  readonly title?: Text;
  /** The second line, saying what the comments are about. */
  readonly hint?: Text;
}

const FLOW_WIDTH = 100;

/**
 * The draft as YAML, with the importer's notes as comments: one before each node (its lines in the
 * source and how it was read), one after each guessed value (where it came from, and a confidence
 * between 0 and 1).
 */
export function draftYaml(result: Draft, opts: EmitOptions): string {
  const value = withoutEmptyDefaults(result.document);
  const doc = new YamlDocument(value);
  const nodes = new Map<object, YamlNode>();
  mapNodes(value, doc.contents as YamlNode, nodes);
  // The notes were taken on the model objects; the emitted value is a copy without empty defaults.
  const alias = new Map<object, object>([[result.document, value]]);
  flowShortCollections(doc.contents as YamlNode);
  const byTarget = new Map<YamlNode, Map<string | undefined, string[]>>();
  for (const n of result.notes.notes) {
    const node = nodes.get(alias.get(n.target) ?? n.target);
    if (!node) continue;
    const keys = byTarget.get(node) ?? new Map<string | undefined, string[]>();
    byTarget.set(node, keys);
    keys.set(n.key, [...(keys.get(n.key) ?? []), n.text[opts.lang]]);
  }
  for (const [node, keys] of byTarget) {
    for (const [key, texts] of keys) attach(node, key, texts.join('; '), node === doc.contents);
  }
  doc.commentBefore = headerComment(result, opts);
  return doc.toString({ lineWidth: 0 });
}

/** The document without keys that only repeat the schema's defaults (`not_applicable: []`, `footnotes: {}`). */
function withoutEmptyDefaults(d: Document): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) {
    if (v === undefined) continue;
    if ((k === 'not_applicable' || k === 'distribution' || k === 'cites') && Array.isArray(v) && v.length === 0) continue;
    if (k === 'footnotes' && typeof v === 'object' && Object.keys(v as object).length === 0) continue;
    out[k] = v;
  }
  return out;
}

/** Pairs each model object with the YAML node made from it. */
function mapNodes(value: unknown, node: YamlNode | null | undefined, out: Map<object, YamlNode>): void {
  if (!node || value === null || typeof value !== 'object') return;
  out.set(value, node);
  if (Array.isArray(value) && isSeq(node)) {
    value.forEach((v, i) => mapNodes(v, node.items[i] as YamlNode, out));
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined) mapNodes((value as Record<string, unknown>)[key], pair.value as YamlNode, out);
    }
  }
}

/** Short lists of names and small records print on one line, as the hand-written files do. */
function flowShortCollections(node: YamlNode | null | undefined): void {
  if (!node) return;
  if (isSeq(node)) {
    for (const item of node.items) flowShortCollections(item as YamlNode);
    const scalars = node.items.every((i) => isScalar(i) || (isMap(i) && i.flow));
    if (scalars && node.items.length > 0 && width(node) <= FLOW_WIDTH) node.flow = true;
  } else if (isMap(node)) {
    for (const pair of node.items) flowShortCollections(pair.value as YamlNode);
    const scalars = node.items.every((p) => isScalar(p.value) || (isSeq(p.value) && p.value.flow));
    if (scalars && node.items.length <= 4 && width(node) <= FLOW_WIDTH && !node.items.some((p) => isKey(p, 'task') || isKey(p, 'p'))) node.flow = true;
  }
}

function isKey(p: Pair, key: string): boolean {
  return isScalar(p.key) && p.key.value === key;
}

function width(node: YAMLSeq | YAMLMap): number {
  return JSON.stringify(node.toJSON()).length;
}

/** Puts a comment on a node (before it) or on one of its keys (after a one-line value, else before the key). */
function attach(node: YamlNode, key: string | undefined, text: string, isRoot: boolean): void {
  const comment = ` ${text.replace(/\n/g, ' ')}`;
  if (key === undefined) {
    if (isRoot) return;
    node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${comment}` : comment;
    return;
  }
  if (!isMap(node)) return;
  const pair = node.items.find((p) => isKey(p, key));
  if (!pair) return;
  const value = pair.value as YamlNode | null;
  if (value && (isScalar(value) || ((isSeq(value) || isMap(value)) && value.flow))) {
    value.comment = value.comment ? `${value.comment};${comment}` : comment;
  } else {
    const k = pair.key as Scalar;
    k.commentBefore = k.commentBefore ? `${k.commentBefore}\n${comment}` : comment;
  }
}

function headerComment(result: Draft, opts: EmitOptions): string {
  const t = (x: Text): string => x[opts.lang];
  const lines = [
    t(opts.title ?? { vi: `Bản nháp nhập từ ${opts.source} bằng \`cascade import\`.`, en: `Draft imported from ${opts.source} by \`cascade import\`.` }),
    t(
      opts.hint ?? {
        vi: 'Chú thích "#" cho biết mỗi giá trị được đọc từ đâu, với độ tin cậy từ 0 đến 1: kiểm tra rồi xóa.',
        en: 'Each "#" comment says where a value was read, with a confidence from 0 to 1: check it, then delete it.',
      },
    ),
  ];
  const unplaced = result.notes.unplaced;
  if (unplaced.length > 0) {
    lines.push(
      t({
        vi: `${unplaced.length} đoạn không xếp được, giữ nguyên văn dưới dạng \`p\`: ${unplaced.map((u) => `dòng ${u.start}`).join(', ')}.`,
        en: `${unplaced.length} passage(s) could not be placed and are kept as \`p\`: ${unplaced.map((u) => `line ${u.start}`).join(', ')}.`,
      }),
    );
  }
  if (result.upward) {
    lines.push(t({ vi: 'Văn bản gửi cấp trên: các mục là đề xuất, không phải nhiệm vụ.', en: 'A letter to a higher level: its items are proposals, not tasks.' }));
  }
  return lines.map((l) => ` ${l}`).join('\n');
}

/**
 * The proposed registry entries as YAML files the loader reads: a registry file of agencies and
 * groups, and a known-documents file (the two cannot share a file). Absent when there is nothing.
 */
export function proposalsYaml(p: Proposals, lang: Lang, source?: string): { registry?: string; documents?: string; links?: string } {
  const single = p.agencies.filter((a) => !a.under);
  const groups = p.agencies.filter((a) => a.under);
  const lines = new Map<string, readonly number[]>(p.agencies.map((a) => [a.id, a.lines]));
  const head = (what: Text): string =>
    ` ${what[lang]}\n ${lang === 'vi' ? 'Kiểm tra mã (id), tên, cấp và cơ quan cấp trên rồi chép vào directives/registry/ (hoặc truyền bằng --in).' : 'Check the id, name, level and superior, then copy into directives/registry/ (or pass it with --in).'}`;
  const out: { registry?: string; documents?: string; links?: string } = {};
  const links = linkProposalsYaml(p.links ?? [], lang);
  if (links !== undefined) out.links = links;
  if (single.length + groups.length > 0) {
    const doc = new YamlDocument({
      ...(single.length > 0
        ? {
            agencies: single.map((a) => ({
              id: a.id,
              name: a.name,
              level: a.province ? 'department' : 'central',
              ...(a.province ? { superior: `${a.province}.ubnd`, province: a.province } : {}),
            })),
          }
        : {}),
      ...(groups.length > 0 ? { groups: groups.map((a) => ({ id: a.id, name: a.name, rule: { level: ['unit'], superior: a.under } })) } : {}),
    });
    doc.commentBefore = head({ vi: 'Đề xuất bổ sung danh mục cơ quan: tên có trong văn bản nhưng chưa có trong danh mục.', en: 'Proposed agencies: named in the letter, not in the registry.' });
    for (const k of ['agencies', 'groups']) {
      for (const item of ((doc.contents as YAMLMap).get(k, true) as YAMLSeq | undefined)?.items ?? []) {
        const m = item as YAMLMap;
        const at = lines.get(String(m.get('id'))) ?? [];
        // Where the name was read: `thu.txt:13` with the source's name, so the reviewer can open it.
        m.commentBefore = source !== undefined ? ` ${at.map((l) => `${source}:${l}`).join(', ')}` : lang === 'vi' ? ` dòng ${at.join(', ')}` : ` line ${at.join(', ')}`;
      }
    }
    out.registry = doc.toString({ lineWidth: 0 });
  }
  if (p.documents.length > 0) {
    const doc = new YamlDocument({ documents: p.documents });
    doc.commentBefore = head({ vi: 'Đề xuất bổ sung văn bản được trích dẫn nhưng chưa có trong danh mục.', en: 'Proposed documents: cited in the letter, not in the registry.' });
    out.documents = doc.toString({ lineWidth: 0 });
  }
  return out;
}
