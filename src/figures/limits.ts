/**
 * A figures file has one row per unit: a province has under 200, the country some 4,000 with the
 * departments. Past this many data rows the file is not a figures file (an export gone wrong, a
 * log): it is refused whole, before anything is written.
 */
export const MAX_FIGURE_ROWS = 20_000;

/** Files larger than this are refused before parsing. */
export const MAX_FIGURE_BYTES = 32 * 1024 * 1024;
