/** How rules read figures: as sum operands, by the columns that add up, with labels for messages. */
import type { BudgetRow, BudgetTable, ColumnKind, Figure } from '../model';

/** A dash alone is how Finnish tables write "nothing here": it counts as zero, like an empty cell. */
export function isDash(text: string | undefined): boolean {
  return text !== undefined && /^\s*[-–—−]\s*$/.test(text);
}

/**
 * The figure as an operand of a sum: an empty cell (or a dash) is zero, as in Excel's SUM; text
 * that reads as a number counts as the number the user meant (type-error names the cell, and a
 * SUM that skipped it then shows as the mismatch it is). null when the cell makes the sum
 * unknowable (an error value, text that is no number, a formula without a result): the rules
 * for those cells name them, so the sums around them stay quiet instead of adding noise.
 */
export function operand(figure: Figure | undefined): number | null {
  if (figure === undefined) return 0;
  if (figure.value !== null) return figure.value;
  if (figure.source === 'empty') return 0;
  if (figure.source === 'text' && isDash(figure.text)) return 0;
  return null;
}

/** Columns whose cells add up across lines and units: every figure column but percentages. */
export function summableColumns(table: BudgetTable): number[] {
  return table.columns.filter((c) => c.kind !== 'actualPct').map((c) => c.column);
}

export function columnsOfKinds(table: BudgetTable, kinds: readonly ColumnKind[]): number[] {
  const wanted = new Set(kinds);
  return table.columns.filter((c) => wanted.has(c.kind)).map((c) => c.column);
}

/** The row's first non-zero plan or actual figure: variances can have either sign whatever the convention. */
export function costSignSample(table: BudgetTable, row: BudgetRow): number | null {
  for (const column of table.columns) {
    if (column.kind === 'variance' || column.kind === 'actualPct' || column.kind === 'supplementary') continue;
    const value = row.figures[column.column]?.value;
    if (value !== undefined && value !== null && value !== 0) return value;
  }
  return null;
}
