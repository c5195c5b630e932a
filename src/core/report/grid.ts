/**
 * A small builder for one report sheet: values placed by 0-based row and column, formats by
 * range, padded into the rectangle a SheetPlan holds. A sheet is written as blocks one below
 * the other: each starts at `nextRow`, and `gap` leaves blank rows between them, so no planner
 * keeps a row counter of its own.
 */
import { rangeA1 } from '../address';
import type { PlannedValue, RangeFormatPlan } from '../plan';

export type CellFormat = Omit<RangeFormatPlan, 'range'>;

export interface Grid {
  set(row: number, column: number, value: PlannedValue): void;
  /** Values from (row, column) rightwards. */
  setRow(row: number, column: number, values: readonly PlannedValue[]): void;
  format(top: number, left: number, bottom: number, right: number, format: CellFormat): void;
  /** The next free row below everything written so far (and below any gap asked for since). */
  readonly nextRow: number;
  /** Leaves `rows` blank rows before whatever is written next at nextRow; nothing when nothing follows. */
  gap(rows?: number): void;
  values(): PlannedValue[][];
  formats(): RangeFormatPlan[];
}

export function createGrid(): Grid {
  const cells: PlannedValue[][] = [];
  const formats: RangeFormatPlan[] = [];
  let width = 0;
  let pending = 0;

  const set = (row: number, column: number, value: PlannedValue): void => {
    if (row >= cells.length) pending = 0;
    while (cells.length <= row) cells.push([]);
    const line = cells[row];
    while (line.length <= column) line.push(null);
    line[column] = value;
    width = Math.max(width, column + 1);
  };

  return {
    set,
    setRow(row, column, values) {
      values.forEach((value, offset) => set(row, column + offset, value));
    },
    format(top, left, bottom, right, format) {
      formats.push({ range: rangeA1(top, left, bottom, right), ...format });
    },
    get nextRow() {
      return cells.length + pending;
    },
    gap(rows = 1) {
      pending += rows;
    },
    values() {
      return cells.map((line) => [...line, ...new Array<PlannedValue>(width - line.length).fill(null)]);
    },
    formats() {
      return [...formats];
    },
  };
}
