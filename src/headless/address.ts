/**
 * Range addresses as the Excel JavaScript API takes and gives them: 'B3', 'A1:C5', '$A$1', 'A:C',
 * '2:4', "'Budjetti 2024'!B3", and comma-separated lists of areas for getRanges.
 */
import { columnIndex, columnLetters, parseA1, quoteSheetName, type CellArea } from '../core';

/** Excel's grid: 1 048 576 rows × 16 384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based, inclusive. */
export type Rect = CellArea;

export interface ParsedArea {
  /** The sheet named in the address ('Sheet1!A1'), null when none. */
  readonly sheet: string | null;
  readonly rect: Rect;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function rectCells(rect: Rect): number {
  return rectRows(rect) * rectColumns(rect);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function isInsideGrid(rect: Rect): boolean {
  return (
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.bottom < MAX_ROWS &&
    rect.right < MAX_COLUMNS &&
    rect.top <= rect.bottom &&
    rect.left <= rect.right
  );
}

const columnPattern = /^\$?([A-Za-z]{1,3})$/;
const rowPattern = /^\$?(\d{1,7})$/;

function parseCorner(text: string): { row: number | null; column: number | null } | null {
  const cell = text === text.trim() ? parseA1(text) : null;
  if (cell) return cell;
  const column = columnPattern.exec(text);
  if (column) return { row: null, column: columnIndex(column[1]) };
  const row = rowPattern.exec(text);
  if (row) return { row: Number(row[1]) - 1, column: null };
  return null;
}

/** Splits "'My sheet'!A1" into sheet and reference; understands '' inside quotes. */
function splitSheet(text: string): { sheet: string | null; reference: string } | null {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, reference: text };
  const sheetPart = text.slice(0, bang).trim();
  const reference = text.slice(bang + 1);
  if (sheetPart.startsWith("'")) {
    if (!sheetPart.endsWith("'") || sheetPart.length < 2) return null;
    return { sheet: sheetPart.slice(1, -1).replace(/''/g, "'"), reference };
  }
  if (sheetPart === '') return null;
  return { sheet: sheetPart, reference };
}

/** One area: null when the text is not an A1 address inside Excel's grid. */
export function parseArea(address: string): ParsedArea | null {
  const split = splitSheet(address.trim());
  if (!split) return null;
  const parts = split.reference.trim().split(':');
  if (parts.length > 2) return null;
  const first = parseCorner(parts[0]);
  const second = parts.length === 2 ? parseCorner(parts[1]) : first;
  if (!first || !second) return null;
  // 'A:C' and '2:4' are whole columns and rows; a lone 'A' or '2' is not an address.
  if (parts.length === 1 && (first.row === null || first.column === null)) return null;
  if ((first.row === null) !== (second.row === null) || (first.column === null) !== (second.column === null)) {
    return null;
  }
  const rows = first.row === null || second.row === null ? [0, MAX_ROWS - 1] : [first.row, second.row];
  const columns =
    first.column === null || second.column === null ? [0, MAX_COLUMNS - 1] : [first.column, second.column];
  const rect: Rect = {
    top: Math.min(rows[0], rows[1]),
    bottom: Math.max(rows[0], rows[1]),
    left: Math.min(columns[0], columns[1]),
    right: Math.max(columns[0], columns[1]),
  };
  return isInsideGrid(rect) ? { sheet: split.sheet, rect } : null;
}

/** Splits a list of areas on commas outside quoted sheet names. */
export function splitAreas(address: string, separator: ',' | ';' = ','): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === separator && !quoted) {
      areas.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  areas.push(current);
  return areas.map((area) => area.trim());
}

/** The area without sheet, as Office writes it: 'A1', 'A1:C5', 'A:C', '2:4'. */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const wholeRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) {
    return `${d}${columnLetters(rect.left)}:${d}${columnLetters(rect.right)}`;
  }
  if (wholeRows && !wholeColumns) return `${d}${rect.top + 1}:${d}${rect.bottom + 1}`;
  const start = `${d}${columnLetters(rect.left)}${d}${rect.top + 1}`;
  const end = `${d}${columnLetters(rect.right)}${d}${rect.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** "Sheet1!A1:C5", as Range.address reads. */
export function formatAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheet)}!${formatRect(rect, absolute)}`;
}
