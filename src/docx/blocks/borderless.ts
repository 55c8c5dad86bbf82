import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';

/** Cell margin left and right, in twips (0.1 cm): enough to keep the columns apart. */
export const CELL_MARGIN_TWIP = 57;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** Width inside a cell of the given width, once its margins are taken off. */
export function innerWidth(cellTwip: number): number {
  return cellTwip - 2 * CELL_MARGIN_TWIP;
}

/**
 * A borderless table of fixed columns, the decree's frame for the header and the bottom block:
 * each row is a list of cells, each cell a list of paragraphs. Rows do not split across pages.
 */
export function borderlessTable(widths: readonly number[], rows: readonly (readonly (readonly Paragraph[])[])[]): Table {
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: CELL_MARGIN_TWIP, right: CELL_MARGIN_TWIP, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, j) =>
              new TableCell({
                width: { size: widths[j] ?? 0, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                verticalAlign: VerticalAlignTable.TOP,
                // A cell must hold a paragraph, even an empty one.
                children: children.length > 0 ? [...children] : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

/** Splits a width into two columns, the left one `leftShare` of it. */
export function splitWidth(totalTwip: number, leftShare: number): [number, number] {
  const left = Math.round(totalTwip * leftShare);
  return [left, totalTwip - left];
}
