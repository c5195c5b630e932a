/**
 * The cells of a sheet the add-in created, written by the host itself as the part's <sheetData>.
 *
 * ExcelJS's writer renders every cell through its XML stream and looks each cell's style up by
 * rendering it, and the merge into the input package then rewrote every style and string index of
 * that XML again: most of a report's time on a budget of 100 000 rows. Here ExcelJS still writes
 * everything around the cells (sheet properties, views, columns, protection, conditional formats,
 * page setup, in CT_Worksheet's order) and the styles, one carrier cell per distinct style, so a
 * style means exactly what it meant before; the cells themselves are written once, straight with
 * the merged package's style and shared-string indices, in row blocks of bytes (no string of the
 * whole sheet).
 *
 * Only what the host writes into a sheet it created is written here: numbers, texts, booleans,
 * errors, formulas with their cached results, styles. A sheet holding anything else (rich text,
 * dates, hyperlinks, shared formulas, notes, row heights or styles) is left to ExcelJS whole.
 */
import ExcelJS from 'exceljs';
import { columnLetters } from '../core';
import type { SharedStringTable } from './ooxml/merge';
import { escapeCellText } from './ooxml/xml';

/** ExcelJS's arrays of rows and cells (0-based; private, stable since ExcelJS 1). */
interface WorksheetRows {
  _rows: (ExcelJS.Row | undefined)[];
}
interface RowCells {
  _cells: (ExcelJS.Cell | undefined)[];
}

function rowsOf(ws: ExcelJS.Worksheet): (ExcelJS.Row | undefined)[] {
  return (ws as unknown as WorksheetRows)._rows;
}

function cellsOf(row: ExcelJS.Row): (ExcelJS.Cell | undefined)[] {
  return (row as unknown as RowCells)._cells;
}

function isEmptyStyle(style: object): boolean {
  for (const _ in style) return false;
  return true;
}

/**
 * The distinct cell styles of the sheets written here; id 0 is the default style. Cells restyled
 * together share one style object (cells.ts, restyler), so a style is looked up by its object and
 * compared by content only the first time an object is seen.
 */
export class CellStyleSet {
  /** Style id i + 1 is styles[i]. */
  readonly styles: Partial<ExcelJS.Style>[] = [];
  private readonly byObject = new Map<object, number>();
  private readonly byContent = new Map<string, number>();

  idOf(style: Partial<ExcelJS.Style> | undefined): number {
    if (!style) return 0;
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    if (isEmptyStyle(style)) return 0;
    const content = JSON.stringify(style);
    let id = this.byContent.get(content);
    if (id === undefined) {
      this.styles.push(style);
      id = this.styles.length;
      this.byContent.set(content, id);
    }
    this.byObject.set(style, id);
    return id;
  }
}

const plainTypes: ReadonlySet<ExcelJS.ValueType> = new Set([
  ExcelJS.ValueType.Null,
  ExcelJS.ValueType.Number,
  ExcelJS.ValueType.String,
  ExcelJS.ValueType.Boolean,
  ExcelJS.ValueType.Error,
]);

function isPlainResult(result: unknown): boolean {
  if (result === undefined || result === null) return true;
  if (typeof result === 'number') return Number.isFinite(result);
  if (typeof result === 'string' || typeof result === 'boolean') return true;
  return typeof result === 'object' && typeof (result as { error?: unknown }).error === 'string';
}

/**
 * Whether this writer writes every cell of the sheet (see the module comment); records the cells'
 * styles in `styles` when it does.
 */
export function writesSheetData(ws: ExcelJS.Worksheet, styles: CellStyleSet): boolean {
  const seen: Partial<ExcelJS.Style>[] = [];
  for (const row of rowsOf(ws)) {
    if (!row) continue;
    const rowStyle = (row as unknown as { style?: object }).style ?? {};
    if (row.height || row.hidden || row.outlineLevel || !isEmptyStyle(rowStyle)) return false;
    for (const cell of cellsOf(row)) {
      if (!cell) continue;
      // A note is written by ExcelJS from its cell (a comments part), so it needs the cells.
      if (cell.note) return false;
      const type = cell.type;
      if (type === ExcelJS.ValueType.Formula) {
        if (cell.formulaType !== ExcelJS.FormulaType.Master || !isPlainResult(cell.result)) return false;
      } else if (!plainTypes.has(type)) return false;
      seen.push(cell.style);
    }
  }
  for (const style of seen) styles.idOf(style);
  return true;
}

/**
 * Takes the rows out of the worksheets while `write` runs (ExcelJS then writes them without
 * cells) and puts them back, whatever happens.
 */
export async function withoutRows<T>(sheets: readonly ExcelJS.Worksheet[], write: () => Promise<T>): Promise<T> {
  const kept = sheets.map((ws) => rowsOf(ws));
  sheets.forEach((ws) => ((ws as unknown as WorksheetRows)._rows = []));
  try {
    return await write();
  } finally {
    sheets.forEach((ws, i) => ((ws as unknown as WorksheetRows)._rows = kept[i]));
  }
}

/** Style id i is carried by the cell in row i + 1 of column A of the carrier sheet (id 0 by none). */
export function addStyleCarrier(wb: ExcelJS.Workbook, styles: CellStyleSet, name: string): ExcelJS.Worksheet {
  const carrier = wb.addWorksheet(name);
  styles.styles.forEach((style, i) => {
    carrier.getCell(i + 2, 1).style = style as ExcelJS.Style;
  });
  return carrier;
}

