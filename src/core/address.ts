/** A1 addresses from 0-based coordinates and back. */

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function toA1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = toA1(top, left);
  const end = toA1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses 'B12' (or '$B$12') into 0-based coordinates; null when it is not a single-cell A1 address. */
export function parseA1(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/**
 * A sheet name as an address or formula writes it, by Excel's rule: as it is when it is a plain
 * name (letters, digits, '_' and '.', not beginning with a digit, not readable as a cell such as
 * 'AB12' or 'R1C1'), else in single quotes with an apostrophe doubled ('Tulos 2024', 'Tom''s').
 * The one quoting rule of the add-in: Range.address on the headless host and the chart and name
 * references of its package parts both spell names with it.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 'B12' or 'B12:D14' (with or without $, corners in any order) as an area; null when it is neither. */
export function parseRangeA1(address: string): CellArea | null {
  const [first, second, ...rest] = address.split(':');
  if (rest.length > 0) return null;
  const start = parseA1(first);
  const end = second === undefined ? start : parseA1(second);
  if (!start || !end || start.row < 0 || end.row < 0) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
