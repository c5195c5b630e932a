/**
 * Column widths: Office's Range.format.columnWidth is in points; an .xlsx (and ExcelJS) stores
 * widths in characters of the default font's widest digit. For Calibri 11 — Excel's default and the
 * font the host writes — that digit is 7 pixels wide and a column has 5 pixels of padding, so
 *   pixels = characters × 7 + 5,   points = pixels × 0.75 (96 dpi).
 * An unset column is Excel's standard 8.43 characters = 64 pixels = 48 points. Round trips are exact
 * within the host; Excel itself snaps widths to whole pixels, so it may show a width up to 0.75 pt off.
 */
export const DEFAULT_COLUMN_CHARACTERS = 8.43;
const DIGIT_PIXELS = 7;
const PADDING_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;

export function pointsToCharacters(points: number): number {
  const pixels = points / POINTS_PER_PIXEL;
  return pixels <= PADDING_PIXELS ? 0 : (pixels - PADDING_PIXELS) / DIGIT_PIXELS;
}

export function charactersToPoints(characters: number | undefined): number {
  const width = characters ?? DEFAULT_COLUMN_CHARACTERS;
  if (width <= 0) return 0;
  const pixels = width === DEFAULT_COLUMN_CHARACTERS ? 64 : width * DIGIT_PIXELS + PADDING_PIXELS;
  return pixels * POINTS_PER_PIXEL;
}