/** The written xf index of each style id, read from the carrier sheet's part as ExcelJS wrote it. */
export function carriedStyles(carrierXml: string, styles: CellStyleSet): number[] {
  const xf = new Array<number>(styles.styles.length + 1).fill(0);
  for (const match of carrierXml.matchAll(/<c r="A(\d+)"(?: s="(\d+)")?/g)) {
    const id = Number(match[1]) - 1;
    if (id > 0 && id < xf.length) xf[id] = Number(match[2] ?? 0);
  }
  return xf;
}

/** The sheet's cells as <sheetData>, in blocks of bytes, and the used area for <dimension>. */
export interface SheetDataParts {
  readonly blocks: Uint8Array[];
  /** 'A1:J100004', or null when the sheet has no cell. */
  readonly dimension: string | null;
}

const rowsPerBlock = 2000;

/**
 * Writes the cells of a sheet `writesSheetData` accepted, with the styles' indices in the target
 * package (`xfOf[styleId]`) and texts as the target's shared strings.
 */
export function sheetDataParts(
  ws: ExcelJS.Worksheet,
  styles: CellStyleSet,
  xfOf: readonly number[],
  strings: SharedStringTable,
): SheetDataParts {
  const encoder = new TextEncoder();
  const blocks: Uint8Array[] = [encoder.encode('<sheetData>')];
  const letters: string[] = [];
  let top = 0;
  let bottom = 0;
  let left = 0;
  let right = 0;
  let pending: string[] = [];
  for (const row of rowsOf(ws)) {
    if (!row) continue;
    const r = row.number;
    let line = '';
    for (const cell of cellsOf(row)) {
      if (!cell) continue;
      const type = cell.type;
      const xf = xfOf[styles.idOf(cell.style)] ?? 0;
      if (type === ExcelJS.ValueType.Null && xf === 0) continue;
      const c = cell.col as unknown as number;
      const address = (letters[c] ??= columnLetters(c - 1)) + r;
      line += xf === 0 ? `<c r="${address}"` : `<c r="${address}" s="${xf}"`;
      line += cellContent(cell, type, strings);
      if (top === 0 || r < top) top = r;
      if (r > bottom) bottom = r;
      if (left === 0 || c < left) left = c;
      if (c > right) right = c;
    }
    if (line === '') continue;
    pending.push(`<row r="${r}">${line}</row>`);
    if (pending.length >= rowsPerBlock) {
      blocks.push(encoder.encode(pending.join('')));
      pending = [];
    }
  }
  pending.push('</sheetData>');
  blocks.push(encoder.encode(pending.join('')));
  const first = `${letters[left]}${top}`;
  const last = `${letters[right]}${bottom}`;
  return { blocks, dimension: top === 0 ? null : first === last ? first : `${first}:${last}` };
}

/** A cell's type attribute and content, from after its style to its end tag; as ExcelJS writes them. */
function cellContent(cell: ExcelJS.Cell, type: ExcelJS.ValueType, strings: SharedStringTable): string {
  switch (type) {
    case ExcelJS.ValueType.Number:
      return `><v>${String(cell.value)}</v></c>`;
    case ExcelJS.ValueType.String:
      return ` t="s"><v>${strings.indexOfText(cell.value as string)}</v></c>`;
    case ExcelJS.ValueType.Boolean:
      return ` t="b"><v>${cell.value ? 1 : 0}</v></c>`;
    case ExcelJS.ValueType.Error:
      return ` t="e"><v>${escapeCellText((cell.value as ExcelJS.CellErrorValue).error)}</v></c>`;
    case ExcelJS.ValueType.Formula:
      return formulaContent(escapeCellText(cell.formula), cell.result as unknown);
    default:
      return '/>';
  }
}

function formulaContent(formula: string, result: unknown): string {
  if (result === undefined || result === null) return `><f>${formula}</f></c>`;
  if (typeof result === 'number') return `><f>${formula}</f><v>${String(result)}</v></c>`;
  if (typeof result === 'string') return ` t="str"><f>${formula}</f><v>${escapeCellText(result)}</v></c>`;
  if (typeof result === 'boolean') return ` t="b"><f>${formula}</f><v>${result ? 1 : 0}</v></c>`;
  return ` t="e"><f>${formula}</f><v>${escapeCellText((result as { error: string }).error)}</v></c>`;
}

/**
 * The sheet part: what ExcelJS wrote around the cells (with `<sheetData/>` and the dimension of an
 * empty sheet) with these cells put in.
 */
export function withSheetData(shellXml: string, parts: SheetDataParts): Uint8Array {
  const at = shellXml.indexOf('<sheetData/>');
  if (at < 0) throw new Error('The written sheet has no empty <sheetData/> to fill');
  let head = shellXml.slice(0, at);
  if (parts.dimension !== null)
    head = head.replace(/(<dimension\s+ref=")[^"]*"/, (_, start: string) => `${start}${parts.dimension}"`);
  const encoder = new TextEncoder();
  const pieces = [encoder.encode(head), ...parts.blocks, encoder.encode(shellXml.slice(at + '<sheetData/>'.length))];
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}
