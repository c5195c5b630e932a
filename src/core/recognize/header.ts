/**
 * Header rows: which rows of a sheet name figure columns, and what each column is.
 *
 * A header may be one row, or wrapped over two or three rows ('TA' over 'muutokset', 'Alkup.'
 * over 'TA 2024'), or a merged group header over its columns ('Talousarvio 2024' over
 * 'Alkuperäinen | Muutokset | Muutosten jälkeen': a merge shows its text in its first cell only,
 * so an upper header cell stands over the empty cells to its right until the next one). A row
 * below may complete the labels with years, period marks or a scale.
 */
import { columnIndex } from '../address';
import type { ColumnKind } from '../model';
import type { RecognitionOverride } from '../settings';
import type { CellValue, SheetSnapshot } from '../snapshot';
import type { RecognitionGuide } from './guide';
import { columnLabelOf, type ColumnLabel } from './column-labels';
import { lineOfLabel } from './line-labels';

/** How far down the first header row may be. */
const headerSearchRows = 40;
/** The most rows one header is wrapped over. */
const headerBandRows = 3;

export interface HeaderCell {
  /** Local column (from the snapshot's origin). */
  readonly column: number;
  readonly label: ColumnLabel | null;
  readonly kind: ColumnKind;
  /** The label as written, the rows of a wrapped header joined by a space. */
  readonly text: string;
}

export type ColumnOverrides = ReadonlyMap<number, ColumnKind | 'none'>;

/** A header: its rows (local, top to bottom), its figure columns, and the first row below it. */
export interface Header {
  readonly rows: readonly number[];
  /** The row naming the columns (the lowest of a wrapped header, above a row of years). */
  readonly labelRow: number;
  readonly cells: readonly HeaderCell[];
  readonly firstDataRow: number;
}

export function localOverrides(sheet: SheetSnapshot, override?: RecognitionOverride): ColumnOverrides {
  const map = new Map<number, ColumnKind | 'none'>();
  if (!override?.columns) return map;
  for (const [letters, kind] of Object.entries(override.columns)) {
    if (!/^[A-Za-z]{1,3}$/.test(letters.trim())) continue;
    map.set(columnIndex(letters.trim()) - sheet.origin.column, kind);
  }
  return map;
}

/** Text that starts like a figure ('1 234', '-5', '(12)'): in a table of figures typed as text, no header. */
const figureLike = /^\s*[-−–+(]?\s*\d/;
const yearOnly = /^(?:19|20)\d{2}$/;

function textAt(row: readonly CellValue[] | undefined, column: number): string {
  const value = row?.[column];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && yearOnly.test(String(value))) return String(value);
  return '';
}

/** A row that can be part of a header: text (and years), no other number. */
function headerLike(row: readonly CellValue[]): boolean {
  let strings = 0;
  for (const value of row) {
    if (typeof value === 'number' && !yearOnly.test(String(value))) return false;
    if (typeof value === 'string' && value.trim() !== '') strings++;
  }
  return strings > 0;
}

function textCount(row: readonly CellValue[]): number {
  let count = 0;
  for (const value of row) if (typeof value === 'string' && value.trim() !== '') count++;
  return count;
}

/**
 * The label texts of a header band, column by column: each row's cell, an upper row's empty
 * cell taking the group header to its left when the rows below name that column too.
 */
function bandTexts(values: readonly (readonly CellValue[])[], top: number, bottom: number): string[][] {
  const width = values[bottom].length;
  const texts: string[][] = Array.from({ length: width }, () => []);
  for (let r = top; r <= bottom; r++) {
    let group = '';
    for (let c = 0; c < width; c++) {
      const own = textAt(values[r], c);
      let below = '';
      for (let lower = r + 1; lower <= bottom; lower++) below = `${below} ${textAt(values[lower], c)}`.trim();
      // A group starts over a figure column (a title over the label column is no group).
      if (own !== '') group = below !== '' && columnLabelOf(below) !== null ? own : '';
      const text = own !== '' ? own : below !== '' ? group : '';
      if (text !== '') texts[c].push(text);
    }
  }
  return texts;
}

