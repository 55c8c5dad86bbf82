import {
  AlignmentType,
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import type { AlignType, TableCell as MdTableCell, TableRow as MdTableRow } from 'mdast';
import { columnWidths, proportionalWidths, type ColumnText } from './column-widths.js';
import type { BlockBuilder, Context, ParaStyle } from './context.js';
import { plainText } from './plain-text.js';
import { cellPara, styledParagraph } from './style.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ALL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function columnTexts(rows: readonly MdTableRow[], count: number): ColumnText[] {
  const [head, ...body] = rows;
  return Array.from({ length: count }, (_, j) => ({
    header: head?.children[j] ? plainText(head.children[j]) : '',
    cells: body.map((r) => (r.children[j] ? plainText(r.children[j]) : '')),
  }));
}

function alignmentOf(align: AlignType | undefined, column: ColumnText): ParaStyle['alignment'] {
  if (align === 'center') return AlignmentType.CENTER;
  if (align === 'right') return AlignmentType.RIGHT;
  if (align === 'left') return AlignmentType.LEFT;
  // Short entries (STT, years, counts) read best centred; text is left-aligned, never justified in narrow cells.
  return column.cells.every((c) => [...c].length <= 4) ? AlignmentType.CENTER : AlignmentType.LEFT;
}

function cell(node: MdTableCell | undefined, width: number, ctx: Context): TableCell {
  const content = node ? ctx.inline(node.children, { ...ctx, widthTwip: width }) : [];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [styledParagraph(content, ctx)],
  });
}

/**
 * A GFM table: thin borders all round, the header row bold and centred and repeated on every
 * page, rows kept whole across pages, fixed column widths: in the proportions the delimiter row
 * sets (`data.widths`, see `parseMarkdown`), else from the content (see `columnWidths`).
 */
export const tableBuilder: BlockBuilder<'table'> = (node, ctx): FileChild[] => {
  const count = Math.max(1, ...node.children.map((r) => r.children.length));
  const texts = columnTexts(node.children, count);
  const set = node.data?.widths;
  const widths = set?.length === count ? proportionalWidths(set, ctx.widthTwip) : columnWidths(texts, ctx.widthTwip, ctx.profile.sizes.table);
  const rows = node.children.map((row, i) => {
    const isHeader = i === 0;
    return new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: widths.map((w, j) => {
        const column = texts[j] ?? { header: '', cells: [] };
        const alignment = isHeader ? AlignmentType.CENTER : alignmentOf(node.align?.[j] ?? undefined, column);
        const deco = isHeader ? { ...ctx.deco, bold: true } : ctx.deco;
        return cell(row.children[j], w, { ...ctx, deco, para: cellPara(ctx.profile, alignment) });
      }),
    });
  });
  const table = new Table({
    rows,
    width: { size: ctx.widthTwip, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: ALL_BORDERS,
  });
  // The paragraph after the table gives the text below it room, and keeps Word from merging
  // two tables that would otherwise touch (a second table, or the signature block).
  return [table, styledParagraph([], { ...ctx, para: { ...ctx.para, firstLineTwip: 0 } })];
};
