import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import { builtinTemplatesDir, type TemplateFile } from '../render/template-files.js';
import { wordError } from '../render/template-set.js';
import type { GroupFigures, ProgressSummary, UnitFigures } from './aggregate.js';
import type { Text } from '../report/diagnostic.js';
import { percentVi } from './words.js';

/**
 * The chart of the six-monthly report: each unit's completion rate as a bar, the laggards first,
 * with the rate every unit should have reached drawn across. One chart per group (departments,
 * communes), cut into pages of at most `CHART_ROWS` units. The geometry is worked out here; the
 * look (colours, fonts, legend) is the SVG template `templates/charts/tien-do.svg.hbs`, which
 * resvg draws into a PNG with the DejaVu fonts of the `dejavu-fonts-ttf` package, so that the
 * picture is the same on every machine whatever fonts it has.
 */

/** Units per chart: a page of the report's appendix. */
export const CHART_ROWS = 45;

/** Width of the picture in CSS pixels (96 per inch): the 16 cm of text width of an A4 page. */
const WIDTH = 600;
const ROW = 15;
const TOP = 40;
const BOTTOM = 44;
const LABEL_END = 200;
const BAR_START = 206;
const BAR_WIDTH = 330;
const TICKS = [0, 20, 40, 60, 80, 100] as const;
const LABEL_MAX = 34;
const CHART_TEMPLATE = 'tien-do.svg.hbs';

/** One bar of a chart. */
export interface ChartRow {
  /** The unit's name, shortened (see `shortUnitName`). */
  readonly label: string;
  readonly y: number;
  readonly textY: number;
  readonly barWidth: number;
  readonly valueX: number;
  readonly value: string;
  readonly behind: boolean;
}

/** What the SVG template draws: sizes, axis, the line of the expected rate, the bars, the legend. */
export interface ChartView {
  readonly width: number;
  readonly height: number;
  readonly barStart: number;
  readonly barEnd: number;
  readonly labelEnd: number;
  readonly axisY: number;
  readonly plotBottom: number;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly expected: { readonly x: number; readonly label: string };
  readonly rows: readonly ChartRow[];
  /** The key under the plot: two swatches and the dashed line, left to right. */
  readonly legend: {
    readonly y: number;
    readonly textY: number;
    readonly behindX: number;
    readonly behindTextX: number;
    readonly onTrackX: number;
    readonly onTrackTextX: number;
    readonly lineX: number;
    readonly lineEndX: number;
    readonly lineY: number;
    readonly lineTextX: number;
  };
  readonly behindCount: number;
}

/** A chart of one group's units (or a page of them), with the words of its caption. */
export interface ChartPage {
  readonly group: GroupFigures;
  /** 1-based page of this group's chart, and how many pages it has. */
  readonly page: number;
  readonly pages: number;
  readonly view: ChartView;
}

/** `xã Ia Grai` for `Ủy ban nhân dân xã Ia Grai`: the chart's rows all are units, their kind is in the caption. */
export function shortUnitName(name: string): string {
  const short = name.replace(/^(?:Ủy|Uỷ) ban nhân dân\s+/u, '');
  const upper = short.charAt(0).toLocaleUpperCase('vi') + short.slice(1);
  return upper.length > LABEL_MAX ? `${upper.slice(0, LABEL_MAX - 1).trimEnd()}…` : upper;
}

const xOf = (percent: number): number => BAR_START + (Math.min(100, Math.max(0, percent)) / 100) * BAR_WIDTH;

/** Width of a value label (`33,4%`, 8.5 px DejaVu Sans Condensed): about 5.2 px a character. */
const VALUE_CHAR = 5.2;
/** Room kept between a value label and the dashed line of the expected rate. */
const LINE_CLEARANCE = 3;

/** Where a bar's value goes: after the bar, or past the dashed line when it would run across it. */
export function valueXOf(end: number, value: string, lineX: number): number {
  const start = end + 4;
  const stop = start + [...value].length * VALUE_CHAR;
  const crosses = start - LINE_CLEARANCE <= lineX && lineX <= stop + LINE_CLEARANCE;
  return crosses ? lineX + LINE_CLEARANCE + 1 : start;
}

