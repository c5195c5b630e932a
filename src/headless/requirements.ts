/**
 * The ExcelApi requirement set that introduced each member the host implements beyond ExcelApi 1.1
 * (ExcelApi 1.1 members are not listed). A host configured as an older Excel fails such a call at
 * sync with ApiNotFound, as Excel does, so the add-in's degraded paths can be tested.
 */
/** Checked against the `[Api set: ExcelApi x.y]` notes of @types/office-js. */
export const requirementOf: Readonly<Record<string, string>> = {
  'RangeFormat.columnWidth': '1.2',
  'Range.getResizedRange': '1.2',
  'Worksheet.getUsedRange': '1.2',
  'Worksheet.protection': '1.2',
  'WorksheetProtection.protected': '1.2',
  'WorksheetProtection.options': '1.2',
  'WorksheetProtection.protect': '1.2',
  'WorksheetProtection.unprotect': '1.7', // the d.ts names only "1.7 for password"
  'Workbook.settings': '1.4',
  'Worksheet.names': '1.4',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getCount': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItem.comment': '1.4',
  'NamedItem.delete': '1.4',
  'NamedItem.scope': '1.4',
  'NamedItem.getRangeOrNullObject': '1.4',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.getCount': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'ChartCollection.getItemOrNullObject': '1.4',
  'ChartCollection.getCount': '1.4',
  'SettingCollection.add': '1.4',
  'SettingCollection.getCount': '1.4',
  'SettingCollection.getItem': '1.4',
  'SettingCollection.getItemOrNullObject': '1.4',
  'Setting.delete': '1.4',
  'Setting.key': '1.4',
  'Setting.value': '1.4',
  'WorksheetCollection.getFirst': '1.5',
  'Range.conditionalFormats': '1.6',
  'ConditionalFormatCollection.add': '1.6',
  'ConditionalFormatCollection.getCount': '1.6',
  'ConditionalFormatCollection.getItem': '1.6',
  'ConditionalFormatCollection.getItemAt': '1.6',
  'ConditionalFormat.customOrNullObject': '1.6',
  'ConditionalFormat.custom': '1.6',
  'ConditionalFormat.delete': '1.6',
  'ConditionalFormat.getRange': '1.6',
  'ConditionalFormat.getRangeOrNullObject': '1.6',
  'ConditionalFormat.id': '1.6',
  'ConditionalFormat.type': '1.6',
  'ConditionalFormat.priority': '1.6',
  'ConditionalFormat.stopIfTrue': '1.6',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.tabColor': '1.7',
  'Workbook.getActiveCell': '1.7',
  'Workbook.protection': '1.7',
  'WorkbookProtection.protected': '1.7',
  'WorkbookProtection.protect': '1.7',
  'WorkbookProtection.unprotect': '1.7',
  'Chart.id': '1.7',
  'Chart.chartType': '1.7',
  'NamedItem.formula': '1.7',
  'Range.isEntireColumn': '1.7',
  'Range.isEntireRow': '1.7',
  'ChartAxis.numberFormat': '1.8',
  'Worksheet.showGridlines': '1.8',
  'Range.getCellProperties': '1.9',
  'Worksheet.getRanges': '1.9',
  'Range.getSpecialCells': '1.9',
  'Range.getSpecialCellsOrNullObject': '1.9',
  'RangeAreas.conditionalFormats': '1.9',
  'Worksheet.pageLayout': '1.9',
  'RangeFormat.indentLevel': '1.9',
  'ConditionalFormat.getRanges': '1.9',
  'RangeFill.pattern': '1.9',
  'ChartFill.getSolidColor': '1.16',
};

export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
