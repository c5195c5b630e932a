/** Real workbooks for engine tests: the repo's example and fixtures, read by the real reader, and cells changed in a copy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseA1 } from '../../../src/core/address';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { readSnapshot } from '../../../src/xlsx';

const root = join(__dirname, '..', '..', '..');

export function readExample(name: string): Promise<WorkbookSnapshot> {
  return readSnapshot(new Uint8Array(readFileSync(join(root, 'examples', name))));
}

export function readFixture(name: string): Promise<WorkbookSnapshot> {
  return readSnapshot(new Uint8Array(readFileSync(join(root, 'test', 'fixtures', name))));
}

/** A copy of the workbook with cells typed over, as a user would: the value replaces the formula. */
export function typeOver(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  cells: Readonly<Record<string, CellValue>>,
): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map((sheet): SheetSnapshot => {
      if (sheet.name !== sheetName) return sheet;
      const values = sheet.values.map((row) => [...row]);
      const formulas = sheet.formulas?.map((row) => [...row]);
      for (const [address, value] of Object.entries(cells)) {
        const at = parseA1(address);
        if (!at) throw new Error(`Not an A1 address: ${address}`);
        const row = at.row - sheet.origin.row;
        const column = at.column - sheet.origin.column;
        if (values[row]?.[column] === undefined)
          throw new Error(`${address} is outside the used range of ${sheetName}`);
        values[row][column] = value;
        if (formulas) formulas[row][column] = null;
      }
      return { ...sheet, values, ...(formulas ? { formulas } : {}) };
    }),
  };
}
