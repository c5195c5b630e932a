/** A sheet snapshot standing behind a builder table, for what rules read from the sheet itself (number formats). */
import { parseA1 } from '../../../src/core/address';
import type { BudgetTable } from '../../../src/core/model';
import type { SheetSnapshot } from '../../../src/core/snapshot';

/** Every cell of the table's range in `format`, except the cells given otherwise in `formats` (A1 → format). */
export function sheetOf(
  table: BudgetTable,
  format: string,
  formats: Readonly<Record<string, string>> = {},
): SheetSnapshot {
  const end = parseA1(table.range.split(':')[1]);
  if (!end) throw new Error(`Unexpected range ${table.range}`);
  const numberFormats = Array.from({ length: end.row + 1 }, () => Array.from({ length: end.column + 1 }, () => format));
  for (const [cell, cellFormat] of Object.entries(formats)) {
    const at = parseA1(cell);
    if (at) numberFormats[at.row][at.column] = cellFormat;
  }
  return {
    name: table.sheet,
    origin: { row: 0, column: 0 },
    values: numberFormats.map((r) => r.map(() => null)),
    numberFormats,
  };
}
