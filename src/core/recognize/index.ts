/**
 * Recognition of budget tables in a workbook snapshot: one module per stage, one reader per layout.
 *
 * - header.ts: the header rows (the band naming most figure columns among a sheet's first 40
 *   rows, wrapped over up to three rows or under a merged group header; each later band naming two
 *   or more starts another table or another statement block), completed by a row of years.
 * - column-labels.ts, line-labels.ts, structure-labels.ts: the vocabulary (fi/sv/en, any case):
 *   figure columns, lines (with the line hierarchy of model.ts), unit/level/code/binding/step columns.
 * - side-by-side.ts: two tables on the same rows are cut apart and read each on its own.
 * - table-frame.ts: what a table's columns are, its label column (the one naming most lines), its scale
 *   (a figure label, another header cell, the nearest title above; '€' when none).
 * - Readers: long-layout.ts (one unit column), unit-columns.ts (an export with several),
 *   block-layout.ts (unit headings) with statement-blocks.ts (repeated blocks), budget-chain.ts (the
 *   vertical chain, inside any of them). Levels: a level column, else codes (a child's code starts
 *   with its parent's), else indentation, else the order as each layout defines it.
 * - table-builder.ts: rows with their figures (euros after the scale), the cost sign (each expense
 *   row votes by the sign of most of its plan and actual figures), and the table with the
 *   explanation of its reading (layout, header rows, every column's role).
 * - A row whose label is no known line is kept with line null, never dropped; a table with no
 *   known line is no budget table.
 */
import type { BudgetTable } from '../model';
import type { RecognitionOverride } from '../settings';
import type { WorkbookSnapshot } from '../snapshot';
import { recognizeSheet } from './recognize-sheet';
import type { RecognitionGuide } from './guide';

export { recognizeSheet } from './recognize-sheet';
export type { RecognitionGuide } from './guide';
export { periodOf } from './period';
export { columnLabelOf, type ColumnLabel } from './column-labels';
export { lineOfLabel } from './line-labels';
export { scaleIn, defaultScale } from './scale';

/**
 * Every budget table on every sheet, each sheet read with the user's override for it (if any);
 * a sheet with guides (the user's mapping) is read exactly as they say.
 */
export function recognizeTables(
  snapshot: WorkbookSnapshot,
  overrides: readonly RecognitionOverride[] = [],
  guides: ReadonlyMap<string, readonly RecognitionGuide[]> = new Map(),
): BudgetTable[] {
  const tables: BudgetTable[] = [];
  for (const sheet of snapshot.sheets) {
    const override = overrides.find((o) => o.sheet === sheet.name);
    tables.push(...recognizeSheet(sheet, override, guides.get(sheet.name)));
  }
  return tables;
}
