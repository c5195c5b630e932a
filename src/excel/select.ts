import type { Selection } from './types';

/** Going to a finding's cell: its sheet comes to the front and the cell is selected, in one sync. */
export async function select(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}

/** Where the user's selection is: its sheet and its top-left cell (0-based), in one sync. */
export async function readSelection(context: Excel.RequestContext): Promise<Selection> {
  const range = context.workbook.getSelectedRange();
  range.load('rowIndex,columnIndex,worksheet/name');
  await context.sync();
  return { sheet: range.worksheet.name, row: range.rowIndex, column: range.columnIndex };
}
