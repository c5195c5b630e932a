/** Recognition of budget tables in a workbook snapshot. */
import type { BudgetTable } from '../model';
import type { RecognitionOverride } from '../settings';
import type { WorkbookSnapshot } from '../snapshot';
import { recognizeSheet } from './recognize-sheet';

export { recognizeSheet } from './recognize-sheet';
export { periodOf } from './period';
export { columnLabelOf, type ColumnLabel } from './column-labels';
export { lineOfLabel } from './line-labels';
export { scaleIn, defaultScale } from './scale';

/** Every budget table on every sheet, each sheet read with the user's override for it (if any). */
export function recognizeTables(snapshot: WorkbookSnapshot, overrides: readonly RecognitionOverride[] = []): BudgetTable[] {
  const tables: BudgetTable[] = [];
  for (const sheet of snapshot.sheets) {
    const override = overrides.find((o) => o.sheet === sheet.name);
    tables.push(...recognizeSheet(sheet, override));
  }
  return tables;
}
