import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type YAMLMap } from 'yaml';

/** One link whose fingerprint was written. */
export interface LinkApproval {
  /** The task holding the link: `gia-lai-5900#2.1`. */
  readonly task: string;
  readonly kind: 'implements' | 'mirrors';
  readonly parent: string;
  /** The fingerprint the link had, if any. */
  readonly before?: string;
  readonly after: string;
}

/** The new text of a document and what changed in it. */
export interface ApproveResult {
  readonly text: string;
  readonly changes: readonly LinkApproval[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Writes the current fingerprint of each parent into the links of the selected tasks. The YAML is
 * read with the Document API and only the ranges of the changed links are replaced, so comments,
 * quoting and layout elsewhere stay byte for byte.
 */
export function approveLinks(
  text: string,
  select: (taskRef: string) => boolean,
  fingerprintOf: (parentRef: string) => string | undefined,
): ApproveResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { text, changes: [] };
  const id = String(doc.get('id') ?? '');
  const edits: Edit[] = [];
  const changes: LinkApproval[] = [];
  const visit = (node: unknown): void => {
    if (isSeq(node)) return node.items.forEach(visit);
    if (!isMap(node)) return;
    const taskId = node.get('task');
    if (taskId !== undefined && select(`${id}#${String(taskId)}`)) {
      for (const kind of ['implements', 'mirrors'] as const) {
        const links = node.get(kind, true);
        if (isSeq(links)) links.items.forEach((item) => approveItem(text, item, (edit, parent, before, after) => {
          edits.push(edit);
          changes.push({ task: `${id}#${String(taskId)}`, kind, parent, ...(before ? { before } : {}), after });
        }, fingerprintOf));
      }
    }
    visit(node.get('items', true));
  };
  visit(doc.get('body', true));
  const out = [...edits].sort((a, b) => b.start - a.start).reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), text);
  return { text: out, changes };
}

type OnEdit = (edit: Edit, parent: string, before: string | undefined, after: string) => void;

function approveItem(text: string, item: unknown, onEdit: OnEdit, fingerprintOf: (ref: string) => string | undefined): void {
  if (isScalar(item) && item.range) {
    const ref = String(item.value);
    const fp = asYaml(fingerprintOf(ref));
    const source = text.slice(item.range[0], item.range[1]);
    if (fp) onEdit({ start: item.range[0], end: item.range[1], text: `{ task: ${source}, fingerprint: ${fp} }` }, ref, undefined, unquote(fp));
    return;
  }
  if (!isMap(item)) return;
  const ref = String(item.get('task') ?? '');
  const fp = asYaml(fingerprintOf(ref));
  if (!fp) return;
  const pair = pairOf(item, 'fingerprint');
  const range = (pair?.value as Node | undefined)?.range;
  // The source text, not the value: `000000000000` would read as the number 0.
  const before = range ? text.slice(range[0], range[1]).replace(/^["']|["']$/g, '') : undefined;
  if (before === unquote(fp)) return;
  const taskNode = item.get('task', true) as Node | undefined;
  if (range) return onEdit({ start: range[0], end: range[1], text: fp }, ref, before, unquote(fp));
  if (!taskNode?.range) return;
  if (item.flow) return onEdit({ start: taskNode.range[1], end: taskNode.range[1], text: `, fingerprint: ${fp}` }, ref, undefined, unquote(fp));
  // A block map: a new line under `task:`, after any comment on its line.
  const keyStart = (pairOf(item, 'task')?.key as Node | undefined)?.range?.[0] ?? taskNode.range[0];
  const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  const eol = text.indexOf('\n', taskNode.range[1]);
  const at = eol === -1 ? text.length : eol;
  onEdit({ start: at, end: at, text: `\n${' '.repeat(column)}fingerprint: ${fp}` }, ref, undefined, unquote(fp));
}

/** The fingerprint as a YAML scalar: quoted when plain would read as a number (`1e5…`, all digits). */
function asYaml(fp: string | undefined): string | undefined {
  return fp === undefined ? undefined : stringify(fp).trim();
}

function unquote(scalar: string): string {
  return scalar.replace(/^"|"$/g, '');
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}