/**
 * A column's label from its band texts: all of them read together when that names a column
 * ('Alkup.' + 'TA 2024'), else the lowest ones that do ('Talousarvio 2024' over 'Muutokset':
 * the group's year completes the label), else none.
 */
function labelOfTexts(texts: readonly string[]): { label: ColumnLabel; text: string } | null {
  for (let from = 0; from < texts.length; from++) {
    if (from > 0 && figureLike.test(texts[from])) continue;
    const text = texts.slice(from).join(' ');
    const label = columnLabelOf(text);
    if (label === null) continue;
    if (from === 0 || label.year !== null) return { label, text };
    // Upper texts that name no column may still give a year or a scale ('Talousarvio 2024' over the changes).
    const above = columnLabelOf(texts.slice(0, from).join(' ')) ?? yearLabel(texts.slice(0, from).join(' '));
    return { label: { ...label, year: above?.year ?? null, scale: label.scale ?? above?.scale ?? null }, text };
  }
  return null;
}

const yearPattern = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
function yearLabel(text: string): ColumnLabel | null {
  const match = yearPattern.exec(text);
  return match ? { kind: 'budget', year: Number(match[1]), months: null, scale: null } : null;
}

/** The figure columns a header band names, the user's overrides applied. */
function bandCells(
  values: readonly (readonly CellValue[])[],
  top: number,
  bottom: number,
  overrides: ColumnOverrides,
  skipFigureText: boolean,
): HeaderCell[] {
  const texts = bandTexts(values, top, bottom);
  const cells: HeaderCell[] = [];
  for (let c = 0; c < texts.length; c++) {
    const forced = overrides.get(c);
    if (forced === 'none') continue;
    const own = texts[c];
    // In a table of figures typed as text, a figure is no header (under a label above it, it completes that label).
    if (skipFigureText && own.length === 1 && figureLike.test(own[0])) continue;
    const found = labelOfTexts(own);
    if (forced !== undefined) {
      // The user named this column: take it even under a blank header.
      if (own.length > 0 || top === bottom)
        cells.push({ column: c, label: found?.label ?? null, kind: forced, text: found?.text ?? own.join(' ') });
    } else if (found !== null) {
      cells.push({ column: c, label: found.label, kind: found.label.kind, text: found.text });
    }
  }
  return cells;
}

/** A header's score: the columns it names (a column the user named counts only under a written header). */
function scoreOf(cells: readonly HeaderCell[]): number {
  let score = 0;
  // Columns named count whole; a year or period a wider band adds breaks a tie (a group header's 'Talousarvio 2024').
  for (const cell of cells) if (cell.text !== '') score += cell.label?.year != null || cell.label?.months ? 1.001 : 1;
  return score;
}

/** The header band ending at `bottom` that names most figure columns, the fewest rows on a tie. */
function bestBand(
  values: readonly (readonly CellValue[])[],
  bottom: number,
  floor: number,
  overrides: ColumnOverrides,
  skipFigureText: boolean,
): { top: number; cells: HeaderCell[]; score: number } {
  const cells = bandCells(values, bottom, bottom, overrides, skipFigureText);
  let best = { top: bottom, cells, score: scoreOf(cells) };
  // A band ends in a row of labels: a data row below labels is no part of the header.
  if (!headerLike(values[bottom])) return best;
  for (let top = bottom - 1; top >= Math.max(floor, bottom - headerBandRows + 1); top--) {
    if (!headerLike(values[top])) break;
    const wider = bandCells(values, top, bottom, overrides, skipFigureText);
    const score = scoreOf(wider);
    if (score > best.score) best = { top, cells: wider, score };
  }
  return best;
}

/**
 * The header rows of a sheet's tables: the first (the band naming most figure columns near the
 * top, at least two), then every later row that names two or more and holds no number (a
 * repeated header starts another table or another block).
 */
