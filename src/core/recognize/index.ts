/**
 * Recognition of budget tables in a workbook snapshot.
 *
 * - Header row: the row naming most figure columns (at least two) among a sheet's first 40
 *   rows; every later row that names two or more and holds no number starts another table.
 * - Figure columns: column-labels.ts (fi/sv/en, years, period marks, a scale inside the label).
 * - Lines: line-labels.ts; the label column is the non-figure column naming most known lines.
 *   A row whose label is no known line is kept with line null, never dropped.
 * - Layout: 'long' when a unit column is named (Yksikkö, Vastuualue, Unit, Enhet, …; several
 *   such columns spell a path), else 'block' (unit heading rows: a name with every figure
 *   cell empty). Levels: a level column, else codes (a child's code starts with its parent's),
 *   else indentation, else the order — in a block table the first heading is the top; in a
 *   long table the first unit is the top only when its figures are the sums of the others'.
 * - Scale: from a figure label, else another header cell, else the nearest title above (up to
 *   ten rows); '€' (factor 1) when none. Figures are euros after the scale.
 * - Cost sign: each expense row votes by the sign of most of its plan and actual figures
 *   (supplementary budgets and variances can go either way and do not vote).
 * - A table with no known line is no budget table.
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
