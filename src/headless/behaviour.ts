/**
 * Where Excel's behaviour depends on the platform, the locale or the workbook's state, as Microsoft
 * documents it or as the Office.js repository reports it: undo support inside an undo group, the list
 * separator of getRanges, and what sheet and workbook protection refuse. The host plays Excel on
 * Windows in Finland unless told otherwise, the harshest setting our users have.
 */
import type { SheetModel } from './book';

export type Platform = 'web' | 'windows' | 'mac';

export const DEFAULT_PLATFORM: Platform = 'windows';
/** Regional format (not the display language): it decides the list separator. */
export const DEFAULT_LOCALE = 'fi-FI';

/**
 * "Undo capabilities" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities),
 * table "Unsupported APIs", for the members the host implements: where a member is listed, calling it
 * inside `Excel.run({ mergeUndoGroup: true }, …)` fails with UndoNotSupported on that platform.
 */
const undoUnsupported: Readonly<Record<string, readonly Platform[]>> = {
  'Worksheet.delete': ['web', 'windows', 'mac'],
  'Worksheet.name': ['windows', 'mac'],
};

export function supportsUndo(member: string, platform: Platform): boolean {
  return !(undoUnsupported[member] ?? []).includes(platform);
}

/**
 * The separator `Worksheet.getRanges` expects between areas. Excel on the web takes a comma; Excel on
 * Windows and Mac take the list separator of the regional settings, which is ';' wherever the decimal
 * separator is a comma (fi-FI, sv-SE, de-DE, cs-CZ…): OfficeDev/office-js #1167, #1985.
 */
export function getRangesSeparator(platform: Platform, locale: string): ',' | ';' {
  if (platform === 'web') return ',';
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

/** What a write touches, for protection: cell contents, cell formats, column formats, the workbook's sheets. */
export type WriteKind = 'cells' | 'formats' | 'columns' | 'structure';

/** The members the host implements that a protected sheet or workbook structure refuses, by what they change. */
const writeKinds: Readonly<Record<string, WriteKind>> = {
  'Range.values': 'cells',
  'Range.formulas': 'cells',
  'Range.numberFormat': 'formats',
  'RangeFormat.columnWidth': 'columns',
  'RangeFormat.horizontalAlignment': 'formats',
  'RangeFormat.verticalAlignment': 'formats',
  'RangeFormat.wrapText': 'formats',
  'RangeFormat.indentLevel': 'formats',
  'RangeFill.color': 'formats',
  'RangeFill.clear': 'formats',
  'RangeFont.bold': 'formats',
  'RangeFont.italic': 'formats',
  'RangeFont.size': 'formats',
  'RangeFont.name': 'formats',
  'RangeFont.color': 'formats',
  'RangeBorder.style': 'formats',
  'RangeBorder.weight': 'formats',
  'RangeBorder.color': 'formats',
  'ConditionalFormatCollection.add': 'formats',
  'ConditionalFormat.delete': 'formats',
  'ConditionalFormatRule.formula': 'formats',
  'ConditionalFill.color': 'formats',
  'ConditionalFill.clear': 'formats',
  'ConditionalFont.color': 'formats',
  'ConditionalFont.bold': 'formats',
  'ConditionalFont.italic': 'formats',
  'WorksheetCollection.add': 'structure',
  'Worksheet.delete': 'structure',
  'Worksheet.name': 'structure',
  'Worksheet.position': 'structure',
  'Worksheet.visibility': 'structure',
};

export function writeKindOf(member: string): WriteKind | null {
  return writeKinds[member] ?? null;
}

/**
 * Whether protection refuses a write of this kind to the sheet: `formatCells` and `formatColumns`
 * allow theirs. Every cell counts as locked, Excel's default.
 */
export function sheetRefuses(sheet: SheetModel, kind: Exclude<WriteKind, 'structure'>): boolean {
  // A write needs the sheet loaded into ExcelJS anyway: ask for it before its cells are read for nothing.
  sheet.requireModel();
  const protection = sheetProtectionOf(sheet);
  if (!protection) return false;
  if (kind === 'formats') return protection.formatCells !== true;
  if (kind === 'columns') return protection.formatColumns !== true;
  return true;
}

/** The fields of SheetProtection that allow something, by the attribute of <sheetProtection> that forbids it. */
const allowFields = [
  'formatCells',
  'formatColumns',
  'formatRows',
  'insertColumns',
  'insertRows',
  'insertHyperlinks',
  'deleteColumns',
  'deleteRows',
  'sort',
  'autoFilter',
  'pivotTables',
] as const;

/**
 * The sheet's protection, null when it has none: the file's own <sheetProtection>, from its cells'
 * reading while the sheet is not loaded, else as ExcelJS keeps it (read from the file, or set by
 * `protect`). In the file an option attribute of "0" allows the action (ECMA-376 Part 1, 18.3.1.85).
 */
export function sheetProtectionOf(sheet: SheetModel): SheetProtection | null {
  let protection: SheetProtection | null | undefined;
  if (sheet.packaged) {
    const attributes = sheet.packagedCells.protection;
    const isTrue = (value: string | undefined) => value === '1' || value === 'true';
    const isFalse = (value: string | undefined) => value === '0' || value === 'false';
    protection = attributes && {
      sheet: isTrue(attributes.sheet),
      ...Object.fromEntries(allowFields.filter((field) => isFalse(attributes[field])).map((field) => [field, true])),
    };
  } else {
    protection = (sheet.ws as unknown as { sheetProtection?: SheetProtection | null }).sheetProtection;
  }
  return protection?.sheet ? protection : null;
}

/** The part of ExcelJS's sheetProtection model the host reads and writes (true = the user may). */
export interface SheetProtection {
  sheet?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
  insertColumns?: boolean;
  insertRows?: boolean;
  insertHyperlinks?: boolean;
  deleteColumns?: boolean;
  deleteRows?: boolean;
  sort?: boolean;
  autoFilter?: boolean;
  pivotTables?: boolean;
}
