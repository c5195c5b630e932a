/**
 * Reading sheets into the engine's snapshot: two syncs for the directory (sheets, markers, used
 * ranges), then one sync for all the cells when they fit in one response, else one per ~4 MB of
 * cells. Never a sync per row or per cell.
 */
import {
  cutToMainBlock,
  rangeA1,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
  type ReportSheetKey,
} from '../core';
import { cellValue, formulaOf } from './cell-values';
import { locateMainBlocks } from './far-cells';
import { initialBytesPerCell, nextBytesPerCell, nextSyncBlocks, type Block, type PendingRows } from './read-blocks';
import type { DegradedFeature } from './requirements';
import { loadSheetDirectory, type SheetEntry } from './sheet-directory';
import type { ReadOptions } from './types';

export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions,
  degraded: ReadonlySet<DegradedFeature>,
): Promise<WorkbookSnapshot> {
  const directory = await loadSheetDirectory(context, { sheets: options.sheets, usedRanges: true });
  const wanted = options.skipReportSheets ? directory.filter((entry) => entry.reportKey === null) : directory;
  // A used range of billions of cells (a value at XFD1048576) is located first; every sheet is cut
  // to its main block as the .xlsx reader cuts it.
  const located = await locateMainBlocks(context, wanted, degraded);
  const sheets = await readSheets(context, located.entries, degraded);
  return {
    sheets: sheets.map((sheet, i) => {
      const far = located.farCells.get(i);
      const count = located.farCellCounts.get(i);
      if (!far || far.length === 0) return cutToMainBlock(sheet);
      return cutToMainBlock({
        ...sheet,
        farCells: far,
        ...(count && count > far.length ? { farCellCount: count } : {}),
      });
    }),
  };
}

export async function readReportSheets(
  context: Excel.RequestContext,
  degraded: ReadonlySet<DegradedFeature>,
): Promise<{ key: ReportSheetKey; snapshot: SheetSnapshot }[]> {
  const directory = await loadSheetDirectory(context, { usedRanges: true });
  const reports = directory.filter((entry) => entry.reportKey !== null);
  const snapshots = await readSheets(context, reports, degraded);
  return reports.map((entry, i) => ({ key: entry.reportKey as ReportSheetKey, snapshot: snapshots[i] }));
}