/** The geometry of one chart of `units` against the expected rate. */
export function chartView(units: readonly UnitFigures[], expected: number): ChartView {
  const lineX = xOf(expected);
  const rows = units.map((u, i): ChartRow => {
    const y = TOP + i * ROW + 2.5;
    const end = xOf(u.percent);
    return {
      label: shortUnitName(u.name),
      y,
      textY: y + 8.5,
      barWidth: Math.max(end - BAR_START, 0),
      valueX: valueXOf(end, percentVi(u.percent), lineX),
      value: percentVi(u.percent),
      behind: u.behind,
    };
  });
  const plotBottom = TOP + units.length * ROW;
  return {
    width: WIDTH,
    height: plotBottom + BOTTOM,
    barStart: BAR_START,
    barEnd: BAR_START + BAR_WIDTH,
    labelEnd: LABEL_END,
    axisY: TOP - 6,
    plotBottom,
    ticks: TICKS.map((t) => ({ x: xOf(t), label: `${t}%` })),
    expected: { x: lineX, label: percentVi(expected) },
    rows,
    legend: {
      y: plotBottom + 16,
      textY: plotBottom + 24.5,
      behindX: 40,
      behindTextX: 56,
      onTrackX: 220,
      onTrackTextX: 236,
      lineX: 340,
      lineEndX: 362,
      lineY: plotBottom + 20.5,
      lineTextX: 368,
    },
    behindCount: units.filter((u) => u.behind).length,
  };
}

/** The charts of a report: per group, its units from the lowest rate up, `CHART_ROWS` to a page. */
export function chartPages(summary: ProgressSummary, rowsPerPage = CHART_ROWS): ChartPage[] {
  return summary.groups.flatMap((group) => {
    const units = summary.units
      .filter((u) => u.group === group.id)
      .sort((a, b) => a.percent - b.percent || a.name.localeCompare(b.name, 'vi'));
    const pages = Math.ceil(units.length / rowsPerPage);
    return Array.from({ length: pages }, (_, i) => ({
      group,
      page: i + 1,
      pages,
      view: chartView(units.slice(i * rowsPerPage, (i + 1) * rowsPerPage), summary.expected),
    }));
  });
}

/** The package's chart template, or the one of the same name in the user's template folder (`--templates DIR`). */
export function chartTemplateFile(userDir?: string): string {
  const user = userDir === undefined ? undefined : join(userDir, 'charts', CHART_TEMPLATE);
  return user !== undefined && existsSync(user) ? user : join(builtinTemplatesDir(), 'charts', CHART_TEMPLATE);
}

/**
 * The SVG of a chart: its view through the template (text escaped for XML, every field required).
 * A template that does not compile or asks for a field the view lacks is a `RenderError` naming
 * the file, line and field.
 */
export function chartSvg(view: ChartView, templateFile = chartTemplateFile()): string {
  const source = readFileSync(templateFile, 'utf8');
  const file: TemplateFile = { name: `charts/${CHART_TEMPLATE}`, partial: false, file: templateFile, origin: templateFile.startsWith(builtinTemplatesDir()) ? 'builtin' : 'user', source };
  try {
    return Handlebars.compile(source, { strict: true })(view);
  } catch (error) {
    throw wordError(error, file);
  }
}

/** The fonts the charts are drawn with, from the `dejavu-fonts-ttf` package. */
export function chartFonts(): string[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf'].map((f) => join(dir, f));
}

/** The charts cannot be drawn on this machine: resvg's binary or the fonts are missing. */
export class ChartError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'ChartError';
  }
}

/**
 * What draws SVG into PNG at twice its size in pixels (about 190 dpi at its printed size), on
 * white: resvg, loaded once. A `ChartError` when it cannot be loaded (a platform with no prebuilt
 * binary) or the fonts are not installed; `--no-chart` then does without.
 */
export async function chartDrawer(): Promise<(svg: string) => Uint8Array> {
  let Resvg: typeof import('@resvg/resvg-js').Resvg;
  let fontFiles: string[];
  try {
    ({ Resvg } = await import('@resvg/resvg-js'));
    fontFiles = chartFonts();
    for (const f of fontFiles) if (!existsSync(f)) throw new Error(`${f} not found`);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ChartError({
      vi: `Không vẽ được biểu đồ trên máy này (${why}); cài lại bằng \`npm ci\`, hoặc dùng --no-chart để bỏ biểu đồ`,
      en: `Charts cannot be drawn on this machine (${why}); reinstall with \`npm ci\`, or use --no-chart to leave them out`,
    });
  }
  const font = { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' };
  return (svg) => new Resvg(svg, { background: 'white', fitTo: { mode: 'zoom', value: 2 }, font }).render().asPng();
}

/** A PNG of an SVG (see `chartDrawer`). */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  return (await chartDrawer())(svg);
}
