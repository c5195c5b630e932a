/**
 * Excel writes a filled-down formula once (the master) and marks the other cells as sharing
 * it; each cell's own formula is the master's with its relative references moved by the offset.
 */
import { columnIndex, columnLetters } from '../core';

/** A1 references outside string literals (a sheet prefix such as Talous! stays as it is); $ pins a part. */
const reference = /(^|[^A-Za-z0-9_.$"'])(\$?)([A-Z]{1,3})(\$?)([1-9]\d{0,6})(?![A-Za-z0-9_(])/g;

export function translateFormula(
  formula: string,
  from: { row: number; column: number },
  to: { row: number; column: number },
): string {
  const rows = to.row - from.row;
  const columns = to.column - from.column;
  if (rows === 0 && columns === 0) return formula;
  // Split on string literals so that text such as "A1" inside quotes is not moved.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            reference,
            (whole, before: string, columnPin: string, letters: string, rowPin: string, digits: string) => {
              const column = columnPin ? columnIndex(letters) : columnIndex(letters) + columns;
              const row = rowPin ? Number(digits) : Number(digits) + rows;
              if (column < 0 || row < 1 || column > 16383) return whole;
              return `${before}${columnPin}${columnLetters(column)}${rowPin}${row}`;
            },
          ),
    )
    .join('');
}
