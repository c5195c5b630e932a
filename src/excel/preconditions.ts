/**
 * What an operation checks before it writes anything, so that a refusal leaves the workbook as it was.
 * Excel applies the actions of a failed sync up to the failing one and keeps them (old flags deleted,
 * new ones half added), so a write that protection would refuse must never be sent.
 */

export type Refusal =
  /** Sheets whose protection refuses cell formats (conditional formats are formats). */
  | { readonly reason: 'sheet-protected'; readonly sheets: readonly string[] }
  /** Workbook structure protection: no sheet may be added, deleted or renamed. */
  | { readonly reason: 'structure-protected' }
  /**
   * A sheet whose used range is too large to read as a grid, on an Excel without getSpecialCells
   * (ExcelApi 1.9) to find where its cells are (far-cells.ts).
   */
  | { readonly reason: 'sheet-too-large'; readonly sheet: string; readonly range: string };

/** An operation refused before writing; the pane and the commands say what to do (ui.error.* in the catalogue). */
export class PreconditionError extends Error {
  constructor(readonly refusal: Refusal) {
    super(
      refusal.reason === 'sheet-protected'
        ? `protected sheets: ${refusal.sheets.join(', ')}`
        : refusal.reason === 'sheet-too-large'
          ? `the used range ${refusal.range} of ${refusal.sheet} is too large to read`
          : 'the workbook structure is protected',
    );
    this.name = 'PreconditionError';
  }
}

/** The protection a write of cell formats must look at, loaded with the sheet list (ExcelApi 1.2). */
export const sheetProtectionPaths = 'items/name,items/protection/protected,items/protection/options';

/** Whether the sheet's protection refuses formats (conditional formats included). */
export function refusesFormats(sheet: Excel.Worksheet): boolean {
  return sheet.protection.protected && !sheet.protection.options.allowFormatCells;
}

/** Throws before any write when one of the sheets refuses formats. */
export function requireFormattableSheets(sheets: readonly Excel.Worksheet[]): void {
  const refused = sheets.filter(refusesFormats).map((sheet) => sheet.name);
  if (refused.length > 0) throw new PreconditionError({ reason: 'sheet-protected', sheets: [...new Set(refused)] });
}
