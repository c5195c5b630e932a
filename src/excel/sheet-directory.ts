/**
 * The sheets of a workbook with the add-in's report markers and used-range extents, in two syncs
 * whatever the workbook: the list of sheets, then their markers and used ranges. (Asking for a
 * named sheet with getItemOrNullObject would save the first sync, but commands queued on a null
 * object may fail the whole batch in Excel; the list costs one small round trip.)
 */
import type { ReportSheetKey } from '../core';
import { reportKeyOfName, reportKeyOfNumberFormat } from './markers';

/** The used range of a sheet: 0-based top-left and size; null when the sheet is empty. */
export interface Extent {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface SheetEntry {
  readonly name: string;
  readonly position: number;
  /** The report sheet this is, by its marker; null for the user's sheets. */
  readonly reportKey: ReportSheetKey | null;
  /** Loaded only when asked for. */
  readonly used: Extent | null;
}

export interface DirectoryOptions {
  /** Only these sheets (missing ones are left out); all when absent. */
  readonly sheets?: readonly string[];
  readonly usedRanges: boolean;
}

interface PendingEntry {
  readonly sheet: Excel.Worksheet;
  readonly names: Excel.NamedItemCollection;
  /** A1, whose number format is the marker that survives tools which drop sheet-scoped names. */
  readonly title: Excel.Range;
  readonly used: Excel.Range | null;
}

export async function loadSheetDirectory(
  context: Excel.RequestContext,
  options: DirectoryOptions,
): Promise<SheetEntry[]> {
  const sheets = await sheetsToDescribe(context, options.sheets);
  const pending: PendingEntry[] = sheets.map((sheet) => {
    sheet.load('name,position');
    const names = sheet.names;
    names.load('items/name');
    const title = sheet.getRange('A1');
    title.load('numberFormat');
    let used: Excel.Range | null = null;
    if (options.usedRanges) {
      // valuesOnly false: a status may be a colour in an otherwise empty cell; empty edges are trimmed after the read.
      used = sheet.getUsedRangeOrNullObject(false);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
    }
    return { sheet, names, title, used };
  });
  await context.sync();
  return pending
    .map((entry) => ({
      name: entry.sheet.name,
      position: entry.sheet.position,
      reportKey: reportKeyOf(entry.names) ?? reportKeyOfNumberFormat(entry.title.numberFormat[0]?.[0]),
      used:
        entry.used && !entry.used.isNullObject && entry.used.rowCount > 0
          ? {
              top: entry.used.rowIndex,
              left: entry.used.columnIndex,
              rows: entry.used.rowCount,
              columns: entry.used.columnCount,
            }
          : null,
    }))
    .sort((a, b) => a.position - b.position);
}

async function sheetsToDescribe(
  context: Excel.RequestContext,
  names: readonly string[] | undefined,
): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  if (!names) return worksheets.items;
  // Excel compares sheet names case-insensitively.
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return worksheets.items.filter((sheet) => wanted.has(sheet.name.toLowerCase()));
}

function reportKeyOf(names: Excel.NamedItemCollection): ReportSheetKey | null {
  for (const item of names.items) {
    const key = reportKeyOfName(item.name);
    if (key) return key;
  }
  return null;
}
