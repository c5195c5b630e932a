/**
 * The ExcelApi requirement set that introduced each member the host implements beyond ExcelApi 1.1
 * (from the Excel JavaScript API reference). A host configured as an older Excel fails such a call at
 * sync with ApiNotFound, as Excel does, so the add-in's degraded paths can be tested.
 */
export const requirementOf: Readonly<Record<string, string>> = {
  'RangeFormat.columnWidth': '1.2',
  'Workbook.settings': '1.4',
  'Worksheet.names': '1.4',
  'NamedItemCollection.add': '1.4',
  'NamedItem.comment': '1.4',
  'NamedItem.delete': '1.4',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.getCount': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'ChartCollection.getItemOrNullObject': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'SettingCollection.getItemOrNullObject': '1.4',
  'Range.conditionalFormats': '1.6',
  'ConditionalFormat.customOrNullObject': '1.6',
  'ConditionalFormat.getRangeOrNullObject': '1.6',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.tabColor': '1.7',
  'Workbook.getActiveCell': '1.7',
  'Chart.id': '1.7',
  'Chart.chartType': '1.7',
  'WorksheetFreezePanes.getLocationOrNullObject': '1.7',
  'ChartAxis.numberFormat': '1.8',
  'Worksheet.showGridlines': '1.8',
  'Range.getCellProperties': '1.9',
  'Worksheet.getRanges': '1.9',
  'RangeAreas.conditionalFormats': '1.9',
  'Worksheet.pageLayout': '1.9',
  'RangeFormat.indentLevel': '1.9',
  'ConditionalFormat.getRanges': '1.9',
  'RangeFill.pattern': '1.15',
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