/** The cells of one block as Excel returns them. */
interface BlockProxies {
  readonly block: Block;
  readonly range: Excel.Range;
  readonly properties: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

interface Grid {
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
  readonly numberFormats: string[][];
  readonly indents: number[][];
  readonly fills: (string | null)[][];
}

const payloadErrors = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded']);

async function readSheets(
  context: Excel.RequestContext,
  entries: readonly SheetEntry[],
  degraded: ReadonlySet<DegradedFeature>,
): Promise<SheetSnapshot[]> {
  const withProperties = !degraded.has('indents-and-fills');
  const grids: Grid[] = entries.map((entry) => emptyGrid(entry.used?.rows ?? 0));
  let pending: PendingRows[] = [];
  entries.forEach((entry, sheet) => {
    if (entry.used) pending.push({ sheet, extent: entry.used, nextRow: 0 });
  });
  let bytesPerCell = initialBytesPerCell;
  while (pending.length > 0) {
    const { blocks, rest } = nextSyncBlocks(pending, bytesPerCell);
    const proxies = blocks.map((block) => queueBlock(context, entries[block.sheet].name, block, withProperties));
    try {
      // One sync per 5 MB of cells, as Excel's payload limit demands; every block that fits shares a sync.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // The estimate was too low for these cells (long texts): halve the blocks and try again.
      if (isPayloadError(error) && blocks.some((block) => block.rows > 1)) {
        bytesPerCell *= 2;
        continue;
      }
      throw error;
    }
    let cells = 0;
    let bytes = 0;
    for (const proxy of proxies) {
      const received = storeBlock(grids[proxy.block.sheet], proxy);
      cells += proxy.block.rows * proxy.block.extent.columns;
      bytes += received;
    }
    bytesPerCell = nextBytesPerCell(bytesPerCell, cells, bytes);
    pending = rest;
  }
  return entries.map((entry, sheet) => trimmedSnapshot(entry, grids[sheet], withProperties));
}

function queueBlock(
  context: Excel.RequestContext,
  sheetName: string,
  block: Block,
  withProperties: boolean,
): BlockProxies {
  const { extent } = block;
  const top = extent.top + block.firstRow;
  // An A1 address rather than getRangeByIndexes (ExcelApi 1.7), so reading needs no more than 1.4.
  const address = rangeA1(top, extent.left, top + block.rows - 1, extent.left + extent.columns - 1);
  const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
  range.load('values,valueTypes,formulas,numberFormat');
  const properties = withProperties
    ? range.getCellProperties({ format: { indentLevel: true, fill: { color: true } } })
    : null;
  return { block, range, properties };
}

function emptyGrid(rows: number): Grid {
  const empty = <T>(): T[][] => new Array<T[]>(rows);
  return { values: empty(), formulas: empty(), numberFormats: empty(), indents: empty(), fills: empty() };
}

/** Copies a block into the sheet's grid; returns the bytes the response took, as JSON, for the next estimate. */
function storeBlock(grid: Grid, proxy: BlockProxies): number {
  const { range, properties, block } = proxy;
  const values: readonly (readonly unknown[])[] = range.values;
  const types: readonly (readonly string[])[] = range.valueTypes;
  const formulas: readonly (readonly unknown[])[] = range.formulas;
  const formats: readonly (readonly unknown[])[] = range.numberFormat;
  const cellProperties = properties?.value ?? null;
  // Most rows have no formula, format, indent or fill: they share one frozen row of the default.
  const plain = plainRows(block.extent.columns);
  for (let r = 0; r < block.rows; r++) {
    const row = block.firstRow + r;
    grid.values[row] = values[r].map((value, c) => cellValue(value, types[r][c]));
    grid.formulas[row] = plain(
      formulas[r].map((formula, c) => formulaOf(formula, values[r][c], types[r][c])),
      null,
    );
    grid.numberFormats[row] = plain(
      formats[r].map((format) => (typeof format === 'string' && format !== '' ? format : 'General')),
      'General',
    );
    grid.indents[row] = cellProperties
      ? plain(
          cellProperties[r].map((cell) => cell.format?.indentLevel ?? 0),
          0,
        )
      : [];
    grid.fills[row] = cellProperties
      ? plain(
          cellProperties[r].map((cell) => fillOf(cell.format?.fill?.color)),
          null,
        )
      : [];
  }
  return responseBytes(block.rows, (r) => [values[r], types[r], formulas[r], formats[r], cellProperties?.[r] ?? null]);
}

/** The row itself, or where every cell is `empty`, one frozen row of `empty` shared by all such rows of this width. */
function plainRows(width: number): <T>(row: T[], empty: T) => T[] {
  const shared = new Map<unknown, unknown[]>();
  return <T>(row: T[], empty: T): T[] => {
    for (const cell of row) if (cell !== empty) return row;
    let frozen = shared.get(empty) as T[] | undefined;
    if (!frozen) {
      frozen = Object.freeze(new Array<T>(width).fill(empty)) as T[];
      shared.set(empty, frozen);
    }
    return frozen;
  };
}

/** Rows of a block whose response is measured: enough to estimate the next block, few enough to cost nothing. */
const measuredRows = 256;

/**
 * The JSON bytes of a block's response, from up to `measuredRows` rows spread evenly over it (the
 * whole response would be serialised again only to be measured: a second of a 100 000-row read).
 * A block of unusually long texts the sample misses is what the payload retry is for.
 */
function responseBytes(rows: number, row: (r: number) => readonly unknown[]): number {
  if (rows === 0) return 0;
  const step = Math.max(1, Math.floor(rows / measuredRows));
  let bytes = 0;
  let measured = 0;
  for (let r = 0; r < rows; r += step) {
    bytes += JSON.stringify(row(r)).length;
    measured++;
  }
  return Math.ceil((bytes * rows) / measured);
}

/**
 * Excel reports a cell without fill as white ('#FFFFFF'), the same as an explicit white fill; both
 * look the same to the user and neither is a status colour, so both are "no fill" here.
 */
function fillOf(colour: string | undefined): string | null {
  if (!colour || !/^#[0-9A-Fa-f]{6}$/.test(colour)) return null;
  const upper = colour.toUpperCase();
  return upper === '#FFFFFF' ? null : upper;
}

function isPayloadError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && payloadErrors.has(String(error.code));
}

/**
 * The snapshot of what was read, with empty edges cut off: Excel's used range also counts cells
 * that only carry a format, while the engine's used range is cells with a value, a formula or a
 * fill (the .xlsx reader draws it the same way).
 */
function trimmedSnapshot(entry: SheetEntry, grid: Grid, withProperties: boolean): SheetSnapshot {
  const used = entry.used;
  const rows = grid.values.length;
  const occupied = (r: number, c: number) =>
    grid.values[r][c] !== null || grid.formulas[r][c] !== null || (withProperties && grid.fills[r][c] !== null);
  let top = rows;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (let r = 0; r < rows; r++) {
    const width = grid.values[r].length;
    for (let c = 0; c < width; c++) {
      if (!occupied(r, c)) continue;
      if (r < top) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  if (!used || bottom < 0) {
    const empty = { name: entry.name, origin: { row: 0, column: 0 }, values: [], formulas: [], numberFormats: [] };
    return withProperties ? { ...empty, indents: [], fills: [] } : empty;
  }
  // A sheet whose used range is all occupied (the usual case) keeps its rows as they were read.
  const whole = top === 0 && bottom === rows - 1 && left === 0 && grid.values.every((row) => row.length === right + 1);
  const cut = <T>(rowsOf: T[][]): T[][] =>
    whole ? rowsOf : rowsOf.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
  const snapshot = {
    name: entry.name,
    origin: { row: used.top + top, column: used.left + left },
    values: cut(grid.values),
    formulas: cut(grid.formulas),
    numberFormats: cut(grid.numberFormats),
  };
  return withProperties ? { ...snapshot, indents: cut(grid.indents), fills: cut(grid.fills) } : snapshot;
}
