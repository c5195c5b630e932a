/** Small readable builders of snapshots for recognition and strategy tests. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';

export interface SheetOptions {
  readonly name?: string;
  readonly origin?: { row: number; column: number };
  /** Formulas by A1-free position: formulas[r][c]; missing entries are null. */
  readonly formulas?: readonly (readonly (string | null)[] | undefined)[];
  /** indents[r][c]; missing entries are 0. */
  readonly indents?: readonly (readonly number[] | undefined)[];
  /** fills[r][c]; missing entries are null. */
  readonly fills?: readonly (readonly (string | null)[] | undefined)[];
}

/** A sheet from rows of cells; rows are padded to the widest. */
export function sheet(rows: readonly (readonly CellValue[])[], options: SheetOptions = {}): SheetSnapshot {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const pad = <T>(row: readonly T[] | undefined, empty: T): T[] => {
    const out = row ? [...row] : [];
    while (out.length < width) out.push(empty);
    return out;
  };
  return {
    name: options.name ?? 'Talous',
    origin: options.origin ?? { row: 0, column: 0 },
    values: rows.map((row) => pad(row, null as CellValue)),
    ...(options.formulas ? { formulas: rows.map((_, r) => pad(options.formulas?.[r], null as string | null)) } : {}),
    ...(options.indents ? { indents: rows.map((_, r) => pad(options.indents?.[r], 0)) } : {}),
    ...(options.fills ? { fills: rows.map((_, r) => pad(options.fills?.[r], null as string | null)) } : {}),
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
