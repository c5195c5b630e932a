/** Reading a planned sheet as a person reads the finished one: a cell's value and its final format. */
import { parseA1 } from '../../../src/core/address';
import { isPlannedFormula, type PlannedValue, type RangeFormatPlan, type ReportPlan, type ReportSheetKey, type SheetPlan } from '../../../src/core/plan';
import type { CellValue } from '../../../src/core/snapshot';

export function sheetOf(plan: ReportPlan, key: ReportSheetKey): SheetPlan {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`No ${key} sheet in the plan`);
  return sheet;
}

export function valueAt(sheet: SheetPlan, a1: string): PlannedValue {
  const { row, column } = parseA1(a1)!;
  return sheet.values[row]?.[column] ?? null;
}

function contains(range: string, a1: string): boolean {
  const [start, end = start] = range.split(':');
  const a = parseA1(start)!;
  const b = parseA1(end)!;
  const c = parseA1(a1)!;
  return c.row >= a.row && c.row <= b.row && c.column >= a.column && c.column <= b.column;
}

/** The formats that apply to a cell, merged in plan order (a later format refines an earlier one). */
export function formatAt(sheet: SheetPlan, a1: string): Omit<RangeFormatPlan, 'range'> {
  let merged: Omit<RangeFormatPlan, 'range'> = {};
  for (const { range, ...format } of sheet.formats) {
    if (!contains(range, a1)) continue;
    merged = { ...merged, ...format, font: { ...merged.font, ...format.font } };
  }
  return merged;
}

/** The 0-based row whose column A holds the text, or −1. */
export function rowOf(sheet: SheetPlan, text: string, column = 0): number {
  return sheet.values.findIndex((row) => row[column] === text);
}

/** The values of a range, row by row. */
export function block(sheet: SheetPlan, range: string): PlannedValue[][] {
  const [start, end] = range.split(':').map((a) => parseA1(a)!);
  const rows: PlannedValue[][] = [];
  for (let r = start.row; r <= end.row; r += 1) {
    const row: PlannedValue[] = [];
    for (let c = start.column; c <= end.column; c += 1) row.push(sheet.values[r]?.[c] ?? null);
    rows.push(row);
  }
  return rows;
}

/** A planned sheet's values as a snapshot reads them back: texts and numbers as written; a formula, uncomputed here, as empty. */
export function readBack(values: readonly (readonly PlannedValue[])[]): CellValue[][] {
  return values.map((row) => row.map((value) => (isPlannedFormula(value) ? null : value)));
}
