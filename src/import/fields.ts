/**
 * Field lines under a task: "a) Cơ quan thực hiện: …", "- Thời gian hoàn thành: **Trong tháng
 * 6/2026.**", "Cơ quan phối hợp: …". The label is told by its words; the value is what follows the
 * colon, without emphasis and without the final period.
 */

/** The fields a line can give a task. */
export type FieldKind = 'lead' | 'coordinators' | 'deadline' | 'products';

/** One field line. */
export interface FieldLine {
  readonly kind: FieldKind;
  /** The label as printed ("Thời gian hoàn thành"). */
  readonly label: string;
  /** The value without emphasis or final period ("Trong tháng 6/2026"). */
  readonly value: string;
  /** How the line was printed: `a) …`, `- …`, or no marker; none for a table cell. */
  readonly style?: 'letters' | 'dashes' | 'plain';
}

const LABELS: Readonly<Record<FieldKind, readonly string[]>> = {
  lead: [
    'cơ quan thực hiện',
    'cơ quan chủ trì',
    'cơ quan chủ trì thực hiện',
    'đơn vị thực hiện',
    'đơn vị chủ trì',
    'đơn vị chủ trì thực hiện',
    'cơ quan, đơn vị thực hiện',
    'cơ quan, đơn vị chủ trì',
    'chủ trì',
    'chủ trì thực hiện',
    'trách nhiệm thực hiện',
    'cơ quan chịu trách nhiệm',
  ],
  coordinators: [
    'cơ quan phối hợp',
    'đơn vị phối hợp',
    'cơ quan, đơn vị phối hợp',
    'phối hợp',
    'phối hợp thực hiện',
    'cơ quan phối hợp thực hiện',
    'đơn vị phối hợp thực hiện',
  ],
  deadline: [
    'thời gian thực hiện',
    'thời gian hoàn thành',
    'thời hạn hoàn thành',
    'thời hạn thực hiện',
    'thời hạn',
    'thời gian',
    'tiến độ thực hiện',
    'tiến độ hoàn thành',
    'thời gian báo cáo',
    'thời hạn báo cáo',
  ],
  products: ['sản phẩm', 'sản phẩm đầu ra', 'kết quả, sản phẩm', 'kết quả sản phẩm', 'hình thức sản phẩm', 'sản phẩm dự kiến'],
};

const BY_LABEL = new Map<string, FieldKind>(
  (Object.entries(LABELS) as [FieldKind, readonly string[]][]).flatMap(([kind, labels]) => labels.map((l) => [l, kind])),
);

/** The label's words folded: lower case, "/" as ",", single spaces. */
function labelKey(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s*\/\s*/g, ', ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a field line (its marker already removed, Markdown text); undefined when it is not one. */
export function readField(text: string): FieldLine | undefined {
  const bare = text.replace(/^(?:\*\*|__)/, '');
  const colon = bare.indexOf(':');
  if (colon <= 0 || colon > 60) return undefined;
  const label = bare.slice(0, colon).replace(/\*\*|__/g, '').trim();
  const kind = BY_LABEL.get(labelKey(label));
  if (!kind) return undefined;
  return { kind, label, value: cleanValue(bare.slice(colon + 1)) };
}

/** A value without emphasis, outer spaces and the final period or semicolon. */
export function cleanValue(value: string): string {
  return value
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]+$/, '')
    .trim();
}
