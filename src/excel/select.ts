/** Going to a finding's cell: its sheet comes to the front and the cell is selected, in one sync. */
export async function select(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}
