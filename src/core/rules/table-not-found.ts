/**
 * table-not-found (error): for each asked sheet without a budget table (a sheet that holds the
 * measures table is not missing one), or, when no sheet was asked and nothing at all (no budget
 * table, no measures table) was recognised, once for the first sheet, so the user learns why the
 * check is empty. Named: the sheet's first used cell (A1 for an asked sheet that does not exist).
 */
import { toA1 } from '../address';
import type { SheetSnapshot } from '../snapshot';
import { defineWorkbookRule } from './define-rule';

export const tableNotFound = defineWorkbookRule({
  code: 'table-not-found',
  severity: 'error',
  messages: { 'finding.table-not-found': { sheet: 'text' } },
  check({ snapshot, workbook, asked, tables, strategy }, report) {
    const withTable = new Set(tables.map((table) => table.sheet));
    const strategySheet = strategy?.sheet ?? null;
    const at = (sheet: string, cell: string) =>
      report({ sheet, cell, messageId: 'finding.table-not-found', data: { sheet } });
    if (asked) {
      for (const name of asked) {
        const sheet = workbook.sheets.find((s) => sheetKey(s.name) === sheetKey(name));
        if (!sheet) at(name, 'A1');
        else if (!withTable.has(sheet.name) && sheet.name !== strategySheet) at(sheet.name, corner(sheet));
      }
      return;
    }
    // A workbook of strategic measures alone is no empty check: only a workbook with nothing recognised is.
    if (tables.length > 0 || strategySheet !== null) return;
    const first = snapshot.sheets[0];
    if (first) at(first.name, corner(first));
  },
});

function corner(sheet: SheetSnapshot): string {
  return toA1(sheet.origin.row, sheet.origin.column);
}

/** Sheet names as Excel compares them: case and surrounding spaces aside. */
export function sheetKey(name: string): string {
  return name.trim().toLowerCase();
}