export function findHeaders(values: readonly (readonly CellValue[])[], overrides: ColumnOverrides): Header[] {
  let best: { top: number; bottom: number; cells: HeaderCell[]; score: number } | null = null;
  const top = Math.min(values.length, headerSearchRows);
  for (let r = 0; r < top; r++) {
    const band = bestBand(values, r, 0, overrides, false);
    if (Math.floor(band.score) >= 2 && (best === null || Math.floor(band.score) > Math.floor(best.score)))
      best = { ...band, bottom: r };
  }
  if (best === null) return [];
  const headers: Header[] = [completed(values, best.top, best.bottom, best.cells)];
  for (let r = headers[0].firstDataRow; r < values.length; r++) {
    if (!headerLike(values[r])) continue;
    // A header wrapped over rows starting here ends up to two rows below: the band naming most columns.
    let found: { top: number; bottom: number; cells: HeaderCell[]; score: number } | null = null;
    for (let bottom = r; bottom < Math.min(values.length, r + headerBandRows); bottom++) {
      if (!headerLike(values[bottom])) break;
      // The row naming the columns holds two texts at least (a unit's heading holds one).
      if (textCount(values[bottom]) < 2) continue;
      const band = bestBand(values, bottom, r, overrides, true);
      if (Math.floor(band.score) >= 2 && (found === null || Math.floor(band.score) > Math.floor(found.score)))
        found = { ...band, bottom };
    }
    if (found === null) continue;
    const header = completed(values, found.top, found.bottom, found.cells);
    headers.push(header);
    r = header.firstDataRow - 1;
  }
  return headers;
}

function completed(
  values: readonly (readonly CellValue[])[],
  top: number,
  bottom: number,
  cells: HeaderCell[],
): Header {
  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  const below = bottom + 1 < values.length ? subHeaderCells(values[bottom + 1], cells) : null;
  if (below) return { rows: [...rows, bottom + 1], labelRow: bottom, cells: below, firstDataRow: bottom + 2 };
  return { rows, labelRow: bottom, cells, firstDataRow: bottom + 1 };
}

/**
 * A row below a header that completes it: years, period marks or scales under the labels
 * ('TOT' over '1-12/2024', 'TA' over 2024). Each of its cells under a figure column must, read
 * together with the label above, name the same kind of column; every other cell must be empty
 * or text that is no line. null when the row is no such completion.
 */
function subHeaderCells(row: readonly CellValue[], cells: readonly HeaderCell[]): HeaderCell[] | null {
  const byColumn = new Map(cells.map((cell) => [cell.column, cell]));
  let completedCount = 0;
  const result = cells.map((cell) => {
    const value = row[cell.column];
    const below = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (below === '') return cell;
    if (typeof value === 'number' && !yearOnly.test(below)) return null;
    const text = `${cell.text} ${below}`;
    const label = columnLabelOf(text);
    if (label === null || label.kind !== cell.label?.kind) return null;
    completedCount++;
    return { ...cell, label, text };
  });
  if (completedCount === 0 || result.some((cell) => cell === null)) return null;
  for (let c = 0; c < row.length; c++) {
    if (byColumn.has(c)) continue;
    const value = row[c];
    if (typeof value === 'number' || (typeof value === 'string' && lineOfLabel(value) !== null)) return null;
  }
  return result as HeaderCell[];
}

/** The header of a table the user mapped: its one row, the figure columns the mapping names, completed by a row of years below. */
export function guidedHeader(values: readonly (readonly CellValue[])[], guide: RecognitionGuide): Header {
  const row = values[guide.headerRow] ?? [];
  const cells: HeaderCell[] = [...guide.figures]
    .sort(([a], [b]) => a - b)
    .map(([column, kind]) => {
      const value = row[column];
      const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
      // A blank header is the user's to name.
      return { column, label: text === '' ? null : columnLabelOf(text), kind, text };
    });
  return completed(values, guide.headerRow, guide.headerRow, cells);
}
